//! Failure points for the crash and race tests: places where a test can
//! make a request wait (`FAILPOINTS='<name>=return(<milliseconds>)'`), to
//! kill the server in the middle of a transaction or to line racing
//! requests up, or make something fail (a group's COMMIT). They exist only
//! in a build with the `failpoints` feature (`scripts/test.sh` builds one);
//! elsewhere they are nothing.

/// Waits at the failure point `name` for the milliseconds it is configured
/// with, without blocking the runtime.
#[allow(unused_variables)]
pub async fn pause(name: &str) {
    #[cfg(feature = "failpoints")]
    if let Some(Some(ms)) = fail::eval(name, |arg| arg.and_then(|a| a.parse::<u64>().ok())) {
        tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
    }
}

/// Whether the failure point `name` makes something of size `n` fail:
/// configured `return` (everything) or `return(<m>)` (from size `m` on).
#[allow(unused_variables)]
pub fn fails(name: &str, n: u64) -> bool {
    #[cfg(feature = "failpoints")]
    if let Some(from) = fail::eval(name, |arg| arg.and_then(|a| a.parse::<u64>().ok()).unwrap_or(0)) {
        return n >= from;
    }
    false
}
