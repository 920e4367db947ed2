//! `cpor-server`: starts the API and serves the built app.

use cpor_server::auth::AuthConfig;
use cpor_server::config::Config;
use cpor_server::{app, clock::Clock, db, web::WebApp, AppState};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    if let Err(e) = run().await {
        eprintln!("cpor-server: {e}");
        std::process::exit(1);
    }
}

async fn run() -> Result<(), String> {
    let config = Config::from_args(std::env::args().skip(1))?;
    let web = WebApp::load(&config.dist)?
        .with_frame_ancestors(&config.frame_ancestors)
        .map_err(|e| format!("{e} (--frame-ancestors or CPOR_FRAME_ANCESTORS)"))?;
    if config.fresh {
        db::remove(&config.db).map_err(|e| format!("removing {}: {e}", config.db.display()))?;
    }
    let pool = db::open(&config.db).await.map_err(|e| format!("opening {}: {e}", config.db.display()))?;
    let seed = db::parse_seed(db::DEMO_SEED).map_err(|e| format!("demo seed: {e}"))?;
    let clock = Clock::system();
    if db::seed_if_empty(&pool, &seed, clock.today()).await.map_err(|e| format!("seeding: {e}"))? {
        tracing::info!(db = %config.db.display(), "loaded the demo seed");
        if config.bulk_claims > 0 {
            db::seed_bulk_claims(&pool, &seed, config.bulk_claims, clock.today())
                .await
                .map_err(|e| format!("seeding bulk claims: {e}"))?;
            tracing::info!(claims = config.bulk_claims, "added bulk claims for benchmarks");
        }
    }
    let key = match std::env::var("CPOR_TOKEN_KEY") {
        Ok(key) if key.len() >= AuthConfig::MIN_KEY_BYTES => key.into_bytes(),
        Ok(_) => return Err(format!("CPOR_TOKEN_KEY must have at least {} bytes", AuthConfig::MIN_KEY_BYTES)),
        Err(_) if config.demo => AuthConfig::random_key().map_err(|e| format!("token key: {e}"))?,
        Err(_) => return Err("set CPOR_TOKEN_KEY, or start in --demo mode".to_owned()),
    };
    let auth = AuthConfig {
        key: key.into(),
        demo_user: config.demo.then(|| seed.demo_user.clone()),
        token_ttl_secs: 8 * 60 * 60,
    };
    // Proof-of-execution files live beside the database, never under dist/.
    let files_dir = config.db.with_file_name("poe-files");
    if config.fresh && files_dir.exists() {
        std::fs::remove_dir_all(&files_dir).map_err(|e| format!("removing {}: {e}", files_dir.display()))?;
    }
    let writer = db::open_writer(&config.db).await.map_err(|e| format!("opening {}: {e}", config.db.display()))?;
    let state = AppState {
        db: pool.clone(),
        writer,
        auth,
        clock,
        calendar: cpor_core::BusinessCalendar::weekends_only(),
        files_dir,
    };
    let listener =
        tokio::net::TcpListener::bind(config.addr).await.map_err(|e| format!("listening on {}: {e}", config.addr))?;
    println!("cpor-claims is running at http://{}", config.addr);
    axum::serve(listener, app(state, Some(web)))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .map_err(|e| format!("serving: {e}"))?;
    pool.close().await;
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
