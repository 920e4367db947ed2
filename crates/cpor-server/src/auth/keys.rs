//! The signing keys of one issuer: read from its discovery document and
//! JWKS, kept in memory, fetched again when a token names a key not seen
//! yet (at most once per `min_refresh`, [`MIN_REFRESH`] by default) and on
//! a schedule, so a key
//! rotation needs no restart. When the JWKS endpoint is down the cached
//! keys keep working; a key never seen is refused.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use jsonwebtoken::jwk::{Jwk, JwkSet};
use serde::Deserialize;
use tokio::sync::{Mutex, RwLock};

/// Where an issuer's keys come from.
#[derive(Clone, Debug)]
pub enum KeySource {
    /// Its OpenID Connect discovery document (`…/.well-known/openid-configuration`),
    /// whose `jwks_uri` names the key set.
    Discovery(String),
    /// A key set handed over directly (the demo issuer inside a test).
    Fixed(JwkSet),
}

/// The shortest time between two fetches caused by unknown keys.
pub const MIN_REFRESH: Duration = Duration::from_secs(30);

/// How long fetching the discovery document or the key set may take.
const FETCH_TIMEOUT: Duration = Duration::from_secs(5);

/// Why no key could be found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyError {
    /// The issuer's key set, fetched (or fetched recently), has no such key.
    Unknown,
    /// The key set could not be fetched; the cached keys don't include it.
    Unavailable(String),
}

#[derive(Default)]
struct Cached {
    keys: HashMap<String, Jwk>,
    last_fetch: Option<Instant>,
}

/// The cached keys of one issuer.
pub struct KeyCache(Arc<Shared>);

struct Shared {
    source: KeySource,
    http: reqwest::Client,
    min_refresh: Duration,
    cached: RwLock<Cached>,
    /// One fetch at a time; the others wait for it and use what it found.
    fetching: Mutex<()>,
}

#[derive(Deserialize)]
struct Discovery {
    jwks_uri: String,
}

impl KeyCache {
    /// The keys of `source`, fetched with `http`, again for an unknown key
    /// at most once per `min_refresh`.
    pub fn new(source: KeySource, http: reqwest::Client, min_refresh: Duration) -> Self {
        let cached = match &source {
            KeySource::Fixed(set) => Cached { keys: by_kid(set), last_fetch: Some(Instant::now()) },
            KeySource::Discovery(_) => Cached::default(),
        };
        Self(Arc::new(Shared { source, http, min_refresh, cached: RwLock::new(cached), fetching: Mutex::new(()) }))
    }

    /// Whether `jwk` is still the cached key named `kid` (nothing is
    /// fetched).
    pub async fn holds(&self, kid: &str, jwk: &Jwk) -> bool {
        self.0.cached.read().await.keys.get(kid) == Some(jwk)
    }

    /// The key named `kid`: cached, or fetched if not seen yet. A fetch
    /// runs to its end in a task of its own, even when the request that
    /// asked for it is given up (a reload): it is then recorded and its
    /// keys kept, so neither the next request is refused for want of them
    /// nor can requests given up on purpose make the issuer be asked again
    /// and again.
    pub async fn key(&self, kid: &str) -> Result<Jwk, KeyError> {
        if let Some(key) = self.0.cached.read().await.keys.get(kid) {
            return Ok(key.clone());
        }
        let (shared, kid) = (self.0.clone(), kid.to_owned());
        tokio::spawn(async move { shared.key(&kid).await })
            .await
            .map_err(|e| KeyError::Unavailable(format!("the key fetch stopped: {e}")))?
    }

    /// Fetches the key set again (the schedule calls this); keeps the cached
    /// keys when it can't. Returns how many keys it holds.
    pub async fn refresh(&self) -> Result<usize, String> {
        let _one = self.0.fetching.lock().await;
        self.0.fetch().await
    }
}

impl Shared {
    async fn key(&self, kid: &str) -> Result<Jwk, KeyError> {
        let _one = self.fetching.lock().await;
        let recently = {
            let cached = self.cached.read().await;
            if let Some(key) = cached.keys.get(kid) {
                return Ok(key.clone());
            }
            cached.last_fetch.is_some_and(|at| at.elapsed() < self.min_refresh)
        };
        if recently {
            return Err(KeyError::Unknown);
        }
        self.fetch().await.map_err(KeyError::Unavailable)?;
        self.cached.read().await.keys.get(kid).cloned().ok_or(KeyError::Unknown)
    }

    async fn fetch(&self) -> Result<usize, String> {
        let KeySource::Discovery(url) = &self.source else {
            return Ok(self.cached.read().await.keys.len());
        };
        // The attempt is recorded with its outcome, together.
        let fetched = self.fetch_set(url).await;
        let mut cached = self.cached.write().await;
        // A failed attempt counts too: an unreachable issuer is not asked
        // again for every unknown key.
        cached.last_fetch = Some(Instant::now());
        cached.keys = by_kid(&fetched?);
        Ok(cached.keys.len())
    }

    /// The key set named by the discovery document at `url`.
    async fn fetch_set(&self, url: &str) -> Result<JwkSet, String> {
        let get = |url: String| async move {
            let res = self.http.get(&url).timeout(FETCH_TIMEOUT).send().await.map_err(|e| format!("{url}: {e}"))?;
            if !res.status().is_success() {
                return Err(format!("{url}: {}", res.status()));
            }
            res.bytes().await.map_err(|e| format!("{url}: {e}"))
        };
        let discovery: Discovery =
            serde_json::from_slice(&get(url.to_owned()).await?).map_err(|e| format!("{url}: {e}"))?;
        serde_json::from_slice(&get(discovery.jwks_uri.clone()).await?)
            .map_err(|e| format!("{}: {e}", discovery.jwks_uri))
    }
}

fn by_kid(set: &JwkSet) -> HashMap<String, Jwk> {
    set.keys.iter().filter_map(|k| Some((k.common.key_id.clone()?, k.clone()))).collect()
}
