//! Sending proof-of-execution files to a claim: the drop zone, each file
//! checked in the browser by `cpor-core` (type by content, size, count)
//! before it is sent, then uploaded with its progress shown. A refused or
//! failed file stays listed with its message (and Retry when the service,
//! not the file, failed) until dismissed.

use std::future::Future;
use std::pin::Pin;

use cpor_core::api::v1::PoeFile;
use cpor_core::poe::{check_file, SNIFF_BYTES};
use cpor_core::ErrorCode;
use cpor_i18n::tr;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::File;

use crate::api::{self, ApiError};
use crate::components::field::ErrorMessage;
use crate::components::file_drop::FileDrop;
use crate::state::form::FieldMessage;

/// The claim the files go to, found (or made, for a new draft) when the
/// first file is sent; `None` when that failed.
pub type ClaimIdSource = Callback<(), Pin<Box<dyn Future<Output = Option<String>>>>>;

/// A file on its way to the server, or refused.
#[derive(Clone)]
struct Upload {
    id: u32,
    /// The upload's Idempotency-Key, kept for Retry (never stored twice).
    key: String,
    name: String,
    progress: f64,
    error: Option<FieldMessage>,
    file: File,
}

async fn read_head(file: &File) -> Vec<u8> {
    let Ok(head) = file.slice_with_i32_and_i32(0, SNIFF_BYTES as i32) else { return Vec::new() };
    match wasm_bindgen_futures::JsFuture::from(head.array_buffer()).await {
        Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
        Err(_) => Vec::new(),
    }
}

/// What the partner is told when a file could not be sent.
fn upload_unavailable() -> String {
    tr!(COMPONENT_UPLOAD_UNAVAILABLE)
}

/// The drop zone and the files being sent.
#[component]
pub fn PoeUpload(
    /// The answer's path: messages carry it, the file input's id is made from it.
    path: &'static str,
    /// Element ids describing the zone (hint, errors).
    #[prop(into)]
    described_by: Signal<String>,
    /// How many files the claim already has (the count limit).
    #[prop(into)]
    file_count: Signal<usize>,
    /// The claim's id.
    claim_id: ClaimIdSource,
    /// Called with each file the server stored.
    on_uploaded: Callback<PoeFile>,
    /// Counts the uploads under way, for pages that must wait for them.
    #[prop(optional)]
    busy: Option<RwSignal<u32>>,
) -> impl IntoView {
    let ids = crate::host::Ids::here();
    let uploads = RwSignal::new_local(Vec::<Upload>::new());
    let next_id = StoredValue::new(0u32);
    let announcement = RwSignal::new(String::new());

    let send = move |upload: Upload| {
        spawn_local(async move {
            let set = move |f: &dyn Fn(&mut Upload)| {
                uploads.try_update(|list| {
                    if let Some(u) = list.iter_mut().find(|u| u.id == upload.id) {
                        f(u);
                    }
                });
            };
            set(&|u| {
                u.error = None;
                u.progress = 0.0;
            });
            if let Some(b) = busy {
                b.try_update(|n| *n += 1);
            }
            let done = move || {
                if let Some(b) = busy {
                    b.try_update(|n| *n = n.saturating_sub(1));
                }
            };
            let Some(claim) = claim_id.try_run(()) else { return };
            let Some(claim) = claim.await else {
                set(&|u| u.error = Some(FieldMessage::at(path, ErrorCode::ServiceUnavailable, upload_unavailable())));
                done();
                return;
            };
            let upload_id = upload.id;
            let progress = move |p: f64| {
                uploads.try_update(|list| {
                    if let Some(u) = list.iter_mut().find(|u| u.id == upload_id) {
                        u.progress = p;
                    }
                });
            };
            let result =
                api::upload::<PoeFile>(&format!("/api/claims/{claim}/files"), &upload.file, &upload.key, progress)
                    .await;
            done();
            match result {
                Ok(file) => {
                    announcement.try_set(tr!(COMPONENT_UPLOAD_DONE, file.name.clone()));
                    uploads.try_update(|list| list.retain(|u| u.id != upload_id));
                    on_uploaded.try_run(file);
                }
                Err(e) => {
                    let message = match e {
                        ApiError::Problem(p) => FieldMessage::from_problem(path, &p),
                        _ => FieldMessage::at(path, ErrorCode::ServiceUnavailable, upload_unavailable()),
                    };
                    announcement.try_set(tr!(COMPONENT_UPLOAD_PROBLEM, upload.name.clone(), message.message.clone()));
                    set(&|u| u.error = Some(message.clone()));
                }
            }
        });
    };

    let on_files = Callback::new(move |files: Vec<File>| {
        spawn_local(async move {
            for file in files {
                let name = file.name();
                let size = file.size() as u64;
                let head = read_head(&file).await;
                // The page may have gone while the file was read.
                let (Some(count), Some(n)) = (file_count.try_get_untracked(), next_id.try_get_value()) else { return };
                let already =
                    count + uploads.try_with_untracked(|l| l.iter().filter(|u| u.error.is_none()).count()).unwrap_or(0);
                next_id.try_set_value(n + 1);
                let error = check_file(&name, size, &head, already).err().map(|e| {
                    FieldMessage::at(path, e.code(), tr!(COMPONENT_UPLOAD_PROBLEM, name.clone(), e.to_string()))
                });
                let upload = Upload { id: n, key: api::new_key(), name, progress: 0.0, error: error.clone(), file };
                uploads.try_update(|l| l.push(upload.clone()));
                match error {
                    Some(m) => {
                        announcement.try_set(m.message);
                    }
                    None => send(upload),
                }
            }
        });
    });

    view! {
        <FileDrop id=ids.field(path) described_by=described_by on_files=on_files/>
        <ul class="cpor-files" aria-label=tr!(COMPONENT_UPLOAD_LIST)>
            {move || uploads.get().into_iter().map(|u| {
                let percent = (u.progress * 100.0).round() as u32;
                let retry = u.clone();
                let n = u.id;
                view! {
                    <li class="cpor-file" class:cpor-file--error=u.error.is_some()>
                        <span class="cpor-file-name">{u.name.clone()}</span>
                        {match u.error.clone() {
                            None => view! {
                                <progress class="cpor-progress" max="100" value=percent aria-label=tr!(COMPONENT_UPLOAD_PROGRESS, u.name.clone())></progress>
                                <span class="cpor-file-meta">{tr!(COMPONENT_UPLOAD_PERCENT, percent)}</span>
                            }.into_any(),
                            Some(m) => {
                                let transient = m.code == ErrorCode::ServiceUnavailable;
                                view! {
                                    <ErrorMessage id=ids.id(&format!("upload-{n}-error")) message=m/>
                                    {transient.then(|| view! {
                                        <button type="button" class="cpor-button cpor-button--secondary" on:click=move |_| send(retry.clone())>
                                            {tr!(COMPONENT_RETRY)}
                                        </button>
                                    })}
                                    <button
                                        type="button"
                                        class="cpor-button cpor-button--link"
                                        on:click=move |_| uploads.update(|l| l.retain(|x| x.id != n))
                                    >
                                        {tr!(COMPONENT_UPLOAD_DISMISS)}
                                    </button>
                                }.into_any()
                            }
                        }}
                    </li>
                }
            }).collect_view()}
        </ul>
        <p class="cpor-visually-hidden" role="status" aria-live="polite">{move || announcement.get()}</p>
    }
}
