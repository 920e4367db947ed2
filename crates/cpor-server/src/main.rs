//! `cpor-server`: opens the database, puts the files folder in order,
//! starts the claim clocks and serves the API and the built app.

use std::time::Duration;

use cpor_server::auth::AuthConfig;
use cpor_server::config::{Config, SeedData};
use cpor_server::serve::{serve, ConnectionLimits};
use cpor_server::store::{seed, FileStore, Store};
use cpor_server::{app, clock::Clock, scheduler, token, web::WebApp, AppState};

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
    if let Err(e) = run(config).await {
        eprintln!("cpor-server: {e}");
        std::process::exit(1);
    }
}

/// The signing key: `CPOR_TOKEN_KEY`, at least 32 bytes, never a key
/// published in the repository outside demo mode; random in demo mode when
/// unset.
fn token_key(demo: bool) -> Result<Vec<u8>, String> {
    match std::env::var("CPOR_TOKEN_KEY") {
        Ok(key) if key.len() < AuthConfig::MIN_KEY_BYTES => {
            Err(format!("CPOR_TOKEN_KEY must have at least {} bytes", AuthConfig::MIN_KEY_BYTES))
        }
        Ok(key) if !demo && token::PUBLISHED_KEYS.contains(&key.as_str()) => {
            Err("CPOR_TOKEN_KEY is a published demo key; set a secret key of your own".to_owned())
        }
        Ok(key) => Ok(key.into_bytes()),
        Err(_) if demo => Ok(cpor_server::ids::secret_key()),
        Err(_) => Err("set CPOR_TOKEN_KEY (a secret of at least 32 bytes), or start in --demo mode".to_owned()),
    }
}

async fn run(config: Config) -> Result<(), String> {
    let key = token_key(config.demo)?;
    let web = WebApp::load(&config.dist)?
        .with_frame_ancestors(&config.frame_ancestors)
        .map_err(|e| format!("{e} (--frame-ancestors or CPOR_FRAME_ANCESTORS)"))?;
    // Proof-of-execution files live beside the database, never under dist/.
    let files = FileStore::beside(&config.db);
    let opened = if config.fresh { Store::open_fresh(&config.db).await } else { Store::open(&config.db).await };
    let store = opened.map_err(|e| format!("opening {}: {e}", config.db.display()))?;
    if config.fresh && files.dir().exists() {
        std::fs::remove_dir_all(files.dir()).map_err(|e| format!("removing {}: {e}", files.dir().display()))?;
    }
    let kept = store.read().await.map_err(|e| e.to_string())?.kept_file_ids().await.map_err(|e| e.to_string())?;
    let swept = files.sweep(&kept).await.map_err(|e| format!("sweeping {}: {e}", files.dir().display()))?;
    if swept != Default::default() {
        tracing::warn!(
            completed = swept.completed,
            removed = swept.removed,
            set_aside = swept.set_aside,
            "the files folder had uploads cut off, or files no claim records (set aside in its orphaned folder)"
        );
    }
    let clock = Clock::system();
    clock.advance(config.clock_offset_days);
    let demo_seed = seed::parse_seed(seed::DEMO_SEED).map_err(|e| format!("demo seed: {e}"))?;
    let seed_demo = config.seed_data() == SeedData::Demo;
    if seed_demo && seed::seed_if_empty(&store, &demo_seed, clock.today()).await.map_err(|e| format!("seeding: {e}"))? {
        tracing::info!(db = %config.db.display(), "loaded the demo seed");
        if config.bulk_claims > 0 {
            seed::seed_bulk_claims(&store, &demo_seed, config.bulk_claims, clock.today())
                .await
                .map_err(|e| format!("seeding bulk claims: {e}"))?;
            tracing::info!(claims = config.bulk_claims, "added bulk claims for benchmarks");
        }
    }
    let auth = AuthConfig {
        key: key.into(),
        demo_user: config.demo.then(|| demo_seed.demo_user.clone()),
        token_ttl_secs: (8 * 60 * 60).min(config.max_token_lifetime_secs),
        max_token_lifetime_secs: config.max_token_lifetime_secs,
    };
    let state = AppState::new(store.clone(), files, auth, clock, config.write_rate());
    let clocks = scheduler::spawn(state.clone(), config.clock_period());
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
    store.close().await;
    Ok(())
}

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
