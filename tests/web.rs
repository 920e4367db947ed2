//! Component tests in headless Chromium (wasm-bindgen-test): the real
//! components mounted into a fresh element, driven through DOM events.
#![cfg(target_arch = "wasm32")]

use cpor_claims::components::error_summary::ErrorSummary;
use cpor_claims::components::file_drop::FileDrop;
use cpor_claims::components::stepper::Stepper;
use cpor_claims::pages::new_claim::NewClaim;
use cpor_claims::state::customer::FieldMessage;
use cpor_core::access::UserRole;
use cpor_core::api::v1::Me;
use cpor_core::{ErrorCode, Field};
use leptos::mount::mount_to;
use leptos::prelude::*;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{DataTransfer, DragEvent, DragEventInit, Event, File, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn test_user() -> Me {
    Me {
        id: "test-user".into(),
        name: "Test User".into(),
        email: "test@example.com".into(),
        role: UserRole::GlobalAdmin,
        organisation: Some("org-test".into()),
        can_claim: true,
        can_review: false,
    }
}

fn fresh_container() -> HtmlElement {
    let _ = window().local_storage().unwrap().unwrap().clear();
    let el = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn input(container: &HtmlElement, id: &str) -> HtmlInputElement {
    container.query_selector(&format!("#{id}")).unwrap().expect(id).unchecked_into()
}

/// Types `value` as a user would: set the value, fire `input`, then `blur`.
async fn type_and_leave(field: &HtmlInputElement, value: &str) {
    field.set_value(value);
    field.dispatch_event(&Event::new("input").unwrap()).unwrap();
    tick().await;
    field.dispatch_event(&Event::new("blur").unwrap()).unwrap();
    tick().await;
}

fn text_of(container: &HtmlElement, selector: &str) -> Option<String> {
    container.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn tenant_field_explains_a_malformed_id_on_blur_and_clears_on_typing() {
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), || view! { <NewClaim me=test_user()/> });
    tick().await;
    let tenant = input(&container, "cpor-tenant_id");
    assert_eq!(tenant.get_attribute("aria-invalid").as_deref(), Some("false"));

    type_and_leave(&tenant, "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a1").await;
    let error = text_of(&container, "#cpor-tenant_id-error").expect("error shown on blur after an edit");
    assert!(error.contains("A tenant ID has 32 hexadecimal digits; this has 31 digits."), "{error}");
    assert_eq!(tenant.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(tenant.get_attribute("aria-describedby").unwrap().contains("cpor-tenant_id-error"));
    // The value is kept as typed.
    assert_eq!(tenant.value(), "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a1");

    // Typing clears the error at once.
    tenant.set_value("6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10");
    tenant.dispatch_event(&Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_eq!(text_of(&container, "#cpor-tenant_id-error"), None);
}

#[wasm_bindgen_test]
async fn tenant_field_accepts_and_normalises_tolerated_forms() {
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), || view! { <NewClaim me=test_user()/> });
    tick().await;
    let tenant = input(&container, "cpor-tenant_id");
    type_and_leave(&tenant, " \"{6A1F3C52-0B7E-4D2A-9F14-3C8E5B7D2A10}\" ").await;
    assert_eq!(tenant.value(), "6a1f3c52-0b7e-4d2a-9f14-3c8e5b7d2a10");
    assert_eq!(text_of(&container, "#cpor-tenant_id-error"), None);
    assert_eq!(tenant.get_attribute("aria-invalid").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn an_untouched_field_is_not_judged_on_blur() {
    let container = fresh_container();
    let _mounted = mount_to(container.clone(), || view! { <NewClaim me=test_user()/> });
    tick().await;
    let tenant = input(&container, "cpor-tenant_id");
    tenant.dispatch_event(&Event::new("blur").unwrap()).unwrap();
    tick().await;
    assert_eq!(text_of(&container, "#cpor-tenant_id-error"), None);
}

#[wasm_bindgen_test]
async fn error_summary_lists_each_problem_as_a_link_to_its_field() {
    let container = fresh_container();
    let problems = RwSignal::new(Vec::<FieldMessage>::new());
    let node_ref = NodeRef::new();
    let _mounted = mount_to(container.clone(), move || view! { <ErrorSummary problems=problems node_ref=node_ref/> });
    tick().await;
    assert!(container.query_selector("a").unwrap().is_none());
    problems.set(vec![FieldMessage::new(Field::TenantId, ErrorCode::TenantIdEmpty, "Enter the customer tenant ID.")]);
    tick().await;
    let link = container.query_selector("a").unwrap().unwrap();
    assert_eq!(link.get_attribute("href").as_deref(), Some("#cpor-tenant_id"));
    assert_eq!(link.text_content().as_deref(), Some("Enter the customer tenant ID."));
}

#[wasm_bindgen_test]
async fn stepper_says_the_step_in_text() {
    let container = fresh_container();
    let step = RwSignal::new(1usize);
    let _mounted = mount_to(container.clone(), move || view! { <Stepper current=step/> });
    tick().await;
    assert_eq!(text_of(&container, ".cpor-stepper-text").as_deref(), Some("Step 1 of 6"));
    step.set(3);
    tick().await;
    assert_eq!(text_of(&container, ".cpor-stepper-text").as_deref(), Some("Step 3 of 6"));
    assert_eq!(container.query_selector_all(".cpor-stepper-segment--done").unwrap().length(), 2);
}

fn pdf(name: &str) -> File {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(&b"%PDF-1.7 proof"[..]));
    File::new_with_u8_array_sequence(&parts, name).unwrap()
}

#[wasm_bindgen_test]
async fn file_drop_hands_over_dropped_files_and_shows_the_drag() {
    let container = fresh_container();
    let received = RwSignal::new(Vec::<String>::new());
    let on_files = Callback::new(move |files: Vec<File>| received.set(files.iter().map(File::name).collect()));
    let _mounted = mount_to(container.clone(), move || {
        view! { <FileDrop id="cpor-poe".to_owned() described_by=Signal::stored("hint".to_owned()) on_files=on_files/> }
    });
    tick().await;
    let zone: HtmlElement = container.query_selector(".cpor-drop").unwrap().unwrap().unchecked_into();

    // A real, keyboard-reachable file input labelled "Browse files".
    let input = input(&container, "cpor-poe");
    assert_eq!(input.type_(), "file");
    assert!(input.multiple());
    assert!(input.accept().contains(".pdf"));
    let label = container.query_selector("label[for=cpor-poe]").unwrap().unwrap();
    assert_eq!(label.text_content().as_deref(), Some("Browse files"));

    let transfer = DataTransfer::new().unwrap();
    transfer.items().add_with_file(&pdf("signed-acknowledgement.pdf")).unwrap();
    transfer.items().add_with_file(&pdf("statement-of-work.pdf")).unwrap();
    let init = DragEventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_data_transfer(Some(&transfer));

    zone.dispatch_event(&DragEvent::new_with_event_init_dict("dragover", &init).unwrap()).unwrap();
    tick().await;
    assert!(zone.class_list().contains("cpor-drop--over"), "the zone shows a drag over it");

    let drop = DragEvent::new_with_event_init_dict("drop", &init).unwrap();
    zone.dispatch_event(&drop).unwrap();
    tick().await;
    assert!(drop.default_prevented(), "the browser must not open the dropped file");
    assert!(!zone.class_list().contains("cpor-drop--over"));
    assert_eq!(received.get_untracked(), ["signed-acknowledgement.pdf", "statement-of-work.pdf"]);
}

/// The app writes whole numbers below 1,000 itself (`cpor_claims::i18n`:
/// no `Intl.NumberFormat` for them); that holds only while the browser's
/// `Intl` writes each of them the same in every language the app has.
#[wasm_bindgen_test]
fn whole_numbers_below_a_thousand_read_the_same_as_intl_in_every_language() {
    for tag in ["en-GB", "en-US", "de-DE", "de-AT", "de-CH", "fr-FR", "fr-CA", "fr-CH", "ja-JP"] {
        let locales = js_sys::Array::of1(&tag.into());
        let format = js_sys::Intl::NumberFormat::new(&locales, &js_sys::Object::new()).format();
        for n in 0..1000 {
            let intl = format.call1(&wasm_bindgen::JsValue::NULL, &(n as f64).into()).unwrap().as_string().unwrap();
            assert_eq!(intl, cpor_i18n::plain_number(tag, n as f64), "{n} in {tag}");
        }
    }
}
