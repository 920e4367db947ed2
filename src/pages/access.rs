//! What a signed-in user who may not create claims sees instead of the flow:
//! a partner user without a claiming role learns which roles are needed and
//! whom to ask; a reviewer that reviewers don't create claims.

use cpor_core::access::{roles_needed_sentence, CLAIMING_ROLES};
use cpor_core::api::v1::Me;
use leptos::prelude::*;

/// The explanation for `me`, who may not claim.
#[component]
pub fn AccessNotice(
    /// The signed-in user.
    me: Me,
) -> impl IntoView {
    let (heading, sentence, roles) = if me.can_review {
        (
            "Partners create customer associations",
            format!("You're signed in as {}, a reviewer. Reviewers review claims; they don't create them.", me.name),
            Vec::new(),
        )
    } else {
        (
            "You need another role to claim customers",
            format!("{} You're signed in as {} ({}).", roles_needed_sentence(), me.name, me.role.label()),
            CLAIMING_ROLES.iter().map(|r| r.label()).collect(),
        )
    };
    let id = crate::host::Ids::here().id("page-heading");
    let labelled_by = id.clone();
    view! {
        <section class="cpor-page" aria-labelledby=labelled_by>
            <div class="cpor-card cpor-card--plain">
                <p class="cpor-caption">"Customer associations"</p>
                <h1 class="cpor-heading" id=id tabindex="-1">{heading}</h1>
                <p class="cpor-body">{sentence}</p>
                {(!roles.is_empty()).then(|| view! {
                    <ul class="cpor-list">{roles.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
                })}
            </div>
        </section>
    }
}
