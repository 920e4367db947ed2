//! The demo issuer: in demo mode the server is an OpenID Connect issuer of
//! its own, with its own ES256 key pair (kept beside the database, so demo
//! sign-ins survive a restart), a discovery document and a JWKS under
//! `/api/demo/issuer`. The demo sign-in mints its tokens, shaped like
//! Microsoft Entra ID's (`tid`, `wids`, `roles`), and the server verifies
//! them exactly as it verifies a real issuer's: from the discovery
//! document and the JWKS, fetched over loopback.

use std::path::Path;

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};
use serde::Serialize;

/// The path of the demo issuer under the server.
pub const DEMO_ISSUER_PATH: &str = "/api/demo/issuer";

/// The audience of the demo issuer's tokens: this API.
pub const DEMO_AUDIENCE: &str = "api://cpor-claims";

/// The demo issuer.
pub struct DemoIssuer {
    issuer: String,
    kid: String,
    encoding: EncodingKey,
    jwk: Jwk,
}

/// What a demo token says.
#[derive(Serialize)]
struct DemoClaims<'a> {
    iss: &'a str,
    aud: &'a str,
    sub: &'a str,
    iat: u64,
    nbf: u64,
    exp: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    tid: Option<&'a str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    wids: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    roles: Vec<String>,
    name: &'a str,
    email: &'a str,
}

/// Who a demo token is for.
pub struct DemoSubject<'a> {
    /// `sub`.
    pub subject: &'a str,
    /// `tid`.
    pub tenant: Option<&'a str>,
    /// `wids`.
    pub directory_roles: Vec<String>,
    /// `roles`.
    pub app_roles: Vec<String>,
    /// `name`.
    pub name: &'a str,
    /// `email`.
    pub email: &'a str,
}

impl DemoIssuer {
    /// The issuer at `issuer` (its URL), with the key pair kept in
    /// `key_file` (made on first use).
    pub fn load_or_create(key_file: &Path, issuer: String) -> Result<Self, String> {
        let rng = SystemRandom::new();
        let pkcs8 = match std::fs::read(key_file) {
            Ok(bytes) => bytes,
            Err(_) => {
                let made = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
                    .map_err(|_| "the demo issuer's key can't be made".to_owned())?;
                if let Some(dir) = key_file.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                }
                std::fs::write(key_file, made.as_ref()).map_err(|e| format!("{}: {e}", key_file.display()))?;
                made.as_ref().to_vec()
            }
        };
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &pkcs8, &rng)
            .map_err(|_| format!("{}: not an ES256 key pair", key_file.display()))?;
        // The public key is the uncompressed point: 0x04, x, y.
        let point = pair.public_key().as_ref();
        let (x, y) = (URL_SAFE_NO_PAD.encode(&point[1..33]), URL_SAFE_NO_PAD.encode(&point[33..65]));
        let kid = crate::ids::to_hex(&ring::digest::digest(&ring::digest::SHA256, point).as_ref()[..8]);
        let jwk: Jwk = serde_json::from_value(serde_json::json!({
            "kty": "EC", "crv": "P-256", "x": x, "y": y, "kid": kid, "alg": "ES256", "use": "sig"
        }))
        .map_err(|e| format!("the demo issuer's key: {e}"))?;
        Ok(Self { issuer, kid, encoding: EncodingKey::from_ec_der(&pkcs8), jwk })
    }

    /// Its `iss`.
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Its discovery document.
    pub fn discovery(&self) -> serde_json::Value {
        serde_json::json!({
            "issuer": self.issuer,
            "jwks_uri": format!("{}/jwks.json", self.issuer),
            "id_token_signing_alg_values_supported": ["ES256"],
            "subject_types_supported": ["public"],
            "response_types_supported": ["token"],
        })
    }

    /// Its key set.
    pub fn jwks(&self) -> JwkSet {
        JwkSet { keys: vec![self.jwk.clone()] }
    }

    /// A token for `who`, issued at `now` (seconds since the epoch), living
    /// `ttl_secs`.
    pub fn mint(&self, who: &DemoSubject<'_>, now: u64, ttl_secs: u64) -> Result<String, String> {
        let mut header = Header::new(Algorithm::ES256);
        header.kid = Some(self.kid.clone());
        let claims = DemoClaims {
            iss: &self.issuer,
            aud: DEMO_AUDIENCE,
            sub: who.subject,
            iat: now,
            nbf: now,
            exp: now + ttl_secs,
            tid: who.tenant,
            wids: who.directory_roles.clone(),
            roles: who.app_roles.clone(),
            name: who.name,
            email: who.email,
        };
        encode(&header, &claims, &self.encoding).map_err(|e| format!("minting a demo token: {e}"))
    }
}

/// A token of `issuer` for the seeded user `id`, with their tenant and the
/// token roles their role maps from, and the user; `None` when there's no
/// such demo user.
pub async fn token_for(
    state: &crate::AppState,
    issuer: &DemoIssuer,
    id: &str,
) -> Result<Option<(String, crate::store::UserRecord)>, crate::error::ApiError> {
    let mut db = state.store.read().await?;
    let (Some(user), Some(subject)) = (db.user(id).await?, db.demo_subject(id).await?) else {
        return Ok(None);
    };
    let tenant = match &user.organisation_id {
        Some(org) => db.organisation_tenant(org).await?,
        None => None,
    };
    drop(db);
    let (directory_roles, app_roles) = state.auth.roles.claims_for(user.role);
    let who = DemoSubject {
        subject: &subject,
        tenant: tenant.as_deref(),
        directory_roles,
        app_roles,
        name: &user.name,
        email: &user.email,
    };
    let token =
        issuer.mint(&who, super::now(), state.auth.demo_token_ttl_secs).map_err(crate::error::ApiError::internal)?;
    Ok(Some((token, user)))
}
