//! What a signed-in user who may not create claims sees instead of the flow:
//! a partner user without a claiming role learns which roles are needed and
//! whom to ask; a reviewer that reviewers don't create claims. And what
//! someone sees whom the app can't sign in: where to sign in, or that their
//! organisation isn't registered.

use cpor_core::access::{roles_needed_sentence, CLAIMING_ROLES};
use cpor_core::api::v1::{Me, Problem};
use cpor_i18n::tr;
use leptos::prelude::*;

use crate::components::icon::{icon, Icon};
use crate::pages::simple::{NotFound, ReviewersOnly};
use crate::parts::Notice;

/// The page of `notice` (in the part `notices`, src/parts.rs).
pub fn notice(notice: Notice) -> AnyView {
    match notice {
        Notice::NotFound => view! { <NotFound/> }.into_any(),
        Notice::ReviewersOnly => view! { <ReviewersOnly/> }.into_any(),
        Notice::Access(me) => view! { <AccessNotice me=me/> }.into_any(),
        Notice::NotRegistered(problem) => view! { <NotRegisteredNotice problem=*problem/> }.into_any(),
        Notice::SignedOut { embedded, on_retry } => {
            view! { <SignedOutNotice embedded=embedded on_retry=on_retry/> }.into_any()
        }
    }
}

/// A card with a caption, a heading and its sentences.
fn notice_card(heading: String, sentences: Vec<String>, action: Option<AnyView>) -> impl IntoView {
    let id = crate::host::Ids::here().id("page-heading");
    let labelled_by = id.clone();
    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <div class="cpor-card cpor-card--plain">
                <p class="cpor-caption">{tr!(PAGE_TITLE_ASSOCIATIONS)}</p>
                <h1 class="cpor-heading" id=id tabindex="-1">{heading}</h1>
                {sentences.into_iter().map(|s| view! { <p class="cpor-body">{s}</p> }).collect_view()}
                {action}
            </div>
        </section>
    }
}

/// Nobody is signed in and the app can't sign in by itself. `embedded`:
/// the host dashboard signs users in (and has been told the session
/// ended); otherwise this page was opened on its own, without a dashboard.
#[component]
pub fn SignedOutNotice(
    /// Whether a host page gives the app its tokens.
    embedded: bool,
    /// Tries again (after the user signed in).
    on_retry: Callback<()>,
) -> impl IntoView {
    let (heading, sentences) = if embedded {
        (tr!(ACCESS_PAGE_ENDED_HEADING), vec![tr!(ACCESS_PAGE_ENDED_BODY)])
    } else {
        (tr!(ACCESS_PAGE_DASHBOARD_HEADING), vec![tr!(ACCESS_PAGE_DASHBOARD_BODY), tr!(ACCESS_PAGE_DASHBOARD_LINK)])
    };
    let action = embedded.then(|| {
        view! {
            <p class="cpor-body">
                <button type="button" class="cpor-button cpor-button--primary" on:click=move |_| { on_retry.try_run(()); }>
                    {icon(Icon::RETRY)}
                    {tr!(ACCESS_PAGE_TRY_AGAIN)}
                </button>
            </p>
        }
        .into_any()
    });
    notice_card(heading, sentences, action)
}

/// The user's organisation isn't registered: the server's explanation and
/// what to do.
#[component]
pub fn NotRegisteredNotice(
    /// The server's refusal (`tenant_not_registered`).
    problem: Problem,
) -> impl IntoView {
    // The detail names the tenant and says what to do; the catalogue's fix
    // only when there is no detail.
    let mut sentences = vec![if problem.detail.is_empty() { problem.fix.clone() } else { problem.detail.clone() }];
    if let Some(id) = problem.request_id.as_ref() {
        sentences.push(tr!(ACCESS_PAGE_SUPPORT_REFERENCE, id.clone()));
    }
    notice_card(problem.title.trim_end_matches('.').to_owned(), sentences, None)
}

/// The explanation for `me`, who may not claim.
#[component]
pub fn AccessNotice(
    /// The signed-in user.
    me: Me,
) -> impl IntoView {
    let (heading, sentence, roles) = if me.can_review {
        (tr!(ACCESS_PAGE_REVIEWER_HEADING), tr!(ACCESS_PAGE_REVIEWER_BODY, me.name.clone()), Vec::new())
    } else {
        (
            tr!(ACCESS_PAGE_ROLES_HEADING),
            tr!(ACCESS_PAGE_ROLES_BODY, roles_needed_sentence(), me.name.clone(), me.role.label()),
            CLAIMING_ROLES.iter().map(|r| r.label()).collect(),
        )
    };
    let id = crate::host::Ids::here().id("page-heading");
    let labelled_by = id.clone();
    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <div class="cpor-card cpor-card--plain">
                <p class="cpor-caption">{tr!(PAGE_TITLE_ASSOCIATIONS)}</p>
                <h1 class="cpor-heading" id=id tabindex="-1">{heading}</h1>
                <p class="cpor-body">{sentence}</p>
                {(!roles.is_empty()).then(|| view! {
                    <ul class="cpor-list">{roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                })}
            </div>
        </section>
    }
}
