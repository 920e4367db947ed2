//! "New customer association": the claim flow. Step 1 asks for the partner
//! program and the customer (tenant ID and domain) and has the server
//! confirm that the domain belongs to the tenant.

use std::time::Duration;

use cpor_core::api::v1::{CustomerCheckRequest, CustomerCheckResponse, PartnerProgram, PartnerProgramsResponse};
use cpor_core::{CustomerDomain, Field, TenantId};
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortController;

use crate::api::{self, ApiError};
use crate::components::error_summary::ErrorSummary;
use crate::components::field::TextField;
use crate::components::field_id;
use crate::components::program_picker::ProgramPicker;
use crate::components::stepper::{Stepper, STEPS};
use crate::state::customer::{
    check_key, domain_message, program_message, step_problems, tenant_message, CustomerCheck, FieldMessage,
};
use crate::state::draft::Draft;
use crate::storage;

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
    fn new() -> Self {
        Self {
            state: RwSignal::new(CustomerCheck::Idle),
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
        self.generation.update_value(|g| *g += 1);
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
        let generation = self.generation.get_value();
        let controller = AbortController::new().ok();
        let signal = controller.as_ref().map(AbortController::signal);
        self.in_flight.set_value(controller);
        self.state.set(CustomerCheck::Checking);
        spawn_local(async move {
            let body = CustomerCheckRequest { tenant_id: tenant_id.to_string(), domain: domain.to_string() };
            let result: Result<CustomerCheckResponse, ApiError> =
                api::post("/api/checks/customer", &body, signal.as_ref()).await;
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

/// The whole "New customer association" flow, for the signed-in `user`
/// (whose draft it restores).
#[component]
pub fn NewClaim(
    /// The signed-in user's id: the local draft is theirs alone.
    #[prop(into)]
    user: String,
) -> impl IntoView {
    let initial = storage::load_draft(&user);
    let program = RwSignal::new(initial.partner_program_id);
    let tenant = RwSignal::new(initial.tenant_id);
    let domain = RwSignal::new(initial.domain);
    let step = RwSignal::new(1usize);

    Effect::new(move |_| {
        storage::save_draft(
            &user,
            &Draft { partner_program_id: program.get(), tenant_id: tenant.get(), domain: domain.get() },
        );
    });

    // The organisation's programs: `None` while loading.
    let programs = RwSignal::new(None::<Result<Vec<PartnerProgram>, ()>>);
    let load_programs = move || {
        programs.set(None);
        spawn_local(async move {
            let loaded = api::get::<PartnerProgramsResponse>("/api/partner-programs").await;
            programs.try_set(Some(loaded.map(|r| r.programs).map_err(|_| ())));
        });
    };
    load_programs();
    let program_list: Signal<Option<Result<Vec<PartnerProgram>, ()>>> = programs.into();
    let known_programs = move || program_list.get().and_then(Result::ok).unwrap_or_default();

    // Errors shown inline: set on blur after an edit and on Next, cleared as
    // soon as the partner types in the field.
    let program_error = RwSignal::new(None::<FieldMessage>);
    let tenant_error = RwSignal::new(None::<FieldMessage>);
    let domain_error = RwSignal::new(None::<FieldMessage>);
    let tenant_edited = RwSignal::new(false);
    let domain_edited = RwSignal::new(false);
    let summary = RwSignal::new(Vec::<FieldMessage>::new());
    let summary_ref = NodeRef::<leptos::html::Div>::new();
    let heading_ref = NodeRef::<leptos::html::H1>::new();

    let checker = Checker::new();
    let key = Memo::new(move |_| check_key(&tenant.get(), &domain.get()));
    Effect::new(move |_| checker.schedule(key.get()));
    on_cleanup(move || checker.cancel());

    let shown_tenant_error = Signal::derive(move || {
        tenant_error.get().or_else(|| checker.state.with(|c| c.refusal_for(Field::TenantId).cloned()))
    });
    let shown_domain_error = Signal::derive(move || {
        domain_error.get().or_else(|| checker.state.with(|c| c.refusal_for(Field::Domain).cloned()))
    });

    let waiting_to_advance = RwSignal::new(false);
    let try_advance = move || {
        let check = checker.state.get_untracked();
        let problems = step_problems(
            &program.get_untracked(),
            &known_programs(),
            &tenant.get_untracked(),
            &domain.get_untracked(),
            &check,
        );
        let pending = matches!(check, CustomerCheck::Waiting | CustomerCheck::Checking);
        if problems.is_empty() && pending {
            waiting_to_advance.set(true);
            checker.flush(key.get_untracked());
            return;
        }
        waiting_to_advance.set(false);
        if problems.is_empty() {
            summary.set(Vec::new());
            step.set(2);
        } else {
            summary.set(problems);
            // Focus once the summary is shown (the DOM updates after this).
            request_animation_frame(move || {
                if let Some(el) = summary_ref.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    };
    // A Next pressed while the check was under way completes when it answers.
    Effect::new(move |_| {
        let settled = !matches!(checker.state.get(), CustomerCheck::Waiting | CustomerCheck::Checking);
        if settled && waiting_to_advance.get_untracked() {
            try_advance();
        }
    });

    let on_next = move |_| {
        program_error.set(program_message(&program.get_untracked(), &known_programs()).err());
        tenant_error.set(tenant_message(&tenant.get_untracked()).err());
        domain_error.set(domain_message(&domain.get_untracked()).err());
        try_advance();
    };

    // The page title and focus follow the step.
    Effect::new(move |first: Option<()>| {
        let n = step.get();
        document().set_title(&format!("{} \u{2013} New customer association", STEPS[n - 1]));
        if first.is_some() {
            request_animation_frame(move || {
                if let Some(h) = heading_ref.get_untracked() {
                    let _ = h.focus();
                }
            });
        }
    });

    let on_tenant_input = Callback::new(move |v: String| {
        tenant.set(v);
        tenant_edited.set(true);
        tenant_error.set(None);
    });
    let on_tenant_blur = Callback::new(move |()| {
        if !tenant_edited.get_untracked() {
            return;
        }
        match tenant_message(&tenant.get_untracked()) {
            Ok(id) => {
                tenant.set(id.to_string());
                tenant_error.set(None);
            }
            Err(m) => tenant_error.set(Some(m)),
        }
        checker.flush(key.get_untracked());
    });
    let on_domain_input = Callback::new(move |v: String| {
        domain.set(v);
        domain_edited.set(true);
        domain_error.set(None);
    });
    let on_domain_blur = Callback::new(move |()| {
        if !domain_edited.get_untracked() {
            return;
        }
        match domain_message(&domain.get_untracked()) {
            Ok(d) => {
                domain.set(d.to_unicode());
                domain_error.set(None);
            }
            Err(m) => domain_error.set(Some(m)),
        }
        checker.flush(key.get_untracked());
    });
    let on_program = Callback::new(move |id: String| {
        program.set(id);
        program_error.set(None);
    });
    let retry_programs = Callback::new(move |()| load_programs());

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
    let confirmed = move || match checker.state.get() {
        CustomerCheck::Confirmed(c) => Some(c),
        _ => None,
    };

    view! {
        <section class="cpor-page" aria-labelledby="cpor-page-heading">
            <p class="cpor-caption">"New customer association"</p>
            <Stepper current=step/>
            <ErrorSummary problems=summary node_ref=summary_ref/>
            <Show
                when=move || step.get() == 1
                fallback=move || view! {
                    <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1" node_ref=heading_ref>
                        {STEPS[1]}
                    </h1>
                    {move || confirmed().map(|c| view! {
                        <p class="cpor-body">
                            {format!("Customer: {} ({}), tenant {}.", c.customer_name, c.domain.to_unicode(), c.tenant_id)}
                        </p>
                    })}
                    <div class="cpor-actions">
                        <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| step.set(1)>
                            "Back"
                        </button>
                    </div>
                }
            >
                <h1 class="cpor-heading" id="cpor-page-heading" tabindex="-1" node_ref=heading_ref>{STEPS[0]}</h1>
                <ProgramPicker
                    programs=program_list
                    selected=program
                    error=program_error
                    on_change=on_program
                    on_retry=retry_programs
                />
                <TextField
                    id=field_id(Field::TenantId)
                    label="Customer tenant ID"
                    hint="Also called directory ID. It looks like 3f2504e0-4f89-41d3-9a0c-0305e82c3301; braces, spaces and capitals are fine."
                    value=tenant
                    error=shown_tenant_error
                    on_input=on_tenant_input
                    on_blur=on_tenant_blur
                />
                <TextField
                    id=field_id(Field::Domain)
                    label="Customer domain"
                    hint="For example contoso.onmicrosoft.com, or a custom domain the customer has verified."
                    value=domain
                    error=shown_domain_error
                    on_input=on_domain_input
                    on_blur=on_domain_blur
                    inputmode="url"
                >
                    <div class="cpor-check-row">
                        <p class=move || check_status().0 role="status" aria-live="polite">{move || check_status().1}</p>
                        <Show when=unavailable>
                            <button
                                type="button"
                                class="cpor-button cpor-button--secondary"
                                on:click=move |_| if let Some(k) = key.get_untracked() { checker.run(k) }
                            >
                                "Retry"
                            </button>
                        </Show>
                    </div>
                </TextField>
                <div class="cpor-actions">
                    <button
                        type="button"
                        class="cpor-button cpor-button--primary"
                        aria-busy=move || if waiting_to_advance.get() { "true" } else { "false" }
                        on:click=on_next
                    >
                        "Next"
                    </button>
                </div>
            </Show>
        </section>
    }
}
