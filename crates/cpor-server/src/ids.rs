//! Identifiers and secrets made by the server: claim and file ids, the
//! customer's opt-out tokens, request ids. All from the operating system's
//! random source.

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // The operating system's source only fails on a broken platform, where
    // nothing else would work either.
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes
}

fn hex(bytes: &[u8], upper: bool) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = if upper { write!(s, "{b:02X}") } else { write!(s, "{b:02x}") };
        s
    })
}

/// A new claim id, e.g. `CL-3F9A0C12B4E7`.
pub fn claim_id() -> String {
    format!("CL-{}", hex(&random::<6>(), true))
}

/// A new user id, for someone an issuer signs in for the first time.
pub fn user_id() -> String {
    format!("u-{}", hex(&random::<8>(), false))
}

/// A new file id, e.g. `F-0A1B2C3D4E5F6071`.
pub fn file_id() -> String {
    format!("F-{}", hex(&random::<8>(), true))
}

/// A new secret token: 32 random bytes as 64 lower-case hex digits.
pub fn secret_token() -> String {
    hex(&random::<32>(), false)
}

/// 32 random bytes (a signing key).
pub fn secret_key() -> Vec<u8> {
    random::<32>().to_vec()
}

/// A new request id: 16 hex digits, unrelated to the process or to other
/// requests.
pub fn request_id() -> String {
    hex(&random::<8>(), false)
}

/// Lower-case hex of any bytes (hashes).
pub fn to_hex(bytes: &[u8]) -> String {
    hex(bytes, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_have_their_shape_and_differ() {
        let (a, b) = (claim_id(), claim_id());
        assert_ne!(a, b);
        assert!(a.starts_with("CL-") && a.len() == 15, "{a}");
        assert_eq!(secret_token().len(), 64);
        assert_eq!(request_id().len(), 16);
        assert_ne!(request_id(), request_id());
        assert_eq!(to_hex(&[0, 255]), "00ff");
    }
}
