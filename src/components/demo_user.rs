//! The standalone demo's user picker: sign in as any seeded user, to see the
//! flow as each role does. Shown only when the server runs in demo mode.

use cpor_core::api::v1::Me;
use cpor_i18n::tr;
use leptos::prelude::*;

/// The picker; renders nothing without demo users.
#[component]
pub fn DemoUserPicker(
    /// The seeded users.
    #[prop(into)]
    users: Signal<Vec<Me>>,
    /// The signed-in user's id.
    #[prop(into)]
    current: Signal<Option<String>>,
    /// Called with the chosen user's id.
    on_switch: Callback<String>,
) -> impl IntoView {
    let id = crate::host::Ids::here().id("demo-user");
    move || {
        let list = users.get();
        let id = id.clone();
        (!list.is_empty()).then(|| {
            let selected = current.get().unwrap_or_default();
            view! {
                <div class="cpor-demo-bar">
                    <label class="cpor-demo-label" for=id.clone()>{tr!(COMPONENT_DEMO_USER)}</label>
                    <select
                        class="cpor-select"
                        id=id
                        on:change:target=move |ev| { on_switch.try_run(ev.target().value()); }
                    >
                        {list
                            .into_iter()
                            .map(|u| {
                                let is_current = u.id == selected;
                                let text = tr!(COMPONENT_DEMO_USER_OPTION, u.name.clone(), u.role.label());
                                view! { <option value=u.id selected=is_current>{text}</option> }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
        })
    }
}
