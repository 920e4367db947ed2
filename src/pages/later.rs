//! What steps 2 to 6 bring to the flow besides their views: the rules that
//! judge their answers, the ask for the customer's products and roles, the
//! submit and the confirmation. They are in the steps' own part
//! (`crate::parts`), so a new claim starts without them; the flow asks for
//! them with [`later_steps`] and treats a step whose rules are not here yet
//! as awaiting an answer (Next then completes when they arrive).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, OnceLock};

use cpor_core::api::v1::ClaimDetail;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::pages::flow::Flow;
use crate::pages::submit::Submitter;
use crate::state::form::FieldMessage;

/// The later steps' rules and actions, once their part is here.
#[derive(Clone, Copy)]
pub struct LaterSteps {
    /// What keeps the partner on step 2 to 5, and whether an answer from
    /// the server is still awaited.
    pub verdict: fn(&Flow, usize) -> (Vec<FieldMessage>, bool),
    /// Asks for the customer's products and roles in the chosen area.
    pub ensure_area: fn(Flow),
    /// Sends the claim.
    pub submit: fn(Submitter),
    /// The confirmation of a submitted claim (with "start another").
    pub confirmation: fn(ClaimDetail, Callback<()>) -> AnyView,
}

impl LaterSteps {
    /// The later steps' own (only called in their part).
    pub fn here() -> Self {
        use crate::pages::steps::{details, evidence, products, role};
        Self {
            verdict: |flow, step| match step {
                2 => role::verdict(flow),
                3 => products::verdict(flow),
                4 => details::verdict(flow),
                5 => evidence::verdict(flow),
                _ => (Vec::new(), false),
            },
            ensure_area: role::ensure_area,
            submit: Submitter::send,
            confirmation: |claim, on_new| {
                use crate::pages::confirmation::Confirmation;
                view! { <Confirmation claim=claim on_new=on_new/> }.into_any()
            },
        }
    }
}

static HERE: OnceLock<LaterSteps> = OnceLock::new();
static LOADING: AtomicBool = AtomicBool::new(false);
/// Told when the later steps arrive (what read them in a reactive context
/// runs again).
static ARRIVED: LazyLock<ArcTrigger> = LazyLock::new(ArcTrigger::new);

/// The later steps if they are here (tracked: read again when they
/// arrive). If not, their download starts unless under way (one that
/// failed starts again at the next read, and when a later step's Retry
/// brings their part).
pub fn later_steps() -> Option<LaterSteps> {
    if let Some(here) = HERE.get() {
        return Some(*here);
    }
    ARRIVED.track();
    if !LOADING.swap(true, Ordering::Relaxed) {
        spawn_local(async {
            let _ = fetch().await;
            LOADING.store(false, Ordering::Relaxed);
        });
    }
    None
}

/// The later steps, downloading them if they are not here yet (`None` when
/// they did not download).
pub async fn fetch() -> Option<LaterSteps> {
    if let Some(here) = HERE.get() {
        return Some(*here);
    }
    let here = crate::parts::load_later_rules().await.ok()?;
    if HERE.set(here).is_ok() {
        ARRIVED.notify();
    }
    Some(here)
}
