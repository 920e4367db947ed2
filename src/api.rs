//! Typed client of the server API. One error type: the server refused with
//! a problem body (the partner can act on it), or the server could not be
//! reached or answered with a fault (not the partner's mistake), or the
//! request was cancelled because a newer one replaced it.
//!
//! Every call carries a bearer token, kept in memory only. Standalone, the
//! token comes from the server's demo sign-in; embedded, from the host
//! page's `getToken` callback, asked before every request. A token that
//! expires within 30 seconds is asked for again (`forceRefresh`) rather
//! than sent. A 401 asks for a fresh token and retries once; a second 401
//! tells the host the session has expired.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

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
    /// Network failure, timeout, 5xx or an unreadable answer.
    Unavailable,
    /// The server asked to be called again after this many seconds (429 or
    /// 503 with `Retry-After`).
    Busy(u32),
    /// Cancelled by the caller (a newer request replaced it).
    Aborted,
    /// Nobody is signed in and the app can't sign in by itself: the host
    /// gave no token, or (standalone) the server has no demo sign-in.
    SignedOut,
}

impl ApiError {
    /// The problem, when the server refused; `None` when it could not answer.
    pub fn into_problem(self) -> Option<Problem> {
        match self {
            Self::Problem(p) => Some(*p),
            _ => None,
        }
    }

    /// Whether the same request may succeed later unchanged: the server
    /// could not answer, asked to wait, or is still doing the first attempt.
    pub fn is_transient(&self) -> bool {
        match self {
            Self::Unavailable | Self::Busy(_) => true,
            Self::Problem(p) => p.error_code() == Some(cpor_core::ErrorCode::RequestInFlight),
            Self::Aborted | Self::SignedOut => false,
        }
    }
}

/// An answer with its entity tag (for `If-Match` on the next change).
#[derive(Clone, Debug, PartialEq)]
pub struct Tagged<T> {
    /// The body.
    pub body: T,
    /// The `ETag` header, if any.
    pub etag: Option<String>,
}

/// Where the bearer token of each request comes from.
#[derive(Clone, Debug)]
pub enum TokenSource {
    /// The server's demo sign-in (the standalone page).
    DemoSignIn,
    /// The host page's callback: returns a token, or a promise of one.
    Host(js_sys::Function),
}

/// The API of one mount: where it is and how to sign its requests.
struct Client {
    mount: u32,
    base: String,
    tokens: TokenSource,
}

thread_local! {
    /// The clients of the mounts on the page, oldest first. The page has one
    /// signed-in user, so every request goes through the newest client.
    static CLIENTS: RefCell<Vec<Client>> = const { RefCell::new(Vec::new()) };
    static TOKEN: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The `Idempotency-Key` of each change that went unanswered, by request
    /// (see [`post_change`]).
    static RETRY_KEYS: RefCell<std::collections::HashMap<String, String>> = RefCell::default();
    /// The demo sign-in under way: every request that needs a token
    /// meanwhile waits for this one instead of signing in again.
    static SIGNING_IN: RefCell<Option<Shared<Result<String, ApiError>>>> = const { RefCell::new(None) };
    /// Counts demo user switches: a sign-in started for the user before
    /// leaves the token and the sign-in under way alone.
    static DEMO_USER_SWITCHES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Answers asked for ahead of the page that reads them (see
    /// [`prefetch`]), by path.
    static PREFETCHED: RefCell<std::collections::HashMap<String, Prefetched>> = RefCell::default();
}

/// An answer asked for ahead: when it was asked, and the call.
type Prefetched = (f64, Shared<Result<Tagged<String>, ApiError>>);

/// A call that runs once and whose answer any number of callers await.
#[derive(Clone)]
struct Shared<T> {
    answer: std::rc::Rc<RefCell<Option<T>>>,
    done: js_sys::Promise,
}

impl<T: Clone + 'static> Shared<T> {
    /// Starts `call` now.
    fn start(call: impl std::future::Future<Output = T> + 'static) -> Self {
        let answer = std::rc::Rc::new(RefCell::new(None));
        let slot = answer.clone();
        let done = wasm_bindgen_futures::future_to_promise(async move {
            let value = call.await;
            *slot.borrow_mut() = Some(value);
            Ok(wasm_bindgen::JsValue::UNDEFINED)
        });
        Self { answer, done }
    }

    /// The answer, once the call has ended.
    async fn answer(&self) -> Option<T> {
        let _ = wasm_bindgen_futures::JsFuture::from(self.done.clone()).await;
        self.answer.borrow().clone()
    }
}

/// How long an answer asked for ahead stays good to use.
const PREFETCH_FRESH_MS: f64 = 10_000.0;

/// Starts `GET path` now, before the page that reads it exists, so the
/// first screen's data is on its way together with the user's details
/// instead of after them. The first [`get`] of the same path within ten
/// seconds takes this answer if it succeeded; a failed one (signed out,
/// unreachable), a stale one or a second reader asks again.
pub fn prefetch(path: &str) {
    let owned = path.to_owned();
    let call = Shared::start(async move { early_or_send(&owned).await });
    PREFETCHED.with(|p| p.borrow_mut().insert(path.to_owned(), (js_sys::Date::now(), call)));
}

/// An answer the standalone page's boot script asked for while the app
/// was downloading (`cporEarly`, written by scripts/loaders.mjs): the demo
/// sign-in as the user in this browser's storage, then `/api/me` and the
/// list's first page with its token. Each is taken once; all of them are
/// dropped when the demo user in storage is no longer the one the script
/// signed in, and never used by a mount whose host signs users in.
async fn early(key: &str) -> Option<Response> {
    if host_signs_in() {
        return None;
    }
    let window = web_sys::window()?;
    let answers = js_sys::Reflect::get(&window, &"cporEarly".into()).ok().filter(|a| a.is_object())?;
    let user = js_sys::Reflect::get(&answers, &"user".into()).ok().and_then(|u| u.as_string());
    if user != crate::storage::demo_user() {
        let _ = js_sys::Reflect::delete_property(window.unchecked_ref::<js_sys::Object>(), &"cporEarly".into());
        return None;
    }
    let answer = js_sys::Reflect::get(&answers, &key.into()).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    let _ = js_sys::Reflect::delete_property(answers.unchecked_ref::<js_sys::Object>(), &key.into());
    let res = wasm_bindgen_futures::JsFuture::from(answer).await.ok()?;
    // A refused token is asked for again the usual way.
    Some(Response::from(res.dyn_into::<web_sys::Response>().ok()?)).filter(|r| r.status() != 401)
}

/// `GET path`: the boot script's answer when it has one, else a request.
async fn early_or_send(path: &str) -> Result<Tagged<String>, ApiError> {
    match early(path).await {
        Some(res) => read(Ok(res), None).await,
        None => send(Call { method: "GET", path, headers: &[], body: None }, None).await,
    }
}

/// The answer asked for ahead for `path`, if it is fresh and succeeded.
async fn prefetched(path: &str) -> Option<Tagged<String>> {
    let (started, call) = PREFETCHED.with(|p| p.borrow_mut().remove(path))?;
    if js_sys::Date::now() - started > PREFETCH_FRESH_MS {
        return None;
    }
    call.answer().await?.ok()
}

/// Registers the API base URL (empty: same origin as the page) and token
/// source of mount `mount`.
pub(crate) fn attach(mount: u32, base: &str, tokens: TokenSource) {
    let client = Client { mount, base: base.trim_end_matches('/').to_owned(), tokens };
    CLIENTS.with(|c| c.borrow_mut().push(client));
}

/// Forgets the client of mount `mount` (on unmount).
pub(crate) fn detach(mount: u32) {
    CLIENTS.with(|c| c.borrow_mut().retain(|client| client.mount != mount));
    if CLIENTS.with(|c| c.borrow().is_empty()) {
        forget_session();
    }
}

/// Whether any mount of the app is on the page.
pub(crate) fn in_use() -> bool {
    CLIENTS.with(|c| !c.borrow().is_empty())
}

fn url(path: &str) -> String {
    CLIENTS.with(|c| format!("{}{path}", c.borrow().last().map(|c| c.base.as_str()).unwrap_or("")))
}

/// The token source of the newest mount; `None` when nothing is mounted
/// (a request outliving its mount is not sent).
fn token_source() -> Option<TokenSource> {
    CLIENTS.with(|c| c.borrow().last().map(|c| c.tokens.clone()))
}

/// Whether requests are signed by the host page (no demo sign-in).
pub fn host_signs_in() -> bool {
    matches!(token_source(), Some(TokenSource::Host(_)))
}

/// Reads an answer: its text when the server accepted (`null` for 204),
/// the problem when it refused, `Unavailable` or `Busy` when it could not
/// answer. Not generic, so one copy serves every call; [`parse`] gives the
/// text its type.
async fn read(
    res: Result<Response, gloo_net::Error>,
    signal: Option<&AbortSignal>,
) -> Result<Tagged<String>, ApiError> {
    let res = match res {
        Ok(res) => res,
        Err(_) if signal.is_some_and(AbortSignal::aborted) => return Err(ApiError::Aborted),
        Err(_) => return Err(ApiError::Unavailable),
    };
    let status = res.status();
    let etag = res.headers().get("etag");
    let retry_after = res.headers().get("retry-after");
    let text = if status == 204 { "null".to_owned() } else { res.text().await.unwrap_or_default() };
    judge(status, text, retry_after).map(|body| Tagged { body, etag })
}

/// The answer of a call by its status: the body text on 2xx, the problem
/// on a 4xx the partner can act on, `Busy` on 429/503 with `Retry-After`.
fn judge(status: u16, text: String, retry_after: Option<String>) -> Result<String, ApiError> {
    let wait = retry_after.and_then(|v| v.trim().parse::<u32>().ok());
    match (status, wait) {
        (200..=299, _) => Ok(text),
        (429 | 503, Some(secs)) => Err(ApiError::Busy(secs)),
        (400..=499, _) if status != 408 && status != 429 => Err(serde_json::from_str::<Problem>(&text)
            .map(|p| ApiError::Problem(Box::new(p)))
            .unwrap_or(ApiError::Unavailable)),
        _ => Err(ApiError::Unavailable),
    }
}

/// Gives an accepted answer's text its type.
fn parse<T: DeserializeOwned>(answer: Tagged<String>) -> Result<Tagged<T>, ApiError> {
    let body = serde_json::from_str(&answer.body).map_err(|_| ApiError::Unavailable)?;
    Ok(Tagged { body, etag: answer.etag })
}

/// A request body as JSON text.
pub fn json<B: Serialize>(body: &B) -> String {
    // The API's request types are plain structs: serialising cannot fail.
    serde_json::to_string(body).unwrap_or_default()
}

/// Signs in through the server's demo sign-in (the user chosen in the
/// standalone page, else the default demo user) and keeps the token in
/// memory (never in the page's storage). A server outside demo mode has no
/// demo sign-in: the user is told to sign in through their dashboard.
async fn sign_in() -> Result<String, ApiError> {
    let under_way = SIGNING_IN.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| {
                let switches = DEMO_USER_SWITCHES.with(std::cell::Cell::get);
                Shared::start(async move {
                    let token = sign_in_now().await;
                    // Only the current user's sign-in keeps its token.
                    if DEMO_USER_SWITCHES.with(std::cell::Cell::get) == switches {
                        if let Ok(token) = &token {
                            TOKEN.with(|t| *t.borrow_mut() = Some(token.clone()));
                        }
                        SIGNING_IN.with(|s| s.borrow_mut().take());
                    }
                    token
                })
            })
            .clone()
    });
    under_way.answer().await.unwrap_or(Err(ApiError::Unavailable))
}

/// One demo sign-in request.
async fn sign_in_now() -> Result<String, ApiError> {
    let res = match early("sign-in").await {
        Some(res) => Ok(res),
        None => {
            let body = DemoSignInRequest { user_id: crate::storage::demo_user() };
            let req = Request::post(&url("/api/demo/sign-in"))
                .header("accept", "application/json")
                .header("content-type", "application/json")
                .body(json(&body))
                .map_err(|_| ApiError::Unavailable)?;
            req.send().await
        }
    };
    let answer = match read(res, None).await {
        Err(ApiError::Problem(p)) if p.status == 404 => return Err(ApiError::SignedOut),
        answer => answer?,
    };
    let signed: SignInResponse = parse(answer)?.body;
    Ok(signed.token)
}

/// Signs in again as another demo user (standalone page only).
pub fn switch_demo_user(id: &str) {
    crate::storage::set_demo_user(id);
    DEMO_USER_SWITCHES.with(|n| n.set(n.get().wrapping_add(1)));
    forget_session();
}

/// Forgets the token, the sign-in under way and the answers asked for
/// ahead (another user, or nothing mounted).
fn forget_session() {
    TOKEN.with(|t| *t.borrow_mut() = None);
    SIGNING_IN.with(|s| s.borrow_mut().take());
    PREFETCHED.with(|p| p.borrow_mut().clear());
}

/// How long before its expiry a token is asked for again rather than sent:
/// it must still be valid when the request arrives.
const EXPIRY_MARGIN_SECS: f64 = 30.0;

/// When a token says it expires (`exp`, seconds since 1970), when it is a
/// JWT whose claims the app can read; `None` for an opaque token.
fn expires_at(token: &str) -> Option<f64> {
    let claims = token.split('.').nth(1)?;
    let mut base64: String = claims
        .chars()
        .map(|c| match c {
            '-' => '+',
            '_' => '/',
            c => c,
        })
        .collect();
    while !base64.len().is_multiple_of(4) {
        base64.push('=');
    }
    // A "binary string": one character per byte, which JSON parsing accepts
    // for the ASCII claims read here. Read by the browser's JSON: serde's
    // float parsing would be in the first download for this one number.
    let text = web_sys::window()?.atob(&base64).ok()?;
    let claims = js_sys::JSON::parse(&text).ok()?;
    js_sys::Reflect::get(&claims, &"exp".into()).ok()?.as_f64()
}

/// Whether `token` expires within [`EXPIRY_MARGIN_SECS`] by this device's
/// clock.
fn about_to_expire(token: &str) -> bool {
    expires_at(token).is_some_and(|exp| exp - js_sys::Date::now() / 1000.0 < EXPIRY_MARGIN_SECS)
}

/// The bearer token for the next request: the host's callback asked now, or
/// the demo sign-in's token (signing in when there is none). `fresh` (after
/// a 401) asks for a token the host has not cached. A token about to expire
/// is asked for again, fresh, rather than sent.
pub(crate) async fn token(fresh: bool) -> Result<String, ApiError> {
    match token_source().ok_or(ApiError::Unavailable)? {
        TokenSource::Host(get_token) => {
            let mut token = host_token(&get_token, fresh).await;
            if !fresh && token.as_deref().is_some_and(about_to_expire) {
                token = host_token(&get_token, true).await;
            }
            if token.is_none() {
                crate::host::session_expired();
            }
            token.ok_or(ApiError::SignedOut)
        }
        TokenSource::DemoSignIn => match TOKEN.with(|t| t.borrow().clone()) {
            Some(token) if !fresh && !about_to_expire(&token) => Ok(token),
            _ => sign_in().await,
        },
    }
}

/// What the host's `getToken({ forceRefresh })` gives: a non-empty string,
/// directly or from a promise. A throw, a rejection or anything else is no
/// token.
async fn host_token(get_token: &js_sys::Function, force_refresh: bool) -> Option<String> {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"forceRefresh".into(), &force_refresh.into()).ok()?;
    let value = get_token.call1(&wasm_bindgen::JsValue::UNDEFINED, &options).ok()?;
    let value = match value.dyn_ref::<js_sys::Promise>() {
        Some(promise) => wasm_bindgen_futures::JsFuture::from(promise.clone()).await.ok()?,
        None => value,
    };
    value.as_string().filter(|t| !t.trim().is_empty())
}

/// Forgets the token after a 401, so the next request signs in again.
pub(crate) fn drop_token() {
    TOKEN.with(|t| *t.borrow_mut() = None);
}

/// After a 401 on attempt `attempt` (0 or 1): whether to retry (with a token
/// asked for again). The second 401 means the session is over: the host
/// hears of it.
fn retry_after_401(attempt: u32) -> bool {
    drop_token();
    if attempt == 0 {
        true
    } else {
        crate::host::session_expired();
        false
    }
}

/// A request: method, path, extra headers and JSON body.
struct Call<'a> {
    method: &'a str,
    path: &'a str,
    headers: &'a [(&'a str, &'a str)],
    body: Option<String>,
}

/// Sends `call` with the bearer token; after a 401, signs in again and
/// retries once.
async fn send(call: Call<'_>, signal: Option<&AbortSignal>) -> Result<Tagged<String>, ApiError> {
    for attempt in 0..2 {
        let token = token(attempt > 0).await?;
        let mut builder = RequestBuilder::new(&url(call.path))
            .method(call.method.parse().map_err(|_| ApiError::Unavailable)?)
            .header("accept", "application/json")
            // The server's sentences in the app's language (which the
            // host or the partner may have chosen over the browser's).
            .header("accept-language", &cpor_i18n::language())
            .header("authorization", &format!("Bearer {token}"))
            .abort_signal(signal);
        for (name, value) in call.headers {
            builder = builder.header(name, value);
        }
        let req = match &call.body {
            Some(body) => builder.header("content-type", "application/json").body(body.as_str()),
            None => builder.build(),
        };
        let res = req.map_err(|_| ApiError::Unavailable)?.send().await;
        if res.as_ref().is_ok_and(|r| r.status() == 401) && retry_after_401(attempt) {
            continue;
        }
        return read(res, signal).await;
    }
    Err(ApiError::Unavailable)
}

/// `GET` a JSON resource.
pub async fn get<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    get_tagged(path).await.map(|t| t.body)
}

/// `GET` a JSON resource with its entity tag.
pub async fn get_tagged<T: DeserializeOwned>(path: &str) -> Result<Tagged<T>, ApiError> {
    let answer = match prefetched(path).await {
        Some(answer) => answer,
        None => early_or_send(path).await?,
    };
    parse(answer)
}

/// `GET` a resource that needs no sign-in.
pub async fn get_public<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let res = Request::get(&url(path))
        .header("accept", "application/json")
        .header("accept-language", &cpor_i18n::language())
        .send()
        .await;
    Ok(parse(read(res, None).await?)?.body)
}

/// `POST` a JSON body (see [`json`]), cancellable through `signal`.
pub async fn post<T: DeserializeOwned>(path: &str, body: String, signal: Option<&AbortSignal>) -> Result<T, ApiError> {
    Ok(parse(send(Call { method: "POST", path, headers: &[], body: Some(body) }, signal).await?)?.body)
}

/// `POST` a JSON body that creates something, with its `Idempotency-Key`
/// (a retry with the same key never creates twice).
pub async fn post_once<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: Option<&B>,
    key: &str,
) -> Result<Tagged<T>, ApiError> {
    let headers = [("idempotency-key", key)];
    parse(send(Call { method: "POST", path, headers: &headers, body: body.map(json) }, None).await?)
}

/// `PUT` a JSON body over the version tagged `etag`.
pub async fn put<B: Serialize, T: DeserializeOwned>(path: &str, body: &B, etag: &str) -> Result<Tagged<T>, ApiError> {
    let headers = [("if-match", etag)];
    parse(send(Call { method: "PUT", path, headers: &headers, body: Some(json(body)) }, None).await?)
}

/// `POST` a change (an action on a claim, a reviewer's decision, a
/// comment) with an `Idempotency-Key`, over the version tagged `etag` when
/// given (refused with 412 when the claim changed meanwhile).
///
/// The key stays the same while the same request (path, version, body) is
/// tried again after it went unanswered, so a retry after a lost answer is
/// replayed by the server instead of applied twice; once the server has
/// answered, the next request gets a new key.
pub async fn post_change<T: DeserializeOwned>(
    path: &str,
    body: String,
    etag: Option<&str>,
) -> Result<Tagged<T>, ApiError> {
    let request = format!("{path}\n{}\n{body}", etag.unwrap_or(""));
    let key = RETRY_KEYS.with(|k| k.borrow_mut().entry(request.clone()).or_insert_with(new_key).clone());
    let mut headers = vec![("idempotency-key", key.as_str())];
    if let Some(etag) = etag {
        headers.push(("if-match", etag));
    }
    let result = send(Call { method: "POST", path, headers: &headers, body: Some(body) }, None).await;
    if !result.as_ref().is_err_and(ApiError::is_transient) {
        RETRY_KEYS.with(|k| k.borrow_mut().remove(&request));
    }
    parse(result?)
}

/// `GET` a file (with the bearer token, which a plain link can't carry).
pub async fn get_blob(path: &str) -> Result<web_sys::Blob, ApiError> {
    for attempt in 0..2 {
        let token = token(attempt > 0).await?;
        let res = Request::get(&url(path)).header("authorization", &format!("Bearer {token}")).send().await;
        match res {
            Ok(r) if r.status() == 401 && retry_after_401(attempt) => {}
            Ok(r) if r.ok() => {
                let buf = r.binary().await.map_err(|_| ApiError::Unavailable)?;
                let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(buf.as_slice()));
                return web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| ApiError::Unavailable);
            }
            _ => return Err(ApiError::Unavailable),
        }
    }
    Err(ApiError::Unavailable)
}

/// `DELETE` a resource.
pub async fn delete(path: &str) -> Result<(), ApiError> {
    send(Call { method: "DELETE", path, headers: &[], body: None }, None).await.map(|_| ())
}

/// Uploads `file` as the multipart field `file` to `path`, reporting the
/// share sent so far (0.0 to 1.0) to `on_progress`. Uses XMLHttpRequest,
/// the one browser API that reports upload progress.
pub async fn upload<T: DeserializeOwned>(
    path: &str,
    file: &web_sys::File,
    key: &str,
    on_progress: impl Fn(f64) + 'static,
) -> Result<T, ApiError> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{FormData, ProgressEvent, XmlHttpRequest};

    let progress = Closure::<dyn Fn(ProgressEvent)>::new(move |ev: ProgressEvent| {
        if ev.length_computable() && ev.total() > 0.0 {
            on_progress(ev.loaded() / ev.total());
        }
    });
    for attempt in 0..2 {
        let token = token(attempt > 0).await?;
        let form = FormData::new().map_err(|_| ApiError::Unavailable)?;
        form.append_with_blob_and_filename("file", file, &file.name()).map_err(|_| ApiError::Unavailable)?;
        let xhr = XmlHttpRequest::new().map_err(|_| ApiError::Unavailable)?;
        xhr.open("POST", &url(path)).map_err(|_| ApiError::Unavailable)?;
        for (name, value) in
            [("accept", "application/json"), ("authorization", &format!("Bearer {token}")), ("idempotency-key", key)]
        {
            xhr.set_request_header(name, value).map_err(|_| ApiError::Unavailable)?;
        }
        if let Ok(target) = xhr.upload() {
            target.set_onprogress(Some(progress.as_ref().unchecked_ref()));
        }
        let done = js_sys::Promise::new(&mut |resolve, _reject| xhr.set_onloadend(Some(&resolve)));
        xhr.send_with_opt_form_data(Some(&form)).map_err(|_| ApiError::Unavailable)?;
        let _ = wasm_bindgen_futures::JsFuture::from(done).await;
        let status = xhr.status().unwrap_or(0);
        if status == 401 && retry_after_401(attempt) {
            continue;
        }
        let text = xhr.response_text().ok().flatten().unwrap_or_default();
        let retry_after = xhr.get_response_header("retry-after").ok().flatten();
        let text = judge(status, text, retry_after)?;
        return serde_json::from_str(&text).map_err(|_| ApiError::Unavailable);
    }
    Err(ApiError::Unavailable)
}

/// A fresh random key for `Idempotency-Key`.
pub fn new_key() -> String {
    web_sys::window()
        .and_then(|w| w.crypto().ok())
        .map(|c| c.random_uuid())
        .unwrap_or_else(|| format!("{:x}-{:x}", js_sys::Date::now() as u64, (js_sys::Math::random() * 1e15) as u64))
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: u32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

/// The URL of a file the app's server serves (the template and the like).
pub fn asset_url(path: &str) -> String {
    url(path)
}

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests {
    use super::*;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    /// A JWT whose claims are `claims` (unsigned: only the claims are read).
    fn jwt(claims: &str) -> String {
        let payload = web_sys::window().unwrap().btoa(claims).unwrap();
        let url_safe: String = payload
            .trim_end_matches('=')
            .chars()
            .map(|c| {
                if c == '+' {
                    '-'
                } else if c == '/' {
                    '_'
                } else {
                    c
                }
            })
            .collect();
        format!("eyJhbGciOiJub25lIn0.{url_safe}.")
    }

    #[wasm_bindgen_test]
    fn a_tokens_expiry_is_read_from_its_claims() {
        // `?>` encodes to characters only base64url has.
        assert_eq!(expires_at(&jwt(r#"{"sub":"?>?>","exp":1798761600}"#)), Some(1_798_761_600.0));
        assert_eq!(expires_at(&jwt(r#"{"sub":"a","exp":1.5e9}"#)), Some(1_500_000_000.0));
        assert_eq!(expires_at(&jwt(r#"{"sub":"a"}"#)), None, "no exp");
        assert_eq!(expires_at(&jwt(r#"{"exp":"soon"}"#)), None, "an exp that is no number");
        assert_eq!(expires_at(&jwt("null")), None);
        assert_eq!(expires_at(&jwt("not json")), None);
        assert_eq!(expires_at("opaque-token"), None);
        let now = js_sys::Date::now() / 1000.0;
        assert!(about_to_expire(&jwt(&format!(r#"{{"exp":{}}}"#, (now + 10.0) as i64))));
        assert!(!about_to_expire(&jwt(&format!(r#"{{"exp":{}}}"#, (now + 120.0) as i64))));
        assert!(!about_to_expire("opaque-token"));
    }
}
