//! The root components: contexts, the route switch, and focus management.
//!
//! Two builds share them. `index.html` runs [`App`], every page a newcomer
//! opens; `staff.html` runs [`StaffApp`], the pages a newcomer's phone
//! never needs (the caseworker view, the print view, the settings check),
//! so their code is not part of a newcomer's first download. A route of the
//! other kind moves to the other page, address and all.

use leptos::prelude::*;

use crate::domain::checklist::Ticks;
use crate::domain::handover;
use crate::domain::i18n::REFERENCE_LOCALE;
use crate::domain::route::Route;
use crate::ui::admin::ConfigCheck;
use crate::ui::config::ConfigStore;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::guide::{GuideIndex, TopicPage};
use crate::ui::home::Home;
use crate::ui::kiosk::IdleGuard;
use crate::ui::pathway::{current_handover, CheckAndPathway, HandoverPage, MinePage, PrintPage};
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::questionnaire::{QuestionPage, QuestionnaireStart};
use crate::ui::shell::{
    FirstScreenHandoff, Footer, Header, LanguageScreen, Loading, MunicipalityScreen, NotFound,
    Notices, SkipLink,
};
use crate::ui::text::{HandedOver, Text};
use crate::web::{dom, handoff, location, router, service_worker, storage};

/// Set when a new version of the app waits to take over.
#[derive(Clone, Copy)]
pub struct UpdateAvailable(pub RwSignal<bool>);

/// The current route, shared with every component.
pub fn use_route() -> Memo<Route> {
    expect_context::<Memo<Route>>()
}

/// The pages one build shows, by route.
type Pages = fn(Route, Text) -> AnyView;

/// The newcomer's app (`index.html`).
#[component]
pub fn App() -> impl IntoView {
    view! { <Shell pages=newcomer_pages/> }
}

/// The staff pages (`staff.html`): caseworker view, print view, settings
/// check.
#[component]
pub fn StaffApp() -> impl IntoView {
    view! { <Shell pages=staff_pages/> }
}

fn newcomer_pages(route: Route, text: Text) -> AnyView {
    match route {
        Route::Home if !text.chosen.get() => view! { <LanguageScreen/> }.into_any(),
        // A regional site: the municipality next, then the start page.
        Route::Home if ConfigStore::expect().needs_municipality() => {
            view! { <MunicipalityScreen/> }.into_any()
        }
        Route::Home => view! { <Home/> }.into_any(),
        Route::Language => view! { <LanguageScreen/> }.into_any(),
        Route::Municipality => view! { <MunicipalityScreen/> }.into_any(),
        Route::Guide { query } => view! { <GuideIndex query/> }.into_any(),
        Route::Topic(id) => view! { <TopicPage id/> }.into_any(),
        Route::Questions => view! { <QuestionnaireStart/> }.into_any(),
        Route::Question { id, from_check } => view! { <QuestionPage id from_check/> }.into_any(),
        Route::Check | Route::Pathway => view! { <CheckAndPathway/> }.into_any(),
        Route::Mine(payload) => view! { <MinePage payload/> }.into_any(),
        Route::NotFound(_) => view! { <NotFound/> }.into_any(),
        Route::Print { .. } | Route::Handover(_) | Route::ConfigCheck => {
            view! { <MovesTo page=STAFF_PAGE/> }.into_any()
        }
    }
}

fn staff_pages(route: Route, _text: Text) -> AnyView {
    match route {
        Route::Print { lang } => view! { <PrintPage lang/> }.into_any(),
        Route::Handover(payload) => view! { <HandoverPage payload/> }.into_any(),
        Route::ConfigCheck => view! { <ConfigCheck/> }.into_any(),
        _ => view! { <MovesTo page=NEWCOMER_PAGE/> }.into_any(),
    }
}

/// The two pages of the build, relative to the site's folder.
const NEWCOMER_PAGE: &str = "./";
const STAFF_PAGE: &str = "staff.html";

/// A route the other page shows: go there with the same address after the
/// page name (query and hash), in place of this history entry, so Back
/// returns to where the person came from.
#[component]
fn MovesTo(page: &'static str) -> impl IntoView {
    if storage::memory_only() {
        hand_over_session();
    }
    location::replace_page(page);
    view! { <Loading/> }
}

/// Leaves the person's answers, language, municipality and checklist ticks
/// for the other page, which cannot read them from storage (`web::handoff`).
fn hand_over_session() {
    let text = expect_context::<Text>();
    if !text.chosen.get_untracked() {
        return;
    }
    let config = ConfigStore::expect();
    let answers = AnswerStore::expect();
    let session = current_handover(
        answers.answers.get_untracked(),
        text.code_untracked(),
        config.pack_untracked().country,
        config.municipality.get_untracked(),
    );
    let ticks = ChecklistStore::expect()
        .ticks
        .with_untracked(Ticks::to_stored);
    handoff::put(&handover::encode(&session), &ticks);
}

#[component]
fn Shell(pages: Pages) -> impl IntoView {
    // Kiosk mode from the start address: switch storage off before anything
    // is read, so a shared device shows nothing of the previous person.
    let kiosk_from_url = dom::kiosk_requested();
    if kiosk_from_url {
        storage::set_persistent(false);
    }
    let config = ConfigStore::provide(kiosk_from_url);
    // A session the tab's other page handed over (a kiosk's, or one without
    // storage): taken before anything, so it is gone from the tab at once.
    let handed_over = handoff::take().and_then(|h| {
        Some(HandedOver {
            handover: handover::decode(&h.payload).ok()?.handover,
            ticks: Ticks::from_stored(&h.ticks).ok(),
        })
    });
    let text = Text::provide(handed_over);
    let checklist = ChecklistStore::provide();
    let answers = AnswerStore::provide();
    // Kiosk mode from the config arrives later: wipe what was read.
    Effect::new(move |_| {
        if config.kiosk.get() {
            storage::set_persistent(false);
            if !answers.was_handed_over() && !answers.answers.with_untracked(|a| a.is_empty()) {
                answers.answers.set(Default::default());
            }
            if !checklist.was_handed_over() {
                checklist.clear_in_memory();
            }
        }
    });
    // A new version installed in the background: offer a reload.
    let update = RwSignal::new(false);
    provide_context(UpdateAvailable(update));
    // Only once the first page shows: on a slow connection the offline copy
    // must not compete with the text the person is waiting for.
    let registered = StoredValue::new(false);
    Effect::new(move |_| {
        if text.ready.get() && !registered.get_value() {
            registered.set_value(true);
            // The reference locale is every text's fallback: always kept.
            let locales = config.config.with_untracked(|c| {
                c.enabled_locales.clone().map(|mut codes| {
                    if !codes.iter().any(|c| c == REFERENCE_LOCALE) {
                        codes.push(REFERENCE_LOCALE.to_string());
                    }
                    codes
                })
            });
            let script = service_worker::script_url(locales.as_deref());
            service_worker::register_after_load(script, move || update.set(true));
        }
    });
    let hash = router::hash_signal();
    let route = Memo::new(move |_| Route::parse(&hash.get()));
    provide_context(route);

    // A new page (or the first page after choosing a language) gets focus on
    // its heading, so screen readers announce it.
    Effect::new(move |_| {
        route.track();
        text.chosen.track();
        config.municipality.track();
        if text.ready.get() {
            dom::focus_main_heading();
        }
    });

    // The check page and the pathway are one pair of pages (see
    // `CheckAndPathway`): moving between them must not rebuild the pair.
    let page_route = Memo::new(move |_| match route.get() {
        Route::Pathway => Route::Check,
        other => other,
    });
    // The questionnaire's and the pathway's texts load with their first
    // page; until then that page shows the loading screen.
    let needs_all = move || {
        !matches!(
            page_route.get(),
            Route::Home
                | Route::Language
                | Route::Municipality
                | Route::Guide { .. }
                | Route::Topic(_)
                | Route::NotFound(_)
        )
    };
    Effect::new(move |_| {
        if needs_all() {
            text.need_all();
        }
    });
    let page = move || match page_route.get() {
        _ if needs_all() && !text.has_all.get() => view! { <Loading/> }.into_any(),
        route => pages(route, text),
    };

    view! {
        <Show when=move || text.ready.get() fallback=|| view! { <Loading/> }>
            <FirstScreenHandoff/>
            <SkipLink/>
            <Header/>
            <Show when=move || config.kiosk.get()>
                <IdleGuard/>
            </Show>
            <Notices/>
            <main id="main">{page}</main>
            <Footer/>
        </Show>
    }
}
