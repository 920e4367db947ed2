//! The app's own routes, under a base path (empty when the app has the page
//! to itself; the host's prefix when embedded). Every page and every list
//! filter has its own URL; the browser's Back and Forward move between them.
//!
//! Each mount has its own router (its base path and whether it follows the
//! page's URL), so several mounts on one page never share routing state.
//! A router in memory mode keeps its route to itself: it neither reads nor
//! writes the page's URL and ignores Back and Forward.

use cpor_core::roles::SolutionArea;
use cpor_core::ClaimStatus;
use cpor_i18n::tr;
use leptos::prelude::*;
use serde::de::DeserializeOwned;

/// The base path of the router in context (empty without one).
fn base_path() -> String {
    use_context::<Router>().map(|r| r.base()).unwrap_or_default()
}

/// The filters of the associations list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListFilter {
    /// Only claims in this status.
    pub status: Option<ClaimStatus>,
    /// Only claims of this solution area.
    pub area: Option<SolutionArea>,
    /// Text searched in claim name, domain, tenant ID and claim id.
    pub q: String,
    /// The page (1-based).
    pub page: u32,
}

impl ListFilter {
    /// The query string of the API call and of the page's own URL.
    pub fn query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(s) = self.status {
            parts.push(format!("status={}", key_of(&s)));
        }
        if let Some(a) = self.area {
            parts.push(format!("solution_area={}", key_of(&a)));
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", String::from(js_sys::encode_uri_component(self.q.trim()))));
        }
        if self.page > 1 {
            parts.push(format!("page={}", self.page));
        }
        parts.join("&")
    }

    fn parse(search: &str) -> Self {
        let mut f = Self { page: 1, ..Self::default() };
        for pair in search.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let v: String = js_sys::decode_uri_component(&v.replace('+', " ")).map(String::from).unwrap_or_default();
            match k {
                "status" => f.status = from_key(&v),
                "solution_area" => f.area = from_key(&v),
                "q" => f.q = v,
                "page" => f.page = v.parse().unwrap_or(1).max(1),
                _ => {}
            }
        }
        f
    }
}

/// The serde name of a unit enum value (as the API spells it).
pub fn key_of<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default().trim_matches('"').to_owned()
}

/// The unit enum value whose serde name is `key`.
pub fn from_key<T: DeserializeOwned>(key: &str) -> Option<T> {
    serde_json::from_str(&format!("\"{}\"", key.replace(['"', '\\'], ""))).ok()
}

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// "Customer associations", the home page.
    Associations(ListFilter),
    /// "New customer association".
    NewClaim,
    /// A claim's own page.
    Claim(String),
    /// The reviewers' queue.
    ReviewQueue,
    /// A claim's review page.
    Review(String),
    /// Anything else under the base path.
    NotFound,
}

impl Route {
    /// The route of a path (under the base path of the router in context)
    /// and query string.
    pub fn parse(path: &str, search: &str) -> Self {
        Self::parse_under(&base_path(), path, search).unwrap_or(Self::NotFound)
    }

    /// The route of a path under `base`; `None` when the path is outside it.
    pub fn parse_under(base: &str, path: &str, search: &str) -> Option<Self> {
        let rest = path.strip_prefix(base)?;
        if !(rest.is_empty() || rest.starts_with('/')) {
            return None;
        }
        Some(match rest.trim_end_matches('/') {
            "" | "/index.html" => Self::Associations(ListFilter::parse(search)),
            "/new" => Self::NewClaim,
            "/review" => Self::ReviewQueue,
            other => {
                let id_after = |prefix: &str| {
                    other.strip_prefix(prefix).filter(|id| !id.is_empty() && !id.contains('/')).map(str::to_owned)
                };
                if let Some(id) = id_after("/claims/") {
                    Self::Claim(id)
                } else if let Some(id) = id_after("/review/") {
                    Self::Review(id)
                } else {
                    Self::NotFound
                }
            }
        })
    }

    /// The page's title, for the host's breadcrumbs.
    pub fn title(&self) -> String {
        match self {
            Self::Associations(_) => tr!(PAGE_TITLE_ASSOCIATIONS),
            Self::NewClaim => tr!(PAGE_TITLE_NEW_CLAIM),
            Self::Claim(id) => tr!(PAGE_TITLE_CLAIM, id.clone()),
            Self::ReviewQueue => tr!(PAGE_TITLE_REVIEW_QUEUE),
            Self::Review(id) => tr!(PAGE_TITLE_REVIEW, id.clone()),
            Self::NotFound => tr!(PAGE_TITLE_NOT_FOUND),
        }
    }

    /// The URL of the route, under the base path of the router in context.
    pub fn href(&self) -> String {
        self.href_under(base_path())
    }

    /// The URL of the route under `base`.
    pub fn href_under(&self, base: String) -> String {
        match self {
            Self::Associations(f) => {
                let q = f.query();
                let path = if base.is_empty() { "/".to_owned() } else { base };
                if q.is_empty() {
                    path
                } else {
                    format!("{path}?{q}")
                }
            }
            Self::NewClaim => format!("{base}/new"),
            Self::Claim(id) => format!("{base}/claims/{}", String::from(js_sys::encode_uri_component(id))),
            Self::ReviewQueue => format!("{base}/review"),
            Self::Review(id) => format!("{base}/review/{}", String::from(js_sys::encode_uri_component(id))),
            Self::NotFound => format!("{base}/"),
        }
    }
}

/// The current route, shared by the app's pages.
#[derive(Clone, Copy)]
pub struct Router {
    /// Where the app is.
    pub route: RwSignal<Route>,
    base: StoredValue<String>,
    history: bool,
}

impl Router {
    /// The router of an app that has the page to itself: no base path,
    /// following the page's URL.
    pub fn new() -> Self {
        Self::with_base("", true, None)
    }

    /// A router for the routes under `base` (`/dashboard/associations`; empty
    /// for the whole page). With `history`, it starts from the page's URL
    /// (or from `initial` when the URL is outside `base`), writes every move
    /// to the browser's history and follows Back and Forward under `base`.
    /// Without it, it starts at `initial` (a path under `base`, with an
    /// optional query: `/?status=submitted`) and keeps its route to itself.
    pub fn with_base(base: &str, history: bool, initial: Option<&str>) -> Self {
        let base = base.trim_end_matches('/').to_owned();
        let initial_route = || {
            let initial = initial.unwrap_or("/");
            let (path, search) = initial.split_once('?').unwrap_or((initial, ""));
            Route::parse_under("", path, search).unwrap_or(Route::NotFound)
        };
        let first = if history { current(&base).unwrap_or_else(initial_route) } else { initial_route() };
        let route = RwSignal::new(first);
        if history {
            let base = base.clone();
            let listener = window_event_listener(leptos::ev::popstate, move |_| {
                // A move of the host's own, outside the app's routes, is none of the app's business.
                if let Some(now) = current(&base) {
                    if route.get_untracked() != now {
                        route.set(now);
                    }
                }
            });
            on_cleanup(move || listener.remove());
        }
        Self { route, base: StoredValue::new(base), history }
    }

    /// The base path of the app's routes.
    pub fn base(&self) -> String {
        self.base.try_get_value().unwrap_or_default()
    }

    /// Whether the router follows the page's URL and history (so the pages
    /// may add history entries of their own).
    pub fn uses_history(&self) -> bool {
        self.history
    }

    /// The URL of `to` under this router's base path.
    pub fn href(&self, to: &Route) -> String {
        to.href_under(self.base())
    }

    /// Goes to `to`, with a new history entry.
    pub fn go(&self, to: Route) {
        if self.history {
            if let Ok(history) = window().history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&self.href(&to)));
            }
        }
        self.route.set(to);
    }

    /// Replaces the current URL with `to` (a filter change the partner
    /// shouldn't have to step back through one keystroke at a time).
    pub fn replace(&self, to: Route) {
        if self.history {
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&self.href(&to)));
            }
        }
        self.route.set(to);
    }
}

impl Default for Router {
    fn default() -> Self {
        Self::new()
    }
}

/// The route of the page's URL, when it is under `base`.
fn current(base: &str) -> Option<Route> {
    let location = window().location();
    Route::parse_under(base, &location.pathname().unwrap_or_default(), &location.search().unwrap_or_default())
}

/// The router, from context (a router in memory, of its own, where there
/// is none: a component mounted on its own, as in component tests).
pub fn use_router() -> Router {
    use_context::<Router>().unwrap_or_else(|| {
        let router = Router::with_base("", false, None);
        provide_context(router);
        router
    })
}
