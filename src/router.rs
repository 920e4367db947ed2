//! The app's own routes, under a base path (empty when the app has the page
//! to itself; the host's prefix when embedded). Every page and every list
//! filter has its own URL; the browser's Back and Forward move between them.

use std::cell::RefCell;

use cpor_core::roles::SolutionArea;
use cpor_core::ClaimStatus;
use leptos::prelude::*;
use serde::de::DeserializeOwned;

thread_local! {
    static BASE_PATH: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Sets the path prefix under which the app's routes live (e.g. `/partners/associations`).
pub fn set_base_path(base: &str) {
    BASE_PATH.with(|b| *b.borrow_mut() = base.trim_end_matches('/').to_owned());
}

fn base_path() -> String {
    BASE_PATH.with(|b| b.borrow().clone())
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
    /// The route of a path (under the base path) and query string.
    pub fn parse(path: &str, search: &str) -> Self {
        let base = base_path();
        let Some(rest) = path.strip_prefix(base.as_str()) else { return Self::NotFound };
        match rest.trim_end_matches('/') {
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
        }
    }

    /// The URL of the route.
    pub fn href(&self) -> String {
        let base = base_path();
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
}

impl Router {
    /// The router for the page's current URL; follows Back and Forward.
    pub fn new() -> Self {
        let route = RwSignal::new(current());
        let listener = window_event_listener(leptos::ev::popstate, move |_| {
            let now = current();
            if route.get_untracked() != now {
                route.set(now);
            }
        });
        on_cleanup(move || listener.remove());
        Self { route }
    }

    /// Goes to `to`, with a new history entry.
    pub fn go(&self, to: Route) {
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&to.href()));
        }
        self.route.set(to);
    }

    /// Replaces the current URL with `to` (a filter change the partner
    /// shouldn't have to step back through one keystroke at a time).
    pub fn replace(&self, to: Route) {
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&to.href()));
        }
        self.route.set(to);
    }
}

impl Default for Router {
    fn default() -> Self {
        Self::new()
    }
}

fn current() -> Route {
    let location = window().location();
    Route::parse(&location.pathname().unwrap_or_default(), &location.search().unwrap_or_default())
}

/// The router, from context.
pub fn use_router() -> Router {
    expect_context::<Router>()
}
