//! The person's suggested pathway in their language, with the ways to take
//! it to the appointment: print, save a file, share, QR code.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::answers::Today;
use crate::domain::assessment::{Step, Timing};
use crate::domain::handover::{encode, to_file, Date, Handover};
use crate::domain::pack::Country;
use crate::domain::route::Route;
use crate::ui::app::use_route;
use crate::ui::config::ConfigStore;
use crate::ui::office::LocalOffices;
use crate::ui::pathway::qr::QrCodeView;
use crate::ui::pathway::report::step_view;
use crate::ui::questionnaire::store::AnswerStore;
use crate::ui::text::use_text;
use crate::web::{dom, files};

/// The handover of the current answers, made now, with the pack and the
/// municipality they belong to.
pub fn current_handover(
    answers: crate::domain::answers::Answers,
    locale: String,
    country: Country,
    municipality: Option<String>,
) -> Handover {
    let (year, month, day) = dom::today_date();
    Handover {
        answers,
        locale,
        created: Date { year, month, day },
        country,
        municipality,
    }
}

pub fn handover_link(h: &Handover) -> String {
    format!(
        "{}{}",
        files::app_base(),
        Route::Handover(Some(encode(h))).href()
    )
}

/// On a kiosk the QR code takes the answers home: it opens the person's own
/// view on their phone, not the caseworker's.
pub fn take_home_link(h: &Handover) -> String {
    format!("{}{}", files::app_base(), Route::Mine(encode(h)).href())
}

/// How many steps of the first timing group the first screen shows (with
/// their local offices): a phone's screen holds one or two.
const FIRST_SCREEN_STEPS: usize = 2;

#[derive(Clone, Copy)]
enum Part {
    FirstScreen,
    Rest,
}

/// The timings that have steps, in order.
fn timings(steps: &[Step]) -> impl Iterator<Item = Timing> + '_ {
    [Timing::Now, Timing::Soon, Timing::Later]
        .into_iter()
        .filter(|t| steps.iter().any(|s| s.timing == *t))
}

#[component]
pub fn PathwayPage() -> impl IntoView {
    let text = use_text();
    let store = AnswerStore::expect();
    let config = ConfigStore::expect();
    let show_qr = RwSignal::new(false);
    let status: RwSignal<Option<&'static str>> = RwSignal::new(None);

    // The first screen shows the first timing group's first steps. The rest
    // of the page, some nine screens, is built once the page shows and the
    // browser is idle, so the tap on "see my pathway" waits only for what it
    // shows. Built ahead on the check page, the pathway waits hidden with its
    // first screen only: showing a hidden page restyles all of it. Kept
    // for the budget of pathway + QR code (50 ms): built all at once, with
    // the check page and the pathway as two pages, that tap pair took about
    // twice as long (A/B at 4x, 109 -> 203 ms on a loaded machine).
    let rest_shown = RwSignal::new(false);
    let route = use_route();
    Effect::new(move |_| {
        if route.get() == Route::Pathway && !rest_shown.get_untracked() {
            dom::when_idle(Box::new(move || {
                // Once: a second `set` would build the rest again.
                if rest_shown.try_get_untracked() == Some(false) {
                    rest_shown.set(true);
                }
            }));
        }
    });
    let steps = Memo::new(move |_| {
        let (year, month) = dom::today();
        let pack = config.pack();
        store
            .answers
            .with(|a| (pack.pathway)(a, Today { year, month }))
    });
    // The steps of each timing group that has any, in order; `part` picks
    // the first screen's steps or the rest.
    let steps_of = move |group: usize, part: Part| {
        let loc = text.localizer();
        steps.with(|steps| {
            let timing = timings(steps).nth(group)?;
            let first = usize::from(group == 0) * FIRST_SCREEN_STEPS;
            let (skip, take) = match part {
                Part::FirstScreen => (0, first),
                Part::Rest => (first, usize::MAX),
            };
            Some(
                steps
                    .iter()
                    .filter(|s| s.timing == timing)
                    .skip(skip)
                    .take(take)
                    .map(|s| {
                        view! {
                            {step_view(config.pack_untracked(), &loc, s, 3)}
                            <LocalOffices target=s.id.to_string()/>
                        }
                    })
                    .collect_view(),
            )
        })
    };
    let group_view = move |group: usize| {
        let timing = steps.with(|steps| timings(steps).nth(group))?;
        Some(view! {
            <section class="timing-group" data-timing=timing.key()>
                <h2>{text.localizer().text(timing.key())}</h2>
                {move || steps_of(group, Part::FirstScreen)}
                {move || rest_shown.get().then(|| steps_of(group, Part::Rest))}
            </section>
        })
    };

    let handover = move || {
        current_handover(
            store.answers.get(),
            text.code(),
            config.pack().country,
            config.municipality.get(),
        )
    };
    let qr_data = move || {
        if config.kiosk.get() {
            take_home_link(&handover())
        } else {
            handover_link(&handover())
        }
    };
    let save = move |_| {
        let h = handover();
        let name = format!("answers-{}.json", h.created.iso());
        status.set(Some(
            if files::save_text(&name, "application/json", &to_file(&h)) {
                "pw-saved"
            } else {
                "pw-share-failed"
            },
        ));
    };
    let share = move |_| {
        let link = handover_link(&handover());
        let title = text.t("pw-title");
        spawn_local(async move {
            if !files::share(&title, &link).await {
                status.set(Some("pw-share-failed"));
            }
        });
    };

    view! {
        <section class="page pathway">
            <h1 tabindex="-1">{text.tr("pw-title")}</h1>
            <p class="disclaimer" role="note">{text.tr("pw-disclaimer")}</p>
            <Show
                when=move || store.answers.with(|a| !a.is_empty())
                fallback=move || view! {
                    <p>{text.tr("pw-no-answers")}</p>
                    <p><a class="button" href=Route::Questions.href()>{text.tr("pw-start-questions")}</a></p>
                }
            >
                <p class="lead">{text.tr("pw-intro")}</p>
                {move || group_view(0)}
                {move || rest_shown.get().then(|| view! {
                    {group_view(1)}
                    {group_view(2)}
                    <section class="take-away" aria-labelledby="take-heading">
                        <h2 id="take-heading">{text.tr("pw-take-heading")}</h2>
                        <p>{text.tr("pw-take-intro")}</p>
                        <div class="button-row">
                            <a class="button" href=Route::Print { lang: None }.href()>{text.tr("pw-print")}</a>
                            // A file saved or shared on a shared device would stay
                            // there: the kiosk offers the QR code and print only.
                            {move || (!config.kiosk.get()).then(|| view! {
                                <button type="button" class="button" on:click=save>{text.tr("pw-save")}</button>
                            })}
                            {move || (files::can_share() && !config.kiosk.get()).then(|| view! {
                                <button type="button" class="button" on:click=share>{text.tr("pw-share")}</button>
                            })}
                            <button type="button" class="button secondary" aria-expanded=move || show_qr.get().to_string()
                                aria-controls="qr-panel" on:click=move |_| show_qr.update(|s| *s = !*s)>
                                {move || text.t(if show_qr.get() { "pw-hide-qr" } else { "pw-show-qr" })}
                            </button>
                        </div>
                        <p class="status" role="status">{move || status.get().map(|k| text.t(k))}</p>
                        <div id="qr-panel" class="qr-panel" hidden=move || !show_qr.get()>
                            // Drawn with the rest of the page, hidden, so the tap
                            // only shows it (style/main.css).
                            {move || view! {
                                <QrCodeView
                                    data=qr_data()
                                    label=text.t("pw-qr-label")/>
                                <p>{text.t(if config.kiosk.get() { "kiosk-qr-help" } else { "pw-qr-help" })}</p>
                            }}
                        </div>
                    </section>
                    <p><a href=Route::Check.href()>{text.tr("pw-check-answers")}</a></p>
                })}
            </Show>
            <p class="disclaimer">{text.tr("pw-disclaimer")}</p>
        </section>
    }
}
