//! The app's pages as parts of the module that are downloaded when first
//! needed. The release build splits the wasm at each `part!` below
//! (`scripts/build-app.mjs`): the first download holds the runtime, sign-in
//! and the shared components; each page's own code is a file of its own,
//! fetched when that page is first shown, and every other page's part is
//! fetched in the background once the first page is on screen.
//!
//! A part that does not download (the network dropped) never stops the app:
//! the page says so, with a Retry that fetches it again, and nothing typed
//! on another page is touched. Without `--cfg cpor_split` (component tests,
//! `cargo check`) every part is in the one module and "loads" at once.

// The split macro's generated linkage (an import the split step rewrites
// and the exported body it calls) is the only unsafe code in the app.
#![allow(unsafe_code)]

use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

use cpor_core::api::v1::Me;
use cpor_i18n::{msg, t, tr, Msg};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::unavailable::Unavailable;
use crate::pages::claim_actions::{Forms, Panel};
use crate::pages::simple::part_missing;
use crate::router::{ListFilter, Route};

/// Told when a page appears after its part has downloaded (the app then
/// moves focus to its heading, as it does for a page shown at once).
#[derive(Clone, Copy)]
pub struct PageShown(pub Callback<()>);

/// A part of the module that did not download.
#[derive(Debug)]
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Declares a part: `$load` downloads it (once) and hands back the function
/// that renders its page; `$preload` only downloads it.
/// `$load` may also hand back another value of the part (`-> $ty = $value`).
macro_rules! part {
    ($(#[$doc:meta])* $chunk:ident: $load:ident, $preload:ident, $args:ty => $render:expr) => {
        part! { $(#[$doc])* $chunk: $load, $preload, -> fn($args) -> AnyView = $render }
    };
    ($(#[$doc:meta])* $chunk:ident: $load:ident, $preload:ident, -> $ty:ty = $value:expr) => {
        $(#[$doc])*
        #[cfg(cpor_split)]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] $preload))]
        pub(crate) fn $load() -> Result<$ty, PartMissing> {
            Ok($value)
        }

        $(#[$doc])*
        #[cfg(not(cpor_split))]
        pub(crate) async fn $load() -> Result<$ty, PartMissing> {
            Ok($value)
        }

        #[cfg(not(cpor_split))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}

part! {
    /// The customer associations list.
    associations: load_associations, preload_associations, (ListFilter, bool, Callback<String>) =>
        |(filter, can_claim, on_resume)| {
            use crate::pages::associations::Associations;
            view! { <Associations filter=filter can_claim=can_claim on_resume=on_resume/> }.into_any()
        }
}

part! {
    /// The claim flow.
    new_claim: load_new_claim, preload_new_claim, (Me, Option<String>) =>
        |(me, resume)| {
            use crate::pages::new_claim::NewClaim;
            view! { <NewClaim me=me resume=resume/> }.into_any()
        }
}

part! {
    /// Steps 2 to 6 of the claim flow (step 1 is in the flow's own part, so
    /// a new claim starts without them).
    later_steps: load_later_steps, preload_later_steps, (usize, Callback<usize>) =>
        |(step, go)| {
            use crate::pages::steps::answers::AnswersStep;
            use crate::pages::steps::details::DetailsStep;
            use crate::pages::steps::evidence::EvidenceStep;
            use crate::pages::steps::products::ProductsStep;
            use crate::pages::steps::role::RoleStep;
            match step {
                2 => view! { <RoleStep/> }.into_any(),
                3 => view! { <ProductsStep/> }.into_any(),
                4 => view! { <DetailsStep/> }.into_any(),
                5 => view! { <EvidenceStep/> }.into_any(),
                _ => view! { <AnswersStep go=go/> }.into_any(),
            }
        }
}

part! {
    /// What steps 2 to 6 bring to the flow besides their views: their rules,
    /// the submit and the confirmation (`crate::pages::later`).
    later_steps: load_later_rules, preload_later_rules, -> crate::pages::later::LaterSteps =
        crate::pages::later::LaterSteps::here()
}

/// A later step's view, with the later steps' rules (in the same part, so
/// they come with it: a Retry of the view brings them too).
async fn load_later_step() -> Result<fn((usize, Callback<usize>)) -> AnyView, PartMissing> {
    let view = load_later_steps().await?;
    let _ = crate::pages::later::fetch().await;
    Ok(view)
}

part! {
    /// A claim's own page.
    claim: load_claim, preload_claim, (String, Callback<String>) =>
        |(id, on_resume)| {
            use crate::pages::claim::ClaimPage;
            view! { <ClaimPage id=id on_resume=on_resume/> }.into_any()
        }
}

part! {
    /// The forms under a claim's action buttons (edit, resubmit, dispute,
    /// withdraw), so a claim's page opens without the flow's fields and
    /// uploads.
    claim_forms: load_claim_form, preload_claim_forms, (Forms, Panel) =>
        |(forms, panel)| crate::pages::claim_actions::forms::form(forms, panel)
}

part! {
    /// The reviewers' queue.
    review: load_review_queue, preload_review, () =>
        |()| {
            use crate::pages::review::ReviewQueue;
            view! { <ReviewQueue/> }.into_any()
        }
}

part! {
    /// A claim's review page: the claim, the decisions and the arbitration
    /// view (a part apart from the queue, which a reviewer sees first).
    review_page: load_review_page, preload_review_page, String =>
        |id| {
            use crate::pages::review::ReviewPage;
            view! { <ReviewPage id=id/> }.into_any()
        }
}

part! {
    /// The pages few users see: page not found, the note at the reviewers'
    /// addresses, and the notices of someone who may not claim or whom
    /// the app can't sign in (`crate::pages::access`).
    notices: load_notices, preload_notices, Notice => crate::pages::access::notice
}

/// One of the pages few users see (their part: `notices`).
#[derive(Clone)]
pub enum Notice {
    /// "Page not found".
    NotFound,
    /// A partner at the reviewers' addresses.
    ReviewersOnly,
    /// A signed-in user who may not claim.
    Access(Me),
    /// The user's organisation isn't registered: the server's refusal.
    NotRegistered(Box<cpor_core::api::v1::Problem>),
    /// Nobody is signed in.
    SignedOut {
        /// Whether a host page signs users in.
        embedded: bool,
        /// Tries again (after the user signed in).
        on_retry: Callback<()>,
    },
}

part! {
    /// The compact view of recent claims.
    recent: load_recent, preload_recent, Me =>
        |me| {
            use crate::pages::recent::RecentClaims;
            view! { <RecentClaims me=me/> }.into_any()
        }
}

part! {
    /// The standalone page's tools (language and demo-user pickers).
    tools: load_tools, preload_tools, crate::components::tools::Tools => crate::components::tools::bar
}

/// The standalone page's tools, downloaded once `wanted` (the first page
/// or notice is on screen) and shown when here, below the page (nothing
/// moves when they arrive). A download that fails leaves them out: nothing
/// of the app needs them.
pub fn tools(tools: crate::components::tools::Tools, wanted: Signal<bool>) -> AnyView {
    static HERE: OnceLock<fn(crate::components::tools::Tools) -> AnyView> = OnceLock::new();
    let here = RwSignal::new(HERE.get().copied());
    Effect::new(move |_| {
        if wanted.get() && here.get_untracked().is_none() {
            spawn_local(async move {
                if let Ok(render) = load_tools().await {
                    let _ = HERE.set(render);
                    here.try_set(Some(render));
                }
            });
        }
    });
    view! { <div class="cpor-tools">{move || here.get().map(|render| render(tools.clone()))}</div> }.into_any()
}

/// Where a part's download stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Download {
    Running,
    Failed,
    Done,
}

/// What a part shows: a whole page, or a piece of one under the page's own
/// heading (a step of the flow, a claim's form), with what to say when it
/// doesn't download; or a notice to someone who can't use the rest of the
/// app (signed out, not registered, may not claim): the other parts are
/// then not fetched in the background, and a notice that doesn't download
/// says so with Retry, without a way to a list it can't show.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Shows {
    Page,
    Piece(Msg<0>),
    Notice,
}

/// The page of a part: at once when its part is here, else a short
/// "Loading" until it is (or a Retry when it did not download).
fn show<A, F>(here: &'static OnceLock<fn(A) -> AnyView>, load: fn() -> F, shows: Shows, args: A) -> AnyView
where
    A: Clone + Send + Sync + 'static,
    F: Future<Output = Result<fn(A) -> AnyView, PartMissing>> + 'static,
{
    // The other parts follow a page in the background, never a notice.
    let then_the_rest = move || {
        if shows != Shows::Notice {
            fetch_the_rest();
        }
    };
    if let Some(render) = here.get() {
        then_the_rest();
        return render(args);
    }
    let shown = use_context::<PageShown>();
    let state = RwSignal::new(Download::Running);
    let fetch = move || {
        state.set(Download::Running);
        spawn_local(async move {
            match load().await {
                Ok(render) => {
                    let _ = here.set(render);
                    state.try_set(Download::Done);
                }
                Err(PartMissing) => {
                    state.try_set(Download::Failed);
                }
            }
        });
    };
    fetch();
    (move || match state.get() {
        Download::Running => view! { <p class="cpor-loading" role="status">{tr!(APP_LOADING)}</p> }.into_any(),
        Download::Failed if shows != Shows::Page => {
            let message = match shows {
                Shows::Piece(message) => t(message, []),
                Shows::Notice => tr!(PAGE_PART_MISSING),
                Shows::Page => String::new(),
            };
            view! { <Unavailable message=message on_retry=Callback::new(move |()| fetch()) alert=true/> }.into_any()
        }
        Download::Failed => {
            let title =
                use_context::<crate::router::Router>().map(|r| r.route.get_untracked().title()).unwrap_or_default();
            part_missing(title, Callback::new(move |()| fetch()))
        }
        Download::Done => match here.get() {
            Some(render) => {
                then_the_rest();
                let page = render(args.clone());
                if let Some(PageShown(shown)) = shown {
                    shown.run(());
                }
                page
            }
            None => ().into_any(),
        },
    })
    .into_any()
}

macro_rules! pages {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*) => $load:ident, $shows:expr;)*) => {
        $(
            $(#[$doc])*
            pub fn $name($($arg: $ty),*) -> AnyView {
                #[allow(unused_parens)]
                static HERE: OnceLock<fn(($($ty),*)) -> AnyView> = OnceLock::new();
                show(&HERE, $load, $shows, ($($arg),*))
            }
        )*
    };
}

pages! {
    /// The customer associations list.
    associations(filter: ListFilter, can_claim: bool, on_resume: Callback<String>) => load_associations, Shows::Page;
    /// The claim flow (with the server draft to open, if any).
    new_claim(me: Me, resume: Option<String>) => load_new_claim, Shows::Page;
    /// Step `step` (2 to 6) of the claim flow.
    later_step(step: usize, go: Callback<usize>) => load_later_step, Shows::Piece(msg::APP_STEP_MISSING);
    /// A claim's page.
    claim(id: String, on_resume: Callback<String>) => load_claim, Shows::Page;
    /// The form of `panel` under a claim's action buttons.
    claim_form(forms: Forms, panel: Panel) => load_claim_form, Shows::Piece(msg::APP_FORM_MISSING);
    /// The reviewers' queue.
    review_queue() => load_review_queue, Shows::Page;
    /// A claim's review page.
    review_page(id: String) => load_review_page, Shows::Page;
    /// The compact view of recent claims.
    recent(me: Me) => load_recent, Shows::Page;
}

/// One of the pages few users see: "page not found" and the note at the
/// reviewers' addresses as pages of a signed-in claimant (the other parts
/// follow in the background), the others as notices.
pub fn notice(notice: Notice) -> AnyView {
    static HERE: OnceLock<fn(Notice) -> AnyView> = OnceLock::new();
    let shows = match notice {
        Notice::NotFound | Notice::ReviewersOnly => Shows::Page,
        _ => Shows::Notice,
    };
    show(&HERE, load_notices, shows, notice)
}

/// Starts downloading the part `route` shows a claimant (or, in the
/// compact view, the recent claims), before it is known who signs in: the
/// part arrives together with the user's details.
pub fn start_for(route: &Route, compact: bool) {
    let preload = match route {
        _ if compact => preload_recent().boxed(),
        Route::Associations(_) => preload_associations().boxed(),
        Route::NewClaim => preload_new_claim().boxed(),
        Route::Claim(_) => preload_claim().boxed(),
        Route::ReviewQueue => preload_review().boxed(),
        Route::Review(_) => preload_review_page().boxed(),
        Route::NotFound => preload_notices().boxed(),
    };
    spawn_local(async move {
        let _ = preload.await;
    });
}

/// Starts downloading the forms under a claim's action buttons (its page
/// offers an action: the form is then here before it is asked for).
pub fn start_claim_forms() {
    spawn_local(async {
        let _ = preload_claim_forms().await;
    });
}

/// Once a first page is on screen, downloads every other part in the
/// background (one at a time, after a moment), so later pages open at once.
/// It stops when the last mount goes (and starts again with the next one).
fn fetch_the_rest() {
    static STARTED: AtomicBool = AtomicBool::new(false);
    if STARTED.swap(true, Ordering::Relaxed) {
        return;
    }
    // From now on the loader fetches a part's modules one by one, skipping
    // those already here, instead of the part's pack (scripts/build-app.mjs).
    let _ = js_sys::Reflect::set(&js_sys::global(), &"cporPartsInBackground".into(), &true.into());
    set_timeout(
        || {
            spawn_local(async {
                let parts: [fn() -> Preload; 8] = [
                    || preload_associations().boxed(),
                    || preload_new_claim().boxed(),
                    || preload_later_steps().boxed(),
                    || preload_claim().boxed(),
                    || preload_claim_forms().boxed(),
                    || preload_review().boxed(),
                    || preload_review_page().boxed(),
                    || preload_notices().boxed(),
                ];
                for part in parts {
                    if !crate::api::in_use() {
                        STARTED.store(false, Ordering::Relaxed);
                        return;
                    }
                    let _ = part().await;
                }
            })
        },
        std::time::Duration::from_millis(300),
    );
}

/// A part's download, boxed so the parts' different futures fit one type.
type Preload = std::pin::Pin<Box<dyn Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>>>>;

trait Boxed {
    fn boxed(self) -> Preload;
}

impl<F: Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static> Boxed for F {
    fn boxed(self) -> Preload {
        Box::pin(self)
    }
}
