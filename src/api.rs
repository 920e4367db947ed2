//! Typed client of the server API. One error type: the server refused with
//! a problem body (the partner can act on it), or the server could not be
//! reached or answered with a fault (not the partner's mistake), or the
//! request was cancelled because a newer one replaced it.

use std::cell::RefCell;

use cpor_core::api::v1::Problem;
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use web_sys::AbortSignal;

/// Why a call did not return its answer.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// The server refused with a problem body (4xx).
    Problem(Problem),
    /// Network failure, timeout, 5xx, 429 or an unreadable answer.
    Unavailable,
    /// Cancelled by the caller (a newer request replaced it).
    Aborted,
}

impl ApiError {
    /// The problem, when the server refused; `None` when it could not answer.
    pub fn into_problem(self) -> Option<Problem> {
        match self {
            Self::Problem(p) => Some(p),
            _ => None,
        }
    }
}

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
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
            return Err(ApiError::Problem(problem));
        }
    }
    Err(ApiError::Unavailable)
}

/// `GET` a JSON resource.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    decode(
        Request::get(&url(path))
            .header("accept", "application/json")
            .send()
            .await,
        None,
    )
    .await
}

/// `POST` a JSON body, cancellable through `signal`.
pub async fn post<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    signal: Option<&AbortSignal>,
) -> Result<T, ApiError> {
    let req = Request::post(&url(path))
        .header("accept", "application/json")
        .abort_signal(signal)
        .json(body);
    let res = match req {
        Ok(req) => req.send().await,
        Err(_) => return Err(ApiError::Unavailable),
    };
    decode(res, signal).await
}
