//! Every refusal of the API as an RFC 9457 problem+json body carrying a
//! `cpor-core` error code; the JSON extractor whose rejections use the same
//! body; and the middleware that gives every error response, including
//! axum's own (404, 405, 413, 408) and caught panics, that body and the
//! request's random id.

use axum::body::Body;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use cpor_core::api::v1::{Problem, PROBLEM_CONTENT_TYPE};
use cpor_core::ErrorCode;
use cpor_i18n::Text;
use serde::de::DeserializeOwned;

use crate::store::StoreError;

/// A refusal: an HTTP status and the problem body that explains it.
#[derive(Debug, thiserror::Error)]
#[error("{status}: {}", problem.detail)]
pub struct ApiError {
    status: StatusCode,
    problem: Box<Problem>,
    /// The detail as a message, worded in the reader's language when the
    /// response is finished (the body's `detail` is its English).
    text: Option<Box<Text>>,
    retry_after: Option<u64>,
    /// For a fault: what went wrong, logged with the request id, never sent.
    cause: Option<String>,
}

impl ApiError {
    /// A refusal whose detail only a developer calling the API reads: a
    /// request that isn't JSON or lacks its fields, a missing or reused
    /// header (`Idempotency-Key`, `If-Match`), a broken multipart form (and
    /// the readiness probe's answer, which a load balancer reads). The app
    /// never sends such a request, so no partner reads these details; they
    /// stay in English, with the technical cause, whatever the request's
    /// language. Everything a person reads goes through
    /// [`ApiError::worded`] or [`ApiError::refused`].
    pub fn for_client(status: StatusCode, code: ErrorCode, detail: impl Into<String>) -> Self {
        Self::with_detail(status, code, detail.into())
    }

    fn with_detail(status: StatusCode, code: ErrorCode, detail: String) -> Self {
        Self {
            status,
            problem: Box::new(Problem::new(code, status.as_u16(), detail)),
            text: None,
            retry_after: None,
            cause: None,
        }
    }

    /// A refusal whose detail is its code's title, worded in the language
    /// the request asks for as the title is.
    fn titled(status: StatusCode, code: ErrorCode) -> Self {
        Self::with_detail(status, code, code.title().to_owned())
    }

    /// A refusal whose detail is a message of the catalogues, sent in the
    /// language the request asks for.
    pub fn worded(status: StatusCode, code: ErrorCode, text: Text) -> Self {
        let mut e = Self::with_detail(status, code, text.to_string());
        e.text = Some(Box::new(text));
        e
    }

    /// Says how many seconds to wait before trying again (`Retry-After`).
    pub fn with_retry_after(mut self, secs: u64) -> Self {
        self.retry_after = Some(secs);
        self
    }

    /// The seconds to wait before trying again, when given.
    pub fn retry_after(&self) -> Option<u64> {
        self.retry_after
    }

    /// 422 for a rule of `cpor-core` refusing the input: its code and its
    /// sentence, in the language the request asks for.
    pub fn refused(code: ErrorCode, text: Text) -> Self {
        Self::worded(StatusCode::UNPROCESSABLE_ENTITY, code, text)
    }

    /// 404 with the catalog's words.
    pub fn not_found() -> Self {
        Self::titled(StatusCode::NOT_FOUND, ErrorCode::NotFound)
    }

    /// 500 for a real fault. The cause is logged with the request id,
    /// never sent.
    pub fn internal(cause: impl std::fmt::Display) -> Self {
        let mut e = Self::titled(StatusCode::INTERNAL_SERVER_ERROR, ErrorCode::Internal);
        e.cause = Some(cause.to_string());
        e
    }

    /// Adds the date a subscription becomes claimable.
    pub fn with_claimable_from(mut self, date: cpor_core::Date) -> Self {
        self.problem.claimable_from = Some(date);
        self
    }

    /// Lists every problem of a claim that cannot be submitted yet (each
    /// one's sentence worded, as the detail, in the request's language).
    pub fn set_problems(&mut self, problems: Vec<cpor_core::claim::AnswerProblem>) {
        self.problem.problems = problems;
    }

    /// The problem body.
    pub fn problem(&self) -> &Problem {
        &self.problem
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Busy => {
                tracing::warn!("database pool timed out");
                Self::titled(StatusCode::SERVICE_UNAVAILABLE, ErrorCode::ServiceUnavailable)
            }
            other => Self::internal(other),
        }
    }
}

fn problem_response(status: StatusCode, problem: &Problem) -> Response {
    let body = serde_json::to_vec(problem).unwrap_or_default();
    let mut res = (status, body).into_response();
    res.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_CONTENT_TYPE));
    res.extensions_mut().insert(problem.clone());
    res
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut res = problem_response(self.status, &self.problem);
        if let Some(secs) = self.retry_after {
            res.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if let Some(cause) = self.cause {
            res.extensions_mut().insert(Cause(cause));
        }
        if let Some(text) = self.text {
            res.extensions_mut().insert(Detail(*text));
        }
        res
    }
}

/// A problem's detail as a message (see [`ApiError::worded`]).
#[derive(Clone, Debug)]
struct Detail(Text);

/// Words `problem` in `lang`: the code's title and fix, the detail when it
/// is the title or a message, and each listed answer problem's sentence.
/// A detail for the developer ([`ApiError::for_client`]) stays in English.
fn in_language(problem: &mut Problem, detail: Option<&Text>, lang: &str) {
    let Some(code) = ErrorCode::from_code(&problem.code) else { return };
    if let Some((title, fix)) = crate::i18n::error_words(lang, code.as_str()) {
        if problem.detail == problem.title {
            problem.detail = title.clone();
        }
        if problem.fix == code.fix() {
            problem.fix = fix;
        }
        problem.title = title;
    }
    if let Some(text) = detail {
        problem.detail = crate::i18n::word(lang, text);
    }
    for answer in &mut problem.problems {
        if let Some(message) = answer.text().map(|text| crate::i18n::word(lang, text)) {
            answer.message = message;
        }
    }
}

/// A JSON body extractor whose every rejection is a problem body: 415 for a
/// missing JSON content type, 400 for broken JSON, 422 for wrong types,
/// missing or unknown fields, 413 for an oversized body.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(value)) => Ok(Self(value)),
            Err(rejection) => Err(match rejection {
                JsonRejection::MissingJsonContentType(_) => ApiError::for_client(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    ErrorCode::UnsupportedMediaType,
                    "The request body must be sent with Content-Type: application/json.",
                ),
                JsonRejection::JsonSyntaxError(e) => ApiError::for_client(
                    StatusCode::BAD_REQUEST,
                    ErrorCode::MalformedRequest,
                    format!("The request body isn't valid JSON: {}", e.body_text()),
                ),
                JsonRejection::JsonDataError(e) => ApiError::for_client(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    ErrorCode::MalformedRequest,
                    format!("The request body doesn't have the expected fields: {}", e.body_text()),
                ),
                JsonRejection::BytesRejection(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
                    ApiError::titled(StatusCode::PAYLOAD_TOO_LARGE, ErrorCode::PayloadTooLarge)
                }
                other => ApiError::for_client(StatusCode::BAD_REQUEST, ErrorCode::MalformedRequest, other.body_text()),
            }),
        }
    }
}

/// What caused a fault, for the log line of its request.
#[derive(Clone, Debug)]
struct Cause(String);

/// The random id of a request, quoted in its problem body and logs and
/// sent back as `x-request-id`. Whatever id the client sent is ignored.
#[derive(Clone, Debug)]
pub struct RequestId(pub String);

/// Gives every request a random [`RequestId`] and every response its
/// `x-request-id` header.
pub async fn request_id(mut req: Request, next: Next) -> Response {
    let id = crate::ids::request_id();
    req.extensions_mut().insert(RequestId(id.clone()));
    let mut res = next.run(req).await;
    if let Ok(value) = HeaderValue::from_str(&id) {
        res.headers_mut().insert("x-request-id", value);
    }
    res
}

/// Turns every API error response that is not yet a problem body into one;
/// adds the request id to problem bodies; logs every 5xx with its request
/// id.
pub async fn finish_responses(req: Request, next: Next) -> Response {
    let request_id = req.extensions().get::<RequestId>().map(|id| id.0.clone()).unwrap_or_default();
    let is_api = req.uri().path() == "/api" || req.uri().path().starts_with("/api/");
    let (method, path) = (req.method().clone(), req.uri().path().to_owned());
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or("en", crate::i18n::from_accept_language);
    let mut res = next.run(req).await;
    let status = res.status();
    if status.is_server_error() {
        let cause = res.extensions_mut().remove::<Cause>().map(|c| c.0).unwrap_or_default();
        tracing::error!(%request_id, %method, %path, %status, %cause, "request failed");
    }
    if is_api && (status.is_client_error() || status.is_server_error()) {
        let mut problem = match res.extensions_mut().remove::<Problem>() {
            Some(problem) => problem,
            None => {
                let code = match status {
                    StatusCode::NOT_FOUND => ErrorCode::NotFound,
                    StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
                    StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
                    StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
                    StatusCode::SERVICE_UNAVAILABLE => ErrorCode::ServiceUnavailable,
                    StatusCode::REQUEST_TIMEOUT => ErrorCode::RequestTimeout,
                    StatusCode::TOO_MANY_REQUESTS => ErrorCode::TooManyRequests,
                    s if s.is_server_error() => ErrorCode::Internal,
                    _ => ErrorCode::MalformedRequest,
                };
                Problem::new(code, status.as_u16(), code.title())
            }
        };
        problem.request_id = (!request_id.is_empty()).then(|| request_id.clone());
        let detail = res.extensions_mut().remove::<Detail>();
        in_language(&mut problem, detail.as_ref().map(|d| &d.0), lang);
        let headers = std::mem::take(res.headers_mut());
        res = problem_response(status, &problem);
        for (name, value) in headers.iter() {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                res.headers_mut().append(name.clone(), value.clone());
            }
        }
        res.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang));
        res.headers_mut().append(header::VARY, HeaderValue::from_static("accept-language"));
    }
    if status == StatusCode::UNAUTHORIZED {
        res.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer realm=\"cpor-claims\""));
    }
    res
}

/// Turns a panic inside a handler into a logged 500 instead of a dropped
/// connection; [`finish_responses`] then gives it its problem body.
pub fn panic_response(_: Box<dyn std::any::Any + Send + 'static>) -> Response<Body> {
    tracing::error!("handler panicked");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}
