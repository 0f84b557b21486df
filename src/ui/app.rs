//! The root component: contexts, the route switch, and focus management.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::ui::guide::checklist::ChecklistStore;
use crate::ui::guide::{GuideIndex, TopicPage};
use crate::ui::home::Home;
use crate::ui::pathway::{HandoverPage, PathwayPage, PrintPage};
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::questionnaire::{CheckAnswers, QuestionPage, QuestionnaireStart};
use crate::ui::shell::{Footer, Header, LanguageScreen, Loading, NotFound, Notices, SkipLink};
use crate::ui::text::Text;
use crate::web::{dom, router};

/// The current route, shared with every component.
pub fn use_route() -> Memo<Route> {
    expect_context::<Memo<Route>>()
}

#[component]
pub fn App() -> impl IntoView {
    let text = Text::provide();
    ChecklistStore::provide();
    AnswerStore::provide();
    let hash = router::hash_signal();
    let route = Memo::new(move |_| Route::parse(&hash.get()));
    provide_context(route);

    // A new page (or the first page after choosing a language) gets focus on
    // its heading, so screen readers announce it.
    Effect::new(move |_| {
        route.track();
        text.chosen.track();
        if text.ready.get() {
            dom::focus_main_heading();
        }
    });

    let page = move || match route.get() {
        Route::Home if !text.chosen.get() => view! { <LanguageScreen/> }.into_any(),
        Route::Home => view! { <Home/> }.into_any(),
        Route::Language => view! { <LanguageScreen/> }.into_any(),
        Route::Guide { query } => view! { <GuideIndex query/> }.into_any(),
        Route::Topic(id) => view! { <TopicPage id/> }.into_any(),
        Route::Questions => view! { <QuestionnaireStart/> }.into_any(),
        Route::Question { id, from_check } => view! { <QuestionPage id from_check/> }.into_any(),
        Route::Check => view! { <CheckAnswers/> }.into_any(),
        Route::Pathway => view! { <PathwayPage/> }.into_any(),
        Route::Print { lang } => view! { <PrintPage lang/> }.into_any(),
        Route::Handover(payload) => view! { <HandoverPage payload/> }.into_any(),
        Route::NotFound(_) => view! { <NotFound/> }.into_any(),
    };

    view! {
        <Show when=move || text.ready.get() fallback=|| view! { <Loading/> }>
            <SkipLink/>
            <Header/>
            <Notices/>
            <main id="main">{page}</main>
            <Footer/>
        </Show>
    }
}
