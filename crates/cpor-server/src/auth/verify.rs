//! Verifying an access token: the issuer it names must be one configured;
//! its key (by `kid`) comes from that issuer's key set; only asymmetric
//! algorithms, and only the one the key is made for (so no `none`, and no
//! HS256 "signed" with a public key); `iss`, `aud`, `exp` and `nbf` checked
//! with at most a minute of clock skew; no token living longer than the
//! configured maximum. The `jsonwebtoken` crate does the cryptography.

use std::collections::{HashMap, HashSet};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use cpor_i18n::{msg, Text};
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, Jwk};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use sha2::Digest;

use super::keys::{KeyCache, KeyError, KeySource};

/// How far clocks may disagree, in seconds.
pub const LEEWAY_SECS: u64 = 60;

/// The algorithms a token may be signed with: asymmetric only.
const ASYMMETRIC: [Algorithm; 9] = [
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
    Algorithm::ES256,
    Algorithm::ES384,
    Algorithm::EdDSA,
];

/// One issuer the server trusts.
#[derive(Clone, Debug)]
pub struct IssuerConfig {
    /// A short name, kept with each user it signs in (`entra`, `demo`).
    pub name: String,
    /// The `iss` its tokens carry; `{tenantid}` stands for the token's
    /// `tid` (Microsoft Entra ID's multi-tenant issuer).
    pub issuer: String,
    /// The `aud` its tokens must carry: this API.
    pub audience: String,
    /// Where its keys come from.
    pub keys: KeySource,
}

/// What a verified token says about its holder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Verified {
    /// The configured issuer's name.
    pub issuer: String,
    /// `sub`.
    pub subject: String,
    /// `tid`: the holder's Microsoft Entra tenant.
    pub tenant: Option<String>,
    /// `wids`: Entra directory roles (role template ids).
    pub directory_roles: Vec<String>,
    /// `roles`: the app roles assigned to the holder.
    pub app_roles: Vec<String>,
    /// `name`.
    pub name: Option<String>,
    /// `email`, else `preferred_username`, else `upn`.
    pub email: Option<String>,
}

/// Why a token is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenError {
    /// Not a JWT, or a part of it isn't what it must be.
    Malformed,
    /// Not signed with an asymmetric algorithm, or not with the one its key
    /// is for.
    Algorithm,
    /// No configured issuer.
    UnknownIssuer,
    /// The issuer has no key with this id.
    UnknownKey,
    /// The issuer's keys could not be fetched.
    KeysUnavailable,
    /// The signature doesn't match.
    Signature,
    /// Past its expiry.
    Expired,
    /// Not valid yet.
    NotYetValid,
    /// Meant for another API.
    Audience,
    /// Claims a longer life than allowed, or was issued in the future.
    Lifetime,
}

impl TokenError {
    /// The sentence for the person whose sign-in this was.
    pub fn text(&self) -> Text {
        match self {
            Self::Expired => msg::SERVER_SIGN_IN_EXPIRED,
            Self::NotYetValid => msg::SERVER_SIGN_IN_NOT_YET_VALID,
            Self::KeysUnavailable => msg::SERVER_SIGN_IN_UNCHECKED,
            Self::Audience => msg::SERVER_SIGN_IN_OTHER_APPLICATION,
            Self::Lifetime => msg::SERVER_SIGN_IN_LIFETIME,
            _ => msg::SERVER_SIGN_IN_INVALID,
        }
        .into()
    }
}

#[derive(Deserialize)]
struct Unverified {
    iss: Option<String>,
    tid: Option<String>,
}

#[derive(Deserialize)]
struct Claims {
    sub: String,
    exp: u64,
    #[serde(default)]
    iat: Option<u64>,
    #[serde(default)]
    tid: Option<String>,
    #[serde(default)]
    wids: Vec<String>,
    #[serde(default)]
    roles: Vec<String>,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    preferred_username: Option<String>,
    #[serde(default)]
    upn: Option<String>,
}

struct Issuer {
    config: IssuerConfig,
    keys: KeyCache,
}

impl Issuer {
    /// The `iss` this issuer's tokens carry for tenant `tid`.
    fn expected_iss(&self, tid: Option<&str>) -> Option<String> {
        match (self.config.issuer.contains("{tenantid}"), tid) {
            (false, _) => Some(self.config.issuer.clone()),
            (true, Some(tid)) if is_guid(tid) => Some(self.config.issuer.replace("{tenantid}", tid)),
            (true, _) => None,
        }
    }
}

fn is_guid(s: &str) -> bool {
    s.len() == 36
        && s.chars()
            .enumerate()
            .all(|(i, c)| if [8, 13, 18, 23].contains(&i) { c == '-' } else { c.is_ascii_hexdigit() })
}

/// The configured issuers and their keys.
pub struct Verifier {
    issuers: Vec<Issuer>,
    max_lifetime_secs: u64,
    /// Tokens already verified, by their SHA-256: a token is sent with
    /// every request, and checking its signature again each time was the
    /// largest share of a request's work.
    seen: std::sync::Mutex<HashMap<[u8; 32], Seen>>,
}

/// A verified token: what it says, until when, and under which key.
struct Seen {
    verified: Verified,
    exp: u64,
    issuer: usize,
    kid: String,
    jwk: Jwk,
}

/// How many verified tokens are kept (when full, the expired ones go; if
/// none has, all go).
const SEEN_TOKENS: usize = 10_000;

/// Whether the key is made for `alg`: its type (and curve), and its own
/// `alg` when it names one.
fn key_fits(jwk: &Jwk, alg: Algorithm) -> bool {
    let family_fits = match &jwk.algorithm {
        AlgorithmParameters::RSA(_) => matches!(
            alg,
            Algorithm::RS256
                | Algorithm::RS384
                | Algorithm::RS512
                | Algorithm::PS256
                | Algorithm::PS384
                | Algorithm::PS512
        ),
        AlgorithmParameters::EllipticCurve(ec) => matches!(
            (&ec.curve, alg),
            (EllipticCurve::P256, Algorithm::ES256) | (EllipticCurve::P384, Algorithm::ES384)
        ),
        AlgorithmParameters::OctetKeyPair(_) => alg == Algorithm::EdDSA,
        _ => false,
    };
    let named = jwk.common.key_algorithm.map(|k| k.to_string().parse::<Algorithm>().ok() == Some(alg)).unwrap_or(true);
    family_fits && named
}

impl Verifier {
    /// A verifier of tokens from `issuers` (keys fetched with `http`, again
    /// for an unknown key at most once per `min_refresh`) that refuses
    /// tokens living longer than `max_lifetime_secs`.
    pub fn new(
        issuers: Vec<IssuerConfig>,
        http: reqwest::Client,
        max_lifetime_secs: u64,
        min_refresh: std::time::Duration,
    ) -> Self {
        let issuers = issuers
            .into_iter()
            .map(|config| Issuer { keys: KeyCache::new(config.keys.clone(), http.clone(), min_refresh), config })
            .collect();
        Self { issuers, max_lifetime_secs, seen: std::sync::Mutex::default() }
    }

    /// The configured issuers' names.
    pub fn issuer_names(&self) -> Vec<String> {
        self.issuers.iter().map(|i| i.config.name.clone()).collect()
    }

    /// Fetches every issuer's keys again; the errors, by issuer name.
    pub async fn refresh_keys(&self) -> Vec<(String, String)> {
        let mut failed = Vec::new();
        for issuer in &self.issuers {
            if let Err(e) = issuer.keys.refresh().await {
                failed.push((issuer.config.name.clone(), e));
            }
        }
        failed
    }

    /// Verifies `token` at `now` (seconds since the epoch). A token verified
    /// before is taken as it was while it has not expired and its key is
    /// still published (a retired key's tokens are checked again, and
    /// refused).
    pub async fn verify(&self, token: &str, now: u64) -> Result<Verified, TokenError> {
        let digest: [u8; 32] = sha2::Sha256::digest(token.as_bytes()).into();
        let known = self.seen.lock().ok().and_then(|seen| {
            seen.get(&digest)
                .filter(|s| now <= s.exp + LEEWAY_SECS)
                .map(|s| (s.verified.clone(), s.issuer, s.kid.clone(), s.jwk.clone()))
        });
        if let Some((verified, issuer, kid, jwk)) = known {
            if self.issuers[issuer].keys.holds(&kid, &jwk).await {
                return Ok(verified);
            }
        }
        let (verified, exp, issuer, kid, jwk) = self.verify_signed(token, now).await?;
        if let Ok(mut seen) = self.seen.lock() {
            if seen.len() >= SEEN_TOKENS {
                seen.retain(|_, s| now <= s.exp + LEEWAY_SECS);
                if seen.len() >= SEEN_TOKENS {
                    seen.clear();
                }
            }
            seen.insert(digest, Seen { verified: verified.clone(), exp, issuer, kid, jwk });
        }
        Ok(verified)
    }

    /// Checks `token`'s signature and claims: what it says, its `exp`, its
    /// issuer's index, and the id and key it was checked with.
    async fn verify_signed(&self, token: &str, now: u64) -> Result<(Verified, u64, usize, String, Jwk), TokenError> {
        let header = decode_header(token).map_err(|_| TokenError::Malformed)?;
        if !ASYMMETRIC.contains(&header.alg) {
            return Err(TokenError::Algorithm);
        }
        let kid = header.kid.ok_or(TokenError::Malformed)?;
        // The issuer decides which keys to try; nothing it says is trusted
        // before the signature is checked with its key.
        let payload = token.split('.').nth(1).ok_or(TokenError::Malformed)?;
        let unverified: Unverified = URL_SAFE_NO_PAD
            .decode(payload)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or(TokenError::Malformed)?;
        let iss = unverified.iss.ok_or(TokenError::Malformed)?;
        let index = self
            .issuers
            .iter()
            .position(|i| i.expected_iss(unverified.tid.as_deref()).as_deref() == Some(iss.as_str()))
            .ok_or(TokenError::UnknownIssuer)?;
        let issuer = &self.issuers[index];
        let jwk = issuer.keys.key(&kid).await.map_err(|e| match e {
            KeyError::Unknown => TokenError::UnknownKey,
            KeyError::Unavailable(cause) => {
                tracing::warn!(issuer = %issuer.config.name, %cause, "the issuer's keys can't be fetched");
                TokenError::KeysUnavailable
            }
        })?;
        if !key_fits(&jwk, header.alg) {
            return Err(TokenError::Algorithm);
        }
        let key = DecodingKey::from_jwk(&jwk).map_err(|_| TokenError::Algorithm)?;
        let mut validation = Validation::new(header.alg);
        validation.leeway = LEEWAY_SECS;
        validation.validate_nbf = true;
        validation.set_audience(&[&issuer.config.audience]);
        validation.set_issuer(&[&iss]);
        validation.required_spec_claims =
            ["exp", "iss", "aud", "sub"].into_iter().map(String::from).collect::<HashSet<_>>();
        let data = decode::<Claims>(token, &key, &validation).map_err(|e| {
            use jsonwebtoken::errors::ErrorKind as K;
            match e.kind() {
                K::ExpiredSignature => TokenError::Expired,
                K::ImmatureSignature => TokenError::NotYetValid,
                K::InvalidAudience => TokenError::Audience,
                K::InvalidIssuer => TokenError::UnknownIssuer,
                K::InvalidSignature => TokenError::Signature,
                K::InvalidAlgorithm | K::InvalidAlgorithmName => TokenError::Algorithm,
                _ => TokenError::Malformed,
            }
        })?;
        let claims = data.claims;
        // Issued in the past (give or take the skew), and valid for no
        // longer than the maximum, counted from either end.
        let max = self.max_lifetime_secs;
        let lifetime_ok = match claims.iat {
            Some(iat) => iat <= now + LEEWAY_SECS && claims.exp.saturating_sub(iat) <= max,
            None => true,
        } && claims.exp.saturating_sub(now) <= max;
        if !lifetime_ok {
            return Err(TokenError::Lifetime);
        }
        let verified = Verified {
            issuer: issuer.config.name.clone(),
            subject: claims.sub,
            tenant: claims.tid,
            directory_roles: claims.wids,
            app_roles: claims.roles,
            name: claims.name,
            email: claims.email.or(claims.preferred_username).or(claims.upn),
        };
        Ok((verified, claims.exp, index, kid, jwk))
    }
}
