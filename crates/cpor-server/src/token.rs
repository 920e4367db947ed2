//! Bearer tokens: JWTs signed with HMAC-SHA256 under a configured key.
//! Only `HS256` is accepted; the signature is checked in constant time
//! before anything in the token is read; expired tokens are refused.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// What a token says.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TokenClaims {
    /// The user id.
    pub sub: String,
    /// Issued at (seconds since the epoch).
    pub iat: u64,
    /// Expires at (seconds since the epoch).
    pub exp: u64,
}

/// Why a token is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenError {
    /// Not three base64url parts, or not JSON.
    Malformed,
    /// Not `HS256`.
    Algorithm,
    /// The signature does not match.
    Signature,
    /// Past its expiry.
    Expired,
}

const HEADER: &str = r#"{"alg":"HS256","typ":"JWT"}"#;

/// Keys published in this repository (an earlier version of its scripts
/// signed demo tokens with the second): the server refuses them outside
/// demo mode.
pub const PUBLISHED_KEYS: [&str; 2] =
    ["cpor-claims demo signing key: public, demo mode only", "throwaway demo key, at least 32 bytes long"];

/// Signs `claims` with `key`.
pub fn issue(key: &[u8], claims: &TokenClaims) -> String {
    let header = URL_SAFE_NO_PAD.encode(HEADER);
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(claims).unwrap_or_default());
    let signing_input = format!("{header}.{payload}");
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(signing_input.as_bytes());
    let signature = URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes());
    format!("{signing_input}.{signature}")
}

/// Verifies `token` with `key` at `now` (seconds since the epoch).
pub fn verify(key: &[u8], token: &str, now: u64) -> Result<TokenClaims, TokenError> {
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(TokenError::Malformed);
    };
    #[derive(Deserialize)]
    struct Header {
        alg: String,
    }
    let header_json = URL_SAFE_NO_PAD.decode(header).map_err(|_| TokenError::Malformed)?;
    let parsed: Header = serde_json::from_slice(&header_json).map_err(|_| TokenError::Malformed)?;
    if parsed.alg != "HS256" {
        return Err(TokenError::Algorithm);
    }
    let signature = URL_SAFE_NO_PAD.decode(signature).map_err(|_| TokenError::Malformed)?;
    let mut mac = HmacSha256::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(header.as_bytes());
    mac.update(b".");
    mac.update(payload.as_bytes());
    mac.verify_slice(&signature).map_err(|_| TokenError::Signature)?;
    let payload = URL_SAFE_NO_PAD.decode(payload).map_err(|_| TokenError::Malformed)?;
    let claims: TokenClaims = serde_json::from_slice(&payload).map_err(|_| TokenError::Malformed)?;
    if claims.exp <= now {
        return Err(TokenError::Expired);
    }
    Ok(claims)
}

/// Seconds since the epoch.
pub fn now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"test key, 32 bytes long.........";

    fn claims() -> TokenClaims {
        TokenClaims { sub: "user-megan".into(), iat: 1000, exp: 2000 }
    }

    #[test]
    fn round_trip_and_expiry() {
        let token = issue(KEY, &claims());
        assert_eq!(verify(KEY, &token, 1500), Ok(claims()));
        assert_eq!(verify(KEY, &token, 2000), Err(TokenError::Expired));
    }

    #[test]
    fn tampering_wrong_keys_and_other_algorithms_are_refused() {
        let token = issue(KEY, &claims());
        assert_eq!(verify(b"another key", &token, 1500), Err(TokenError::Signature));
        let (head, rest) = token.split_once('.').unwrap();
        let (_, sig) = rest.split_once('.').unwrap();
        let forged = URL_SAFE_NO_PAD.encode(br#"{"sub":"user-alex","iat":1000,"exp":2000}"#);
        assert_eq!(verify(KEY, &format!("{head}.{forged}.{sig}"), 1500), Err(TokenError::Signature));
        let none = URL_SAFE_NO_PAD.encode(br#"{"alg":"none"}"#);
        assert_eq!(verify(KEY, &format!("{none}.{forged}."), 1500), Err(TokenError::Algorithm));
        for junk in ["", "a.b", "a.b.c.d", "!!.??.##"] {
            assert_eq!(verify(KEY, junk, 1500), Err(TokenError::Malformed), "{junk}");
        }
    }
}
