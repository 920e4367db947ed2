//! "Export CSV" of the associations list: every claim matching the list's
//! filters, page by page, each page tried three times; a page that still
//! can't be loaded stops the export with a message saying which, and
//! nothing is downloaded (a file without those claims would be wrong).

use cpor_core::api::v1::{ClaimPage, ClaimSummary};
use cpor_core::date::Date;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::components::icon::{icon, Icon};
use crate::components::message_bar::{Intent, MessageBar};
use crate::router::ListFilter;
use crate::state::associations::csv;

/// Claims per request of the CSV export.
const EXPORT_PAGE: u32 = 100;

/// Saves `text` as a CSV file named `name`.
fn download(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        crate::components::save_file(name, &blob);
    }
}

/// Where the CSV export stands.
#[derive(Clone, Debug, PartialEq)]
enum Export {
    Idle,
    Running,
    Done(u64),
    /// Page `n` of `pages` could not be loaded (after retries): nothing was
    /// downloaded.
    Failed(u32, u32),
}

/// Every claim matching `filter`, page by page; a page that fails is tried
/// three times, then the export stops with its number (never a partial file).
async fn export_all(filter: ListFilter) -> Result<(Vec<ClaimSummary>, Date), (u32, u32)> {
    let mut all = Vec::new();
    let mut pages = 1;
    let mut today = None;
    let mut n = 1;
    while n <= pages {
        let path = format!("/api/claims?{}&per_page={EXPORT_PAGE}", ListFilter { page: n, ..filter.clone() }.query());
        let mut page = None;
        for attempt in 0..3u32 {
            match api::get::<ClaimPage>(&path).await {
                Ok(p) => {
                    page = Some(p);
                    break;
                }
                Err(_) => api::sleep(400 * (attempt + 1)).await,
            }
        }
        let Some(p) = page else { return Err((n, pages)) };
        pages = (p.total.div_ceil(u64::from(EXPORT_PAGE)) as u32).max(1);
        today = Some(p.today);
        let empty = p.items.is_empty();
        all.extend(p.items);
        if empty {
            break;
        }
        n += 1;
    }
    today.map(|t| (all, t)).ok_or((1, 1))
}

/// The export of one list: its button and its outcome.
#[derive(Clone, Copy)]
pub struct Exporter {
    state: RwSignal<Export>,
    filter: StoredValue<ListFilter>,
}

impl Exporter {
    /// The export of the list filtered by `filter`.
    pub fn new(filter: ListFilter) -> Self {
        Self { state: RwSignal::new(Export::Idle), filter: StoredValue::new(filter) }
    }

    /// Runs the export (a second press while one runs does nothing).
    fn run(self) {
        let Some(filter) = self.filter.try_get_value() else { return };
        if self.state.get_untracked() == Export::Running {
            return;
        }
        self.state.set(Export::Running);
        let state = self.state;
        spawn_local(async move {
            let outcome = match export_all(filter).await {
                Ok((all, today)) => {
                    download(&format!("customer-associations-{today}.csv"), &csv(&all, today));
                    Export::Done(all.len() as u64)
                }
                Err((n, pages)) => Export::Failed(n, pages),
            };
            state.try_set(outcome);
        });
    }

    /// "Export CSV".
    pub fn button(self) -> impl IntoView {
        view! {
            <button
                type="button"
                class="cpor-button cpor-button--subtle cpor-export"
                aria-busy=move || if self.state.get() == Export::Running { "true" } else { "false" }
                on:click=move |_| self.run()
            >
                {icon(Icon::DOWNLOAD)}
                {tr!(EXPORT_BUTTON)}
            </button>
        }
    }

    /// How the last export went (announced).
    pub fn result(self) -> impl IntoView {
        let message = move || match self.state.get() {
            Export::Idle => None,
            Export::Running => Some(view! { <p class="cpor-export-status">{tr!(EXPORT_RUNNING)}</p> }.into_any()),
            Export::Done(n) => Some(
                view! {
                    <p class="cpor-export-status">
                        {icon(Icon::SUCCESS)}
                        {tr!(EXPORT_DONE, n)}
                    </p>
                }
                .into_any(),
            ),
            Export::Failed(n, pages) => Some(
                view! {
                    <MessageBar intent=Intent::Error title=tr!(EXPORT_FAILED_TITLE)>
                        <p>
                            {if pages > 1 {
                                tr!(EXPORT_FAILED_PAGE, n, pages)
                            } else {
                                tr!(EXPORT_FAILED)
                            }}
                            " "
                            {tr!(EXPORT_NOT_YOUR_SIDE)}
                        </p>
                        <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| self.run()>
                            {icon(Icon::RETRY)}
                            {tr!(EXPORT_RETRY)}
                        </button>
                    </MessageBar>
                }
                .into_any(),
            ),
        };
        view! { <div class="cpor-export-result" aria-live="polite">{message}</div> }
    }
}
