//! How the server is started: command-line flags, each with an environment
//! variable of the same meaning (the flag wins), parsed by clap.

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::store::{FileStore, Location, StoreError};

/// Data to load into an empty database.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SeedData {
    /// Nothing: the operator loads organisations, users and customers.
    None,
    /// The demo organisations, users, customers and claims.
    Demo,
}

/// The CPOR claims server: the API, the built app and the claim clocks.
#[derive(Clone, Debug, Parser)]
#[command(name = "cpor-server", version, about)]
pub struct Config {
    /// What to do instead of serving.
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Address to listen on.
    #[arg(long, env = "CPOR_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// The SQLite database file. With --database-url, the demo issuer's
    /// key (and, without --files-dir, the files folder) are still kept
    /// beside this path.
    #[arg(long, global = true, env = "CPOR_DB", default_value = "var/cpor.db")]
    pub db: PathBuf,

    /// The database: `postgres://user@host:port/name` for PostgreSQL (any
    /// number of servers may share it), or a SQLite file path; wins over
    /// --db.
    #[arg(long, global = true, env = "DATABASE_URL")]
    pub database_url: Option<String>,

    /// The folder of proof-of-execution files (by default beside --db, as
    /// `<name>-files`). Servers sharing a PostgreSQL database must share
    /// it too, or share a bucket (--files-url).
    #[arg(long, env = "CPOR_FILES_DIR", conflicts_with = "files_url")]
    pub files_dir: Option<PathBuf>,

    /// Keep proof-of-execution files in an S3-compatible bucket instead:
    /// `s3://bucket` or `s3://bucket/prefix`, with credentials, region
    /// and endpoint from the standard AWS_* variables (AWS_ENDPOINT_URL,
    /// AWS_ALLOW_HTTP=true for a store on plain HTTP).
    #[arg(long, env = "CPOR_FILES_URL")]
    pub files_url: Option<String>,

    /// The built app (`trunk build --release` output).
    #[arg(long, env = "CPOR_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Delete the database file and stored files first, for a fresh start.
    #[arg(long)]
    pub fresh: bool,

    /// Demo mode: sign-in as seeded users, the demo clock, a random token
    /// key when CPOR_TOKEN_KEY is not set; loads the demo data.
    #[arg(long, env = "CPOR_DEMO")]
    pub demo: bool,

    /// Demo mode behind a load balancer: the origin every server of the
    /// demo is reached at (e.g. http://127.0.0.1:8080), so that a demo
    /// token signed by one server names an issuer all of them trust (they
    /// share the key beside --db). By default each server's own address.
    #[arg(long, env = "CPOR_DEMO_ORIGIN")]
    pub demo_origin: Option<String>,

    /// Data to load into an empty database (`demo` is implied by --demo).
    #[arg(long, env = "CPOR_SEED", value_enum, default_value = "none")]
    pub seed: SeedData,

    /// Who may frame the app's pages: CSP frame-ancestors sources such as
    /// "'self' https://partner.example.com".
    #[arg(long, env = "CPOR_FRAME_ANCESTORS", default_value = crate::web::DEFAULT_FRAME_ANCESTORS)]
    pub frame_ancestors: String,

    /// Benchmarks: this many extra claims for the demo organisation, added
    /// when the database is seeded.
    #[arg(long, default_value_t = 0)]
    pub bulk_claims: u32,

    /// How often the claim clocks run, in seconds.
    #[arg(long, env = "CPOR_CLOCK_PERIOD_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub clock_period_secs: u64,

    /// Demo mode only: start the server's clock this many days ahead (as
    /// if that much time had passed).
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(i32).range(0..=3660))]
    pub clock_offset_days: i32,

    /// The identity providers to trust, their role mapping and the partner
    /// organisations (a TOML file; see EMBEDDING.md). Needed outside demo
    /// mode.
    #[arg(long, env = "CPOR_IDENTITY")]
    pub identity: Option<PathBuf>,

    /// Host pages on other origins that may call the API (CORS), e.g.
    /// https://partner.example.com; comma-separated in the environment.
    #[arg(long = "allowed-origin", env = "CPOR_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub allowed_origins: Vec<String>,

    /// The shortest time between two fetches of an issuer's keys caused by
    /// tokens naming a key not seen yet, in seconds.
    #[arg(long, env = "CPOR_KEYS_MIN_REFRESH_SECS", default_value_t = 30)]
    pub keys_min_refresh_secs: u64,

    /// The longest lifetime a bearer token may claim, in seconds.
    #[arg(long, env = "CPOR_MAX_TOKEN_LIFETIME_SECS", default_value_t = 12 * 60 * 60,
          value_parser = clap::value_parser!(u64).range(60..))]
    pub max_token_lifetime_secs: u64,

    /// Writes per second each user may make, sustained.
    #[arg(long, env = "CPOR_WRITE_RATE", default_value = "10")]
    pub write_rate: NonZeroU32,

    /// Writes each user may make at once after a quiet spell.
    #[arg(long, env = "CPOR_WRITE_BURST", default_value = "50")]
    pub write_burst: NonZeroU32,

    /// Most connections open at once; more wait to be accepted.
    #[arg(long, env = "CPOR_MAX_CONNECTIONS", default_value_t = 1024, value_parser = clap::value_parser!(u32).range(1..))]
    pub max_connections: u32,

    /// How long a client may take to send a request's headers, in seconds
    /// (also how long an idle kept-alive connection stays open).
    #[arg(long, env = "CPOR_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout_secs: u64,
}

/// What `cpor-server` does instead of serving.
#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Brings the database's schema up to date, then exits.
    Migrate,
}

/// Whether `s` is a web origin: a scheme, a host and maybe a port.
fn is_origin(s: &str) -> bool {
    let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|r| !r.is_empty() && !r.contains(['/', '?', '#', ' ', '*']))
}

impl Config {
    /// Reads the configuration from command-line arguments (the first one
    /// is the program name) and the environment.
    pub fn from_args<I, T>(args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let config = Self::try_parse_from(args)?;
        if config.clock_offset_days != 0 && !config.demo {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ArgumentConflict,
                "--clock-offset-days needs --demo: only the demo's clock can be moved\n",
            ));
        }
        if config.identity.is_none() && !config.demo && config.command.is_none() {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::MissingRequiredArgument,
                "name the identity providers to trust with --identity FILE (see EMBEDDING.md), or start in --demo \
                 mode\n",
            ));
        }
        if let Some(bad) = config.demo_origin.as_deref().filter(|o| !is_origin(o)) {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("--demo-origin {bad}: give an origin like http://127.0.0.1:8080 (no path)\n"),
            ));
        }
        if let Some(bad) = config.allowed_origins.iter().find(|o| !is_origin(o)) {
            return Err(clap::Error::raw(
                clap::error::ErrorKind::ValueValidation,
                format!("--allowed-origin {bad}: give an origin like https://partner.example.com (no path)\n"),
            ));
        }
        Ok(config)
    }

    /// Where the claims live: --database-url, else the --db file.
    pub fn location(&self) -> Result<Location, StoreError> {
        match self.database_url.as_deref() {
            Some(url) => Location::parse(url),
            None => Ok(Location::Sqlite(self.db.clone())),
        }
    }

    /// Where proof-of-execution files are kept.
    pub fn files(&self) -> Result<FileStore, String> {
        match (&self.files_url, &self.files_dir) {
            (Some(url), _) => FileStore::s3(url).map_err(|e| format!("--files-url {e}")),
            (None, Some(dir)) => FileStore::local(dir).map_err(|e| format!("--files-dir {}: {e}", dir.display())),
            (None, None) => FileStore::beside(&self.db).map_err(|e| format!("the files folder beside --db: {e}")),
        }
    }

    /// Which data to load into an empty database.
    pub fn seed_data(&self) -> SeedData {
        if self.demo {
            SeedData::Demo
        } else {
            self.seed
        }
    }

    /// How often the claim clocks run.
    pub fn clock_period(&self) -> Duration {
        Duration::from_secs(self.clock_period_secs)
    }

    /// The write quota of each user.
    pub fn write_rate(&self) -> crate::limits::WriteRate {
        crate::limits::WriteRate { per_second: self.write_rate, burst: self.write_burst }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, clap::Error> {
        Config::from_args(std::iter::once("cpor-server").chain(args.iter().copied()))
    }

    #[test]
    fn parses_flags_and_refuses_unknown_ones() {
        assert!(parse(&["--fresh"]).unwrap_err().to_string().contains("--identity"));
        let c = parse(&["--identity", "id.toml", "--addr", "127.0.0.1:9000", "--db", "x.db", "--fresh"]).unwrap();
        assert_eq!(c.addr.port(), 9000);
        assert!(c.fresh);
        assert_eq!(c.seed_data(), SeedData::None);
        assert!(parse(&["--nope"]).is_err());
        assert!(parse(&["--addr"]).is_err());
        assert!(parse(&["--addr", "nowhere"]).is_err());
        let c = parse(&["--frame-ancestors", "'none'", "--demo"]).unwrap();
        assert_eq!(c.frame_ancestors, "'none'");
        assert_eq!(c.seed_data(), SeedData::Demo);
        assert_eq!(parse(&["--demo", "--seed", "demo"]).unwrap().seed_data(), SeedData::Demo);
        assert!(parse(&["--demo", "--clock-period-secs", "0"]).is_err());
        assert!(parse(&["--demo", "--write-rate", "0"]).is_err());
        let c =
            parse(&["--demo", "--allowed-origin", "https://a.example", "--allowed-origin", "http://b:8080"]).unwrap();
        assert_eq!(c.allowed_origins, ["https://a.example", "http://b:8080"]);
        assert!(parse(&["--demo", "--allowed-origin", "https://a.example/path"]).is_err());
        assert!(parse(&["--demo", "--allowed-origin", "*"]).is_err());
        assert!(parse(&["--demo", "--demo-origin", "http://127.0.0.1:8080"]).is_ok());
        assert!(parse(&["--demo", "--demo-origin", "http://127.0.0.1:8080/api"]).is_err());
    }

    #[test]
    fn the_database_url_wins_over_the_file() {
        let c = parse(&["--demo", "--db", "a.db"]).unwrap();
        assert_eq!(c.location().unwrap(), Location::Sqlite("a.db".into()));
        let c = parse(&["--demo", "--database-url", "postgres://u:secret@h:5432/claims"]).unwrap();
        let location = c.location().unwrap();
        assert_eq!(location, Location::Postgres("postgres://u:secret@h:5432/claims".into()));
        assert_eq!(location.display(), "postgres://u@h:5432/claims");
        let c = parse(&["--demo", "--database-url", "sqlite://var/b.db?mode=rwc"]).unwrap();
        assert_eq!(c.location().unwrap(), Location::Sqlite("var/b.db".into()));
        assert!(parse(&["--demo", "--database-url", "mysql://h/db"]).unwrap().location().is_err());
        assert!(matches!(parse(&["migrate"]).unwrap().command, Some(Command::Migrate)));
    }

    #[test]
    fn only_the_demo_clock_moves() {
        assert!(parse(&["--identity", "id.toml", "--clock-offset-days", "3"]).is_err());
        assert_eq!(parse(&["--demo", "--clock-offset-days", "3"]).unwrap().clock_offset_days, 3);
    }
}
