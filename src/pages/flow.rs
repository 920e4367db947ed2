//! The state every step of the claim flow shares (the draft, the messages
//! shown, the customer's products, how the draft stands with the server),
//! provided as one context, and the server draft's saving.

use std::collections::HashMap;

use cpor_core::api::v1::{ClaimDetail, CustomerProductsResponse, Me, PartnerProgram};
use cpor_core::roles::SolutionArea;
use cpor_core::{ClaimStatus, ErrorCode};
use leptos::prelude::*;

use crate::api::{self, ApiError, Tagged};
use crate::state::customer::CustomerCheck;
use crate::state::draft::Draft;
use crate::state::form::FieldMessage;
use crate::state::products::ProductCheck;
use crate::storage;

/// The customer's products and roles for the chosen solution area.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum AreaData {
    /// Nothing asked yet.
    #[default]
    Idle,
    /// Asked for this tenant and area.
    Loading(String, SolutionArea),
    /// The answer for this tenant and area.
    Loaded(String, SolutionArea, CustomerProductsResponse),
    /// The server refused (with why) or couldn't answer (`None`).
    Failed(String, SolutionArea, Option<FieldMessage>),
}

impl AreaData {
    /// The tenant and area this is about.
    pub fn key(&self) -> Option<(&str, SolutionArea)> {
        match self {
            Self::Idle => None,
            Self::Loading(t, a) | Self::Loaded(t, a, _) | Self::Failed(t, a, _) => Some((t, *a)),
        }
    }

    /// The answer, once loaded.
    pub fn loaded(&self) -> Option<&CustomerProductsResponse> {
        match self {
            Self::Loaded(_, _, r) => Some(r),
            _ => None,
        }
    }
}

/// How the draft stands with the server.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum SaveState {
    /// Saved (or nothing to save yet).
    #[default]
    Idle,
    /// A save is under way.
    Saving,
    /// The server couldn't be reached: kept on this device only for now.
    Offline,
}

/// What a flow had shown when the language changed: the page is built
/// again in the new language (`crate::i18n`), and the new flow shows the
/// same answers' messages again, worded anew (see [`Flow::carry_over`]).
struct Shown {
    /// The language's version the messages were shown in (a note is only
    /// taken up in another).
    epoch: u32,
    edited: Vec<String>,
    errors: Vec<String>,
    summary: Vec<String>,
}

thread_local! {
    /// Each mount's slot's shown messages, while its page is built again.
    static SHOWN: std::cell::RefCell<HashMap<u32, Shown>> = std::cell::RefCell::new(HashMap::new());
}

/// The shared state of the claim flow.
#[derive(Clone, Copy)]
pub struct Flow {
    /// The signed-in user.
    pub me: StoredValue<Me>,
    /// The claim being written.
    pub draft: RwSignal<Draft>,
    /// The messages shown at their answers.
    pub errors: RwSignal<Vec<FieldMessage>>,
    /// The answers the partner has typed in since the page opened.
    edited: StoredValue<Vec<String>>,
    /// The error summary's list.
    pub summary: RwSignal<Vec<FieldMessage>>,
    /// The organisation's programs: `None` while loading.
    pub programs: RwSignal<Option<Result<Vec<PartnerProgram>, ()>>>,
    /// The server's check of tenant and domain.
    pub customer: RwSignal<CustomerCheck>,
    /// The customer's products and roles for the chosen area.
    pub area: RwSignal<AreaData>,
    /// The verdict on each chosen product.
    pub checks: RwSignal<HashMap<String, ProductCheck>>,
    /// How the draft stands with the server.
    pub save: RwSignal<SaveState>,
    /// Proof-of-execution files on their way to the server.
    pub uploading: RwSignal<u32>,
    /// Next was pressed while an answer from the server was awaited.
    pub waiting: RwSignal<bool>,
    saving: StoredValue<bool>,
    save_again: StoredValue<bool>,
    /// The host hears of every save (`cpor:draft-saved`).
    events: crate::host::Events,
    /// The mount's slot: each mount on a page keeps a draft of its own.
    slot: u32,
    /// The language's version the flow was made in.
    epoch: u32,
}

impl Flow {
    /// The flow for `me`, with the draft restored from this device.
    pub fn new(me: Me) -> Self {
        let slot = crate::host::Ids::here().slot();
        let draft = storage::load_draft(&storage::draft_owner(&me.id, slot))
            .unwrap_or_else(|| Draft::new(api::new_key(), api::new_key()));
        let epoch = crate::i18n::epoch();
        let shown = SHOWN.with(|s| s.borrow_mut().remove(&slot)).filter(|s| s.epoch != epoch);
        let edited = shown.as_ref().map(|s| s.edited.clone()).unwrap_or_default();
        let flow = Self {
            me: StoredValue::new(me),
            draft: RwSignal::new(draft),
            errors: RwSignal::new(Vec::new()),
            edited: StoredValue::new(edited),
            summary: RwSignal::new(Vec::new()),
            programs: RwSignal::new(None),
            customer: RwSignal::new(CustomerCheck::Idle),
            area: RwSignal::new(AreaData::Idle),
            checks: RwSignal::new(HashMap::new()),
            save: RwSignal::new(SaveState::Idle),
            uploading: RwSignal::new(0),
            waiting: RwSignal::new(false),
            saving: StoredValue::new(false),
            save_again: StoredValue::new(false),
            events: crate::host::Events::here(),
            slot,
            epoch,
        };
        // What is shown is noted as it changes, for the page built again
        // in another language. (The note is taken up only in another
        // language: a page left and opened again starts afresh; one
        // opened again after a switch elsewhere shows the answers'
        // messages that still hold.)
        Effect::new(move |_| {
            flow.errors.track();
            flow.summary.track();
            flow.note();
        });
        if let Some(shown) = shown {
            flow.carry_over(shown);
        }
        flow
    }

    /// Notes what is shown (see [`Shown`]).
    fn note(&self) {
        let paths = |e: &Vec<FieldMessage>| e.iter().map(|m| m.path.clone()).collect();
        let shown = Shown {
            epoch: self.epoch,
            edited: self.edited.try_get_value().unwrap_or_default(),
            errors: self.errors.try_with_untracked(paths).unwrap_or_default(),
            summary: self.summary.try_with_untracked(paths).unwrap_or_default(),
        };
        SHOWN.with(|s| s.borrow_mut().insert(self.slot, shown));
    }

    /// After a language change: once the step's answers can be judged
    /// again (the server's answers are asked for again), the messages that
    /// were shown are shown again, in the new language.
    fn carry_over(self, shown: Shown) {
        let flow = self;
        let shown = StoredValue::new(Some(shown));
        Effect::new(move |_| {
            if shown.with_value(Option::is_none) {
                return;
            }
            let step = flow.draft.with(|d| d.step);
            let (problems, pending) = crate::pages::new_claim::verdict(&flow, step);
            if pending {
                return;
            }
            let Some(was) = shown.try_update_value(Option::take).flatten() else { return };
            let again = |paths: &[String]| -> Vec<FieldMessage> {
                problems.iter().filter(|m| paths.contains(&m.path)).cloned().collect()
            };
            flow.errors.set(again(&was.errors));
            flow.summary.set(again(&was.summary));
        });
    }

    /// The signed-in user's id.
    pub fn user(&self) -> String {
        self.me.try_with_value(|m| m.id.clone()).unwrap_or_default()
    }

    /// Whose draft this is on this device: the user's, in this mount.
    pub fn owner(&self) -> String {
        storage::draft_owner(&self.user(), self.slot)
    }

    /// The message shown at `path`, if any (tracked).
    pub fn error(&self, path: &str) -> Option<FieldMessage> {
        self.errors.with(|e| e.iter().find(|m| m.path == path).cloned())
    }

    /// Shows (or clears) the message at `path`.
    pub fn set_error(&self, path: &str, message: Option<FieldMessage>) {
        let present = self.errors.try_with_untracked(|e| e.iter().any(|m| m.path == path)).unwrap_or(false);
        if !present && message.is_none() {
            return;
        }
        self.errors.update(|e| {
            e.retain(|m| m.path != path);
            e.extend(message);
        });
    }

    /// The partner typed in the answer at `path`: its message goes at once.
    pub fn typed(&self, path: &str) {
        // A Next still waiting for the server is dropped: the answers moved on.
        if self.waiting.try_get_untracked() == Some(true) {
            self.waiting.set(false);
        }
        if self.edited.try_with_value(|e| e.iter().any(|p| p == path)) == Some(false) {
            self.edited.update_value(|e| e.push(path.to_owned()));
            self.note();
        }
        self.set_error(path, None);
    }

    /// Whether the partner typed in the answer at `path` (a blur only judges
    /// answers the partner edited).
    pub fn was_edited(&self, path: &str) -> bool {
        self.edited.try_with_value(|e| e.iter().any(|p| p == path)).unwrap_or(false)
    }

    /// Shows the step's problems at their answers and in the summary.
    pub fn show_problems(&self, problems: Vec<FieldMessage>) {
        self.errors.set(problems.clone());
        self.summary.set(problems);
    }

    /// Clears every message (moving to another step).
    pub fn clear_messages(&self) {
        self.errors.set(Vec::new());
        self.summary.set(Vec::new());
    }

    /// Saves the draft to the server as an Editing claim (creating it the
    /// first time). Saves never overlap: a save asked for during another
    /// runs after it, and this call then returns `false`. Returns whether
    /// the server has the latest answers. Safe to await after the page is
    /// gone: nothing is written to a disposed flow.
    pub async fn save_to_server(self) -> bool {
        if self.saving.try_get_value().unwrap_or(true) {
            self.save_again.try_set_value(true);
            return false;
        }
        self.saving.try_set_value(true);
        let mut ok = false;
        loop {
            self.save_again.try_set_value(false);
            let Some(draft) = self.draft.try_get_untracked() else { break };
            if !draft.worth_saving() && draft.claim_id.is_none() {
                ok = true;
            } else {
                self.save.try_set(SaveState::Saving);
                ok = self.save_once(&draft).await;
                self.save.try_set(if ok { SaveState::Idle } else { SaveState::Offline });
            }
            if !self.save_again.try_get_value().unwrap_or(false) {
                break;
            }
        }
        self.saving.try_set_value(false);
        ok
    }

    /// Saves the draft, waiting for a save already under way first (up to
    /// about ten seconds). Returns whether the server has the latest answers.
    pub async fn save_now(self) -> bool {
        for _ in 0..100 {
            if !self.saving.try_get_value().unwrap_or(false) {
                return self.save_to_server().await;
            }
            api::sleep(100).await;
        }
        false
    }

    /// Applies a server answer to the draft it was for (by its create key:
    /// another draft may have replaced it meanwhile).
    fn apply(&self, create_key: &str, f: impl FnOnce(&mut Draft)) -> bool {
        let mut applied = false;
        self.draft.try_update(|d| {
            if d.create_key == create_key {
                f(d);
                applied = true;
            }
        });
        applied
    }

    /// Refreshes the draft's version after a change made by another route
    /// (an upload or a removal bumps the claim's version).
    pub async fn refresh_etag(self) {
        let Some((Some(id), key)) = self.draft.try_with_untracked(|d| (d.claim_id.clone(), d.create_key.clone()))
        else {
            return;
        };
        if let Ok(Tagged { etag: Some(tag), .. }) = api::get_tagged::<ClaimDetail>(&format!("/api/claims/{id}")).await {
            self.apply(&key, |d| d.etag = Some(tag));
        }
    }

    async fn save_once(&self, draft: &Draft) -> bool {
        let input = draft.for_server();
        let key = draft.create_key.clone();
        let result: Result<Tagged<ClaimDetail>, ApiError> = match (&draft.claim_id, &draft.etag) {
            (Some(id), Some(etag)) => {
                let path = format!("/api/claims/{id}");
                match api::put(&path, &input, etag).await {
                    // Changed since this page last saw it. While it is still
                    // a draft it is the partner's own, and the answers on
                    // screen are the latest they typed: they win. A claim
                    // submitted meanwhile is never edited from here.
                    Err(ApiError::Problem(p)) if p.error_code() == Some(ErrorCode::StaleClaim) => {
                        match api::get_tagged::<ClaimDetail>(&path).await {
                            Ok(Tagged { body, etag: Some(fresh) }) if body.summary.status == ClaimStatus::Editing => {
                                api::put(&path, &input, &fresh).await
                            }
                            Ok(_) => Err(ApiError::Problem(p)),
                            Err(e) => Err(e),
                        }
                    }
                    other => other,
                }
            }
            _ => match api::post_once("/api/claims", Some(&input), &key).await {
                // The first create reached the server but its answer was
                // lost, and the answers changed since: that draft is an
                // orphan; create this one under a new key.
                Err(ApiError::Problem(p)) if p.error_code() == Some(ErrorCode::IdempotencyKeyReused) => {
                    let fresh = api::new_key();
                    let result = api::post_once("/api/claims", Some(&input), &fresh).await;
                    if let Ok(t) = result {
                        self.apply(&key, |d| d.create_key = fresh.clone());
                        return self.store(&fresh, t);
                    }
                    result
                }
                other => other,
            },
        };
        match result {
            Ok(t) => self.store(&key, t),
            // The server draft is gone: start a new one from the answers on
            // screen (a submitted claim is never replaced: see submit).
            Err(ApiError::Problem(p)) if p.error_code() == Some(ErrorCode::ClaimNotFound) => {
                self.apply(&key, |d| {
                    d.claim_id = None;
                    d.etag = None;
                    d.files.clear();
                    d.create_key = api::new_key();
                    d.submit_key = api::new_key();
                });
                false
            }
            Err(_) => false,
        }
    }

    /// Keeps what the server answered: the draft's id and version, when it
    /// was saved, and any file it knows that this page doesn't yet.
    fn store(&self, key: &str, Tagged { body, etag }: Tagged<ClaimDetail>) -> bool {
        let saved_at = now_hh_mm();
        let id = body.summary.id.clone();
        let applied = self.apply(key, |d| {
            d.claim_id = Some(body.summary.id.clone());
            d.etag = etag;
            d.saved_at = Some(saved_at);
            for f in body.files {
                if !d.files.iter().any(|x| x.id == f.id) {
                    d.files.push(f);
                }
            }
        });
        if applied {
            self.events.draft_saved(&id);
        }
        applied
    }
}

/// The local time as "14:05".
pub fn now_hh_mm() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}

/// The flow's shared state, from context.
pub fn use_flow() -> Flow {
    expect_context::<Flow>()
}
