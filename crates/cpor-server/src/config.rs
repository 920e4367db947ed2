//! Command-line configuration of the server.

use std::net::SocketAddr;
use std::path::PathBuf;

/// How the server is started.
#[derive(Clone, Debug)]
pub struct Config {
    /// Address to listen on.
    pub addr: SocketAddr,
    /// The SQLite database file.
    pub db: PathBuf,
    /// The built app (`trunk build --release` output).
    pub dist: PathBuf,
    /// Delete the database file first, for a fresh seeded start.
    pub fresh: bool,
    /// Demo mode: sign-in as seeded users, and a random token key when
    /// `CPOR_TOKEN_KEY` is not set.
    pub demo: bool,
    /// Who may frame the app's pages: the CSP `frame-ancestors` sources
    /// (`--frame-ancestors`, else `CPOR_FRAME_ANCESTORS`, else `'self'`).
    pub frame_ancestors: String,
    /// Benchmarks: this many extra claims for the demo organisation, added
    /// when the database is seeded.
    pub bulk_claims: u32,
}

const USAGE: &str = "usage: cpor-server [--addr 127.0.0.1:8080] [--db var/cpor.db] [--dist dist] [--fresh] [--demo] \
                     [--frame-ancestors \"'self' https://partner.example.com\"] [--bulk-claims N]";

impl Config {
    /// Reads the configuration from command-line arguments.
    pub fn from_args(args: impl IntoIterator<Item = String>) -> Result<Self, String> {
        let mut config = Self {
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: PathBuf::from("var/cpor.db"),
            dist: PathBuf::from("dist"),
            fresh: false,
            demo: false,
            frame_ancestors: std::env::var("CPOR_FRAME_ANCESTORS")
                .unwrap_or_else(|_| crate::web::DEFAULT_FRAME_ANCESTORS.to_owned()),
            bulk_claims: 0,
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value\n{USAGE}"));
            match arg.as_str() {
                "--addr" => {
                    let v = value("--addr")?;
                    config.addr = v.parse().map_err(|e| format!("--addr {v}: {e}"))?;
                }
                "--db" => config.db = value("--db")?.into(),
                "--dist" => config.dist = value("--dist")?.into(),
                "--fresh" => config.fresh = true,
                "--demo" => config.demo = true,
                "--frame-ancestors" => config.frame_ancestors = value("--frame-ancestors")?,
                "--bulk-claims" => {
                    let v = value("--bulk-claims")?;
                    config.bulk_claims = v.parse().map_err(|e| format!("--bulk-claims {v}: {e}"))?;
                }
                "-h" | "--help" => return Err(USAGE.to_owned()),
                other => return Err(format!("unknown argument {other}\n{USAGE}")),
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_flags_and_refuses_unknown_ones() {
        let args = ["--addr", "127.0.0.1:9000", "--db", "x.db", "--fresh"].map(String::from);
        let c = Config::from_args(args).unwrap();
        assert_eq!(c.addr.port(), 9000);
        assert!(c.fresh);
        assert!(Config::from_args(["--nope".to_owned()]).is_err());
        assert!(Config::from_args(["--addr".to_owned()]).is_err());
        let c = Config::from_args(["--frame-ancestors", "'none'"].map(String::from)).unwrap();
        assert_eq!(c.frame_ancestors, "'none'");
    }
}
