//! `cpor-server`: opens the database, puts the file store in order,
//! starts the claim clocks and serves the API and the built app.

use std::time::Duration;

use cpor_server::auth::demo::{DEMO_AUDIENCE, DEMO_ISSUER_PATH};
use cpor_server::auth::keys::KeySource;
use cpor_server::auth::mapping::IdentityFile;
use cpor_server::auth::verify::IssuerConfig;
use cpor_server::auth::{Auth, DemoIssuer, RoleMapping, Verifier};
use cpor_server::config::{Command, Config, SeedData};
use cpor_server::serve::{serve, ConnectionLimits};
use cpor_server::store::{seed, Engine, Store};
use cpor_server::{app, clock::Clock, scheduler, web::WebApp, AppState};

#[tokio::main]
async fn main() {
    let config = match Config::from_args(std::env::args_os()) {
        Ok(config) => config,
        Err(e) => e.exit(),
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    cpor_core::unicode::install(&cpor_core::unicode::Native);
    // Failure points for the crash tests (FAILPOINTS=...); nothing unless
    // the server was built with the `failpoints` feature.
    let _failpoints = fail::FailScenario::setup();
    let done = match config.command {
        Some(Command::Migrate) => migrate(&config).await,
        None => run(config).await,
    };
    if let Err(e) = done {
        eprintln!("cpor-server: {e}");
        std::process::exit(1);
    }
}

/// The address the server reaches itself at (for the demo issuer).
fn loopback(addr: std::net::SocketAddr) -> std::net::SocketAddr {
    match addr.ip() {
        ip if ip.is_unspecified() && ip.is_ipv4() => (std::net::Ipv4Addr::LOCALHOST, addr.port()).into(),
        ip if ip.is_unspecified() => (std::net::Ipv6Addr::LOCALHOST, addr.port()).into(),
        _ => addr,
    }
}

/// How callers are authenticated: the identity file's issuers, and in demo
/// mode the demo issuer (its keys fetched over loopback like any issuer's).
async fn authentication(config: &Config, store: &Store, demo_user: String) -> Result<Auth, String> {
    let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().map_err(|e| e.to_string())?;
    let mut issuers = Vec::new();
    let mut roles = RoleMapping::default();
    if let Some(path) = &config.identity {
        let file = IdentityFile::load(path)?;
        for i in &file.issuers {
            let discovery =
                i.discovery.clone().unwrap_or_else(|| format!("{}/.well-known/openid-configuration", i.issuer));
            issuers.push(IssuerConfig {
                name: i.name.clone(),
                issuer: i.issuer.clone(),
                audience: i.audience.clone(),
                keys: KeySource::Discovery(discovery),
            });
        }
        let mut tx = store.write().await.map_err(|e| e.to_string())?;
        for org in &file.organisations {
            tx.save_organisation(&org.id, &org.name, &org.tenant).await.map_err(|e| e.to_string())?;
            for p in &org.programs {
                let program = cpor_core::api::v1::PartnerProgram {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    country: p.country.clone(),
                    enrolled: p.enrolled,
                    partner_type: p.partner_type.clone(),
                };
                tx.save_program(&org.id, &program).await.map_err(|e| e.to_string())?;
            }
        }
        tx.commit().await.map_err(|e| e.to_string())?;
        roles = file.roles;
    }
    let demo = if config.demo {
        let url = match &config.demo_origin {
            Some(origin) => format!("{origin}{DEMO_ISSUER_PATH}"),
            None => format!("http://{}{DEMO_ISSUER_PATH}", loopback(config.addr)),
        };
        let stem = config.db.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let issuer = DemoIssuer::load_or_create(&config.db.with_file_name(format!("{stem}-demo-issuer.key")), url)?;
        issuers.push(IssuerConfig {
            name: "demo".to_owned(),
            issuer: issuer.issuer().to_owned(),
            audience: DEMO_AUDIENCE.to_owned(),
            keys: KeySource::Discovery(format!("{}/.well-known/openid-configuration", issuer.issuer())),
        });
        Some(issuer)
    } else {
        None
    };
    Ok(Auth {
        verifier: Verifier::new(
            issuers,
            http,
            config.max_token_lifetime_secs,
            Duration::from_secs(config.keys_min_refresh_secs),
        ),
        roles,
        demo_user: demo.as_ref().map(|_| demo_user),
        demo,
        demo_token_ttl_secs: (8 * 60 * 60).min(config.max_token_lifetime_secs),
    })
}

/// `cpor-server migrate`: the schema brought up to date, nothing served.
async fn migrate(config: &Config) -> Result<(), String> {
    let location = config.location().map_err(|e| e.to_string())?;
    Store::migrate(&location).await.map_err(|e| format!("migrating {}: {e}", location.display()))?;
    println!("{} is up to date", location.display());
    Ok(())
}

async fn run(config: Config) -> Result<(), String> {
    let web = WebApp::load(&config.dist)?
        .with_frame_ancestors(&config.frame_ancestors)
        .map_err(|e| format!("{e} (--frame-ancestors or CPOR_FRAME_ANCESTORS)"))?;
    // Proof-of-execution files live beside the database or in a bucket,
    // never under dist/.
    let files = config.files()?;
    let location = config.location().map_err(|e| format!("--database-url: {e}"))?;
    let opened = if config.fresh { Store::open_fresh(&location).await } else { Store::open(&location).await };
    let store = opened.map_err(|e| format!("opening {}: {e}", location.display()))?;
    if config.fresh {
        files.clear().await.map_err(|e| format!("removing the files in {}: {e}", files.place()))?;
    }
    let kept = async {
        let mut db = store.read().await.map_err(std::io::Error::other)?;
        db.kept_file_ids().await.map_err(std::io::Error::other)
    };
    // Other servers may be uploading into a store shared over PostgreSQL.
    let partial_age = match store.engine() {
        Engine::Sqlite => Duration::ZERO,
        Engine::Postgres => cpor_server::limits::LONGEST_UPLOAD,
    };
    let swept = files.sweep(kept, partial_age).await.map_err(|e| format!("sweeping {}: {e}", files.place()))?;
    if swept != Default::default() {
        tracing::warn!(
            completed = swept.completed,
            removed = swept.removed,
            set_aside = swept.set_aside,
            "the file store had uploads cut off, or files no claim records (set aside under orphaned/)"
        );
    }
    let clock = Clock::system();
    clock.advance(config.clock_offset_days);
    let demo_seed = seed::parse_seed(seed::DEMO_SEED).map_err(|e| format!("demo seed: {e}"))?;
    let seed_demo = config.seed_data() == SeedData::Demo;
    if seed_demo && seed::seed_if_empty(&store, &demo_seed, clock.today()).await.map_err(|e| format!("seeding: {e}"))? {
        tracing::info!(db = %location.display(), "loaded the demo seed");
        if config.bulk_claims > 0 {
            seed::seed_bulk_claims(&store, &demo_seed, config.bulk_claims, clock.today())
                .await
                .map_err(|e| format!("seeding bulk claims: {e}"))?;
            tracing::info!(claims = config.bulk_claims, "added bulk claims for benchmarks");
        }
    }
    let auth = authentication(&config, &store, demo_seed.demo_user.clone()).await?;
    let state = AppState::new(store.clone(), files, auth, clock, config.write_rate())
        .with_allowed_origins(config.allowed_origins.clone());
    let clocks = scheduler::spawn(state.clone(), config.clock_period());
    let keys = spawn_key_refresh(state.clone());
    let listener =
        tokio::net::TcpListener::bind(config.addr).await.map_err(|e| format!("listening on {}: {e}", config.addr))?;
    println!("cpor-claims is running at http://{}", config.addr);
    let limits = ConnectionLimits {
        max_connections: config.max_connections as usize,
        header_timeout: Duration::from_secs(config.header_timeout_secs),
        drain_timeout: Duration::from_secs(30),
    };
    serve(listener, app(state, Some(web)), limits, shutdown_signal()).await;
    clocks.abort();
    keys.abort();
    store.close().await;
    Ok(())
}

/// Fetches every issuer's keys now and then, so a rotation is seen before
/// the first token signed with a new key arrives.
fn spawn_key_refresh(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(KEY_REFRESH_PERIOD);
        tick.tick().await;
        loop {
            tick.tick().await;
            for (issuer, error) in state.auth.verifier.refresh_keys().await {
                tracing::warn!(%issuer, %error, "the issuer's keys could not be fetched; the cached ones stay");
            }
        }
    })
}

/// How often every issuer's keys are fetched again.
const KEY_REFRESH_PERIOD: Duration = Duration::from_secs(15 * 60);

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
