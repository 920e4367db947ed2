//! Typed client of the server API. One error type: the server refused with
//! a problem body (the partner can act on it), or the server could not be
//! reached or answered with a fault (not the partner's mistake), or the
//! request was cancelled because a newer one replaced it.
//!
//! Every call carries a bearer token. Standalone, the token comes from the
//! server's demo sign-in; this is the one place a host page's token source
//! will plug in. A 401 drops the token, signs in again and retries once.

use std::cell::RefCell;

use cpor_core::api::v1::{DemoSignInRequest, Problem, SignInResponse};
use gloo_net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::AbortSignal;

/// Why a call did not return its answer.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server refused with a problem body (4xx).
    Problem(Box<Problem>),
    /// Network failure, timeout, 5xx, 429 or an unreadable answer.
    Unavailable,
    /// Cancelled by the caller (a newer request replaced it).
    Aborted,
}

impl ApiError {
    /// The problem, when the server refused; `None` when it could not answer.
    pub fn into_problem(self) -> Option<Problem> {
        match self {
            Self::Problem(p) => Some(*p),
            _ => None,
        }
    }
}

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
    static TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Sets the API's base URL (empty: same origin as the page).
pub fn set_base(base: &str) {
    BASE.with(|b| *b.borrow_mut() = base.trim_end_matches('/').to_owned());
}

fn url(path: &str) -> String {
    BASE.with(|b| format!("{}{path}", b.borrow()))
}

async fn decode<T: DeserializeOwned>(
    res: Result<Response, gloo_net::Error>,
    signal: Option<&AbortSignal>,
) -> Result<T, ApiError> {
    let res = match res {
        Ok(res) => res,
        Err(_) if signal.is_some_and(AbortSignal::aborted) => return Err(ApiError::Aborted),
        Err(_) => return Err(ApiError::Unavailable),
    };
    let status = res.status();
    if (200..300).contains(&status) {
        return res.json::<T>().await.map_err(|_| ApiError::Unavailable);
    }
    if (400..500).contains(&status) && status != 408 && status != 429 {
        if let Ok(problem) = res.json::<Problem>().await {
            return Err(ApiError::Problem(Box::new(problem)));
        }
    }
    Err(ApiError::Unavailable)
}

/// Signs in through the server's demo sign-in (the user chosen in the
/// standalone page, else the default demo user) and keeps the token.
async fn sign_in() -> Result<String, ApiError> {
    let body = DemoSignInRequest { user_id: crate::storage::demo_user() };
    let res = match Request::post(&url("/api/demo/sign-in")).header("accept", "application/json").json(&body) {
        Ok(req) => req.send().await,
        Err(_) => return Err(ApiError::Unavailable),
    };
    let signed: SignInResponse = decode(res, None).await?;
    TOKEN.with(|t| *t.borrow_mut() = Some(signed.token.clone()));
    Ok(signed.token)
}

/// Signs in again as another demo user (standalone page only).
pub fn switch_demo_user(id: &str) {
    crate::storage::set_demo_user(id);
    TOKEN.with(|t| *t.borrow_mut() = None);
}

async fn token() -> Result<String, ApiError> {
    match TOKEN.with(|t| t.borrow().clone()) {
        Some(token) => Ok(token),
        None => sign_in().await,
    }
}

/// Sends the request `build` makes with the bearer token; after a 401,
/// signs in again and retries once.
async fn send<T: DeserializeOwned>(
    build: impl Fn(RequestBuilder) -> Result<Request, gloo_net::Error>,
    method_and_path: (&str, &str),
    signal: Option<&AbortSignal>,
) -> Result<T, ApiError> {
    let (method, path) = method_and_path;
    for attempt in 0..2 {
        let token = token().await?;
        let builder = RequestBuilder::new(&url(path))
            .method(method.parse().map_err(|_| ApiError::Unavailable)?)
            .header("accept", "application/json")
            .header("authorization", &format!("Bearer {token}"))
            .abort_signal(signal);
        let req = build(builder).map_err(|_| ApiError::Unavailable)?;
        let res = req.send().await;
        if attempt == 0 && res.as_ref().is_ok_and(|r| r.status() == 401) {
            TOKEN.with(|t| *t.borrow_mut() = None);
            continue;
        }
        return decode(res, signal).await;
    }
    Err(ApiError::Unavailable)
}

/// `GET` a JSON resource.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    send(RequestBuilder::build, ("GET", path), None).await
}

/// `GET` a resource that needs no sign-in.
pub async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(Request::get(&url(path)).header("accept", "application/json").send().await, None).await
}

/// `POST` a JSON body, cancellable through `signal`.
pub async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    signal: Option<&AbortSignal>,
) -> Result<T, ApiError> {
    send(|b| b.json(body), ("POST", path), signal).await
}
