//! A drop zone for proof-of-execution files with a real "Browse files"
//! button (a labelled file input, so it works by keyboard and with screen
//! readers), handing the chosen files to the page.

use cpor_core::poe::PoeKind;
use cpor_i18n::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DragEvent, File, FileList, HtmlInputElement};

fn files_of(list: Option<FileList>) -> Vec<File> {
    let Some(list) = list else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The drop zone.
#[component]
pub fn FileDrop(
    /// The file input's element id (error summary links focus it).
    id: String,
    /// Element ids describing the zone (hint, errors).
    #[prop(into)]
    described_by: Signal<String>,
    /// Called with the files dropped or chosen.
    on_files: Callback<Vec<File>>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(false);
        let files = files_of(ev.data_transfer().and_then(|dt| dt.files()));
        if !files.is_empty() {
            on_files.try_run(files);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        let files = files_of(input.files());
        // Cleared so choosing the same file again (after removing it) works.
        input.set_value("");
        if !files.is_empty() {
            on_files.try_run(files);
        }
    };
    view! {
        <div
            class="cpor-drop"
            class:cpor-drop--over=move || over.get()
            on:dragover=move |ev: DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <p class="cpor-drop-text">{tr!(COMPONENT_FILE_DROP_TEXT)}</p>
            <input
                class="cpor-visually-hidden cpor-drop-input"
                type="file"
                id=id.clone()
                multiple
                accept=PoeKind::ACCEPTED_EXTENSIONS
                aria-describedby=move || described_by.get()
                on:change=on_change
            />
            <label class="cpor-button cpor-button--secondary" for=id>{tr!(COMPONENT_FILE_DROP_BROWSE)}</label>
        </div>
    }
}
