//! Step 1, "Partner and customer": the partner program, the customer tenant
//! ID and domain, and the server's confirmation that they belong together.

use std::time::Duration;

use cpor_core::api::v1::{CustomerCheckRequest, CustomerCheckResponse};
use cpor_core::{CustomerDomain, Field, TenantId};
use cpor_i18n::{msg, tr};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortController;

use crate::api::{self, ApiError};
use crate::components::field::TextField;
use crate::components::field_id;
use crate::components::icon::{icon, Icon};
use crate::components::program_picker::ProgramPicker;
use crate::pages::flow::{use_flow, Flow};
use crate::state::customer::{
    check_key, domain_message, program_message, step_problems, tenant_message, CustomerCheck, FieldMessage,
};
use crate::state::draft::Draft;

/// How long typing must pause before the customer check is sent.
pub const CHECK_DEBOUNCE: Duration = Duration::from_millis(400);

/// The customer check: debounced, one request at a time, stale ones aborted
/// and their answers ignored.
#[derive(Clone, Copy)]
struct Checker {
    state: RwSignal<CustomerCheck>,
    timer: StoredValue<Option<TimeoutHandle>>,
    in_flight: StoredValue<Option<AbortController>, LocalStorage>,
    generation: StoredValue<u64>,
}

impl Checker {
    fn new(state: RwSignal<CustomerCheck>) -> Self {
        Self {
            state,
            timer: StoredValue::new(None),
            in_flight: StoredValue::new_local(None),
            generation: StoredValue::new(0),
        }
    }

    /// Cancels a pending timer and an in-flight request.
    fn cancel(&self) {
        if let Some(t) = self.timer.try_update_value(Option::take).flatten() {
            t.clear();
        }
        if let Some(c) = self.in_flight.try_update_value(Option::take).flatten() {
            c.abort();
        }
        self.generation.try_update_value(|g| *g += 1);
    }

    /// Schedules a check of `key` after the typing pause (or clears the
    /// state when there is nothing well formed to check).
    fn schedule(self, key: Option<(TenantId, CustomerDomain)>) {
        self.cancel();
        match key {
            None => self.state.set(CustomerCheck::Idle),
            Some(key) => {
                self.state.set(CustomerCheck::Waiting);
                let handle = set_timeout_with_handle(move || self.run(key), CHECK_DEBOUNCE).ok();
                self.timer.set_value(handle);
            }
        }
    }

    /// Runs the check of `key` now.
    fn run(self, (tenant_id, domain): (TenantId, CustomerDomain)) {
        self.cancel();
        let Some(generation) = self.generation.try_get_value() else { return };
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        self.in_flight.set_value(controller);
        self.state.set(CustomerCheck::Checking);
        // The answer is written only while the step is still shown.
        spawn_local(async move {
            let body = CustomerCheckRequest { tenant_id: tenant_id.to_string(), domain: domain.to_string() };
            let result: Result<CustomerCheckResponse, ApiError> =
                api::post("/api/checks/customer", api::json(&body), signal.as_ref()).await;
            if self.generation.try_get_value() != Some(generation) || result == Err(ApiError::Aborted) {
                return;
            }
            self.in_flight.set_value(None);
            self.state.set(CustomerCheck::from_result(result.map_err(ApiError::into_problem)));
        });
    }

    /// Runs a waiting check at once (on blur: no need to wait out the pause).
    fn flush(self, key: Option<(TenantId, CustomerDomain)>) {
        if let (Some(key), CustomerCheck::Waiting) = (key, self.state.get_untracked()) {
            self.run(key);
        }
    }
}

/// Everything that keeps the partner on step 1, and whether the customer
/// check is still awaited.
pub fn verdict(flow: &Flow) -> (Vec<FieldMessage>, bool) {
    let check = flow.customer.get();
    let programs = flow.programs.get().and_then(Result::ok).unwrap_or_default();
    let problems = flow
        .draft
        .with(|d| step_problems(&d.input.partner_program_id, &programs, &d.input.tenant_id, &d.input.domain, &check));
    let pending = matches!(check, CustomerCheck::Idle | CustomerCheck::Waiting | CustomerCheck::Checking);
    (problems, pending && flow.draft.with(|d| check_key(&d.input.tenant_id, &d.input.domain).is_some()))
}

/// Step 1.
#[component]
pub fn CustomerStep() -> impl IntoView {
    let flow = use_flow();
    let draft = flow.draft;
    let tenant = Signal::derive(move || draft.with(|d| d.input.tenant_id.clone()));
    let domain = Signal::derive(move || draft.with(|d| d.input.domain.clone()));
    let program = Signal::derive(move || draft.with(|d| d.input.partner_program_id.clone()));

    let checker = Checker::new(flow.customer);
    let key = Memo::new(move |_| check_key(&tenant.get(), &domain.get()));
    Effect::new(move |_| checker.schedule(key.get()));
    on_cleanup(move || checker.cancel());

    let tenant_path = Field::TenantId.key();
    let domain_path = Field::Domain.key();
    let program_path = Field::PartnerProgramId.key();
    let shown = move |field: Field| {
        Signal::derive(move || {
            flow.error(field.key()).or_else(|| checker.state.with(|c| c.refusal_for(field).cloned()))
        })
    };

    let on_tenant_input = Callback::new(move |v: String| {
        draft.update(|d| d.input.tenant_id = v);
        flow.typed(tenant_path);
    });
    // On blur after an edit: the value shown in its canonical form, or its
    // message; then a waiting check runs at once.
    let judge =
        move |path: &'static str, typed: String, judged: Result<String, FieldMessage>, set: fn(&mut Draft, String)| {
            match judged {
                Ok(canonical) => {
                    if canonical != typed {
                        draft.update(|d| set(d, canonical));
                    }
                    flow.set_error(path, None);
                }
                Err(m) => flow.set_error(path, Some(m)),
            }
            checker.flush(key.get_untracked());
        };
    let on_tenant_blur = Callback::new(move |()| {
        if flow.was_edited(tenant_path) {
            let typed = tenant.get_untracked();
            let judged = tenant_message(&typed).map(|id| id.to_string());
            judge(tenant_path, typed, judged, |d, v| d.input.tenant_id = v);
        }
    });
    let on_domain_input = Callback::new(move |v: String| {
        draft.update(|d| d.input.domain = v);
        flow.typed(domain_path);
    });
    let on_domain_blur = Callback::new(move |()| {
        if flow.was_edited(domain_path) {
            let typed = domain.get_untracked();
            let judged = domain_message(&typed).map(|d| d.to_unicode());
            judge(domain_path, typed, judged, |d, v| d.input.domain = v);
        }
    });
    let on_program = Callback::new(move |id: String| {
        draft.update(|d| d.input.partner_program_id = id);
        flow.set_error(program_path, None);
    });
    let retry_programs = Callback::new(move |()| load_programs(flow));

    let check_status = move || {
        let state = checker.state.get();
        let class = match &state {
            CustomerCheck::Confirmed(_) => "cpor-check cpor-check--ok",
            CustomerCheck::Checking => "cpor-check cpor-check--busy",
            CustomerCheck::Unavailable => "cpor-check cpor-check--unavailable",
            // The refusal is shown inline at its field; the live region
            // still announces it, without showing it twice.
            CustomerCheck::Refused(_) => "cpor-check cpor-visually-hidden",
            _ => "cpor-check",
        };
        (class, state.announcement())
    };
    let unavailable = move || checker.state.with(|c| *c == CustomerCheck::Unavailable);

    view! {
        <ProgramPicker
            programs=flow.programs
            selected=program
            error=Signal::derive(move || flow.error(program_path))
            on_change=on_program
            on_retry=retry_programs
        />
        <TextField
            id=field_id(tenant_path)
            label=msg::FIELD_TENANT_ID
            hint=msg::STEP_CUSTOMER_TENANT_HINT
            value=tenant
            error=shown(Field::TenantId)
            on_input=on_tenant_input
            on_blur=on_tenant_blur
        />
        <TextField
            id=field_id(domain_path)
            label=msg::FIELD_DOMAIN
            hint=msg::STEP_CUSTOMER_DOMAIN_HINT
            value=domain
            error=shown(Field::Domain)
            on_input=on_domain_input
            on_blur=on_domain_blur
            inputmode="url"
        >
            <div class="cpor-check-row">
                <p class=move || check_status().0 role="status" aria-live="polite">
                    {move || checker.state.with(|c| matches!(c, CustomerCheck::Confirmed(_))).then(|| icon(Icon::SUCCESS))}
                    {move || check_status().1}
                </p>
                <Show when=unavailable>
                    <button
                        type="button"
                        class="cpor-button cpor-button--secondary"
                        on:click=move |_| if let Some(k) = key.get_untracked() { checker.run(k) }
                    >
                        {tr!(COMPONENT_RETRY)}
                    </button>
                </Show>
            </div>
        </TextField>
    }
}

/// On Next: every answer of the step judged, edited or not.
pub fn judge_all(flow: &Flow) {
    let (program, tenant, domain) = flow
        .draft
        .with_untracked(|d| (d.input.partner_program_id.clone(), d.input.tenant_id.clone(), d.input.domain.clone()));
    let programs = flow.programs.get_untracked().and_then(Result::ok).unwrap_or_default();
    flow.set_error(Field::PartnerProgramId.key(), program_message(&program, &programs).err());
    flow.set_error(Field::TenantId.key(), tenant_message(&tenant).err());
    flow.set_error(Field::Domain.key(), domain_message(&domain).err());
}

/// Where the organisation's programs are (asked for ahead by the app when
/// it opens on the flow).
pub const PROGRAMS_PATH: &str = "/api/partner-programs";

/// Loads the organisation's programs.
pub fn load_programs(flow: Flow) {
    flow.programs.set(None);
    spawn_local(async move {
        let loaded = api::get::<cpor_core::api::v1::PartnerProgramsResponse>(PROGRAMS_PATH).await;
        flow.programs.try_set(Some(loaded.map(|r| r.programs).map_err(|_| ())));
    });
}
