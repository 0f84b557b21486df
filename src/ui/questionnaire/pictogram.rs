//! Our own simple pictograms for answer options where a picture helps
//! understanding. Decorative for assistive technology (the option's text
//! says everything), so always `aria-hidden`.

use leptos::prelude::*;

/// Filled bars out of three: language and skill levels read like a signal.
fn bars(filled: usize) -> AnyView {
    let bar = |i: usize| {
        let h = 6 + i * 6;
        let y = 22 - h;
        let class = if i < filled { "bar on" } else { "bar" };
        view! { <rect class=class x=(2 + i * 7).to_string() y=y.to_string() width="5" height=h.to_string() rx="1"/> }
    };
    view! {
        <svg class="pictogram" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {bar(0)}{bar(1)}{bar(2)}
        </svg>
    }
    .into_any()
}

fn path(d: &'static str) -> AnyView {
    view! {
        <svg class="pictogram" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
    .into_any()
}

const CHECK: &str = "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z";
const CROSS: &str =
    "M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12z";
const HOUSE: &str = "M12 3 2 12h3v8h5v-6h4v6h5v-8h3z";
const TENT: &str = "M12 3 1 21h8l3-6 3 6h8zM12 8l6.9 11h-2.6L12 12l-4.3 7H5.1z";
const NO_HOUSE: &str = "M12 3 2 12h3v8h14v-8h3zM7 18v-6.5l5-4.5 5 4.5V18zM3 3l18 18-1.4 1.4-18-18z";
const PHONE: &str = "M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z";
const MESSAGE: &str = "M20 2H4a2 2 0 0 0-2 2v18l4-4h14a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM6 9h12v2H6zm8 5H6v-2h8zm4-6H6V6h12z";
const EMAIL: &str = "M20 4H4a2 2 0 0 0-2 2v12c0 1.1.9 2 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z";
const LETTER: &str = "M4 4h16v16H4zm2 2v12h12V6zm2 2h8v2H8zm0 4h8v2H8z";
const PERSON: &str =
    "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm0 2c-2.7 0-8 1.3-8 4v2h16v-2c0-2.7-5.3-4-8-4z";
const BRIEFCASE: &str = "M10 4h4a2 2 0 0 1 2 2v1h4a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9c0-1.1.9-2 2-2h4V6c0-1.1.9-2 2-2zm0 3h4V6h-4z";
const TOOLS: &str = "M22.7 19 13.6 9.9c.9-2.3.4-5-1.5-6.9-2-2-5-2.4-7.4-1.3L9 6 6 9 1.6 4.7C.4 7.1.9 10.1 2.9 12.1c1.9 1.9 4.6 2.4 6.9 1.5l9.1 9.1c.4.4 1 .4 1.4 0l2.3-2.3c.5-.4.5-1.1.1-1.4z";
const CAP: &str = "M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z";
const SHOP: &str = "M4 4h16l1 5a3 3 0 0 1-5 2.2A3 3 0 0 1 12 12a3 3 0 0 1-4-.8A3 3 0 0 1 3 9zm1 9.5V20h14v-6.5a4.9 4.9 0 0 1-3-.2 5 5 0 0 1-4 .9 5 5 0 0 1-4-.9 4.9 4.9 0 0 1-3 .2z";
const SPEECH: &str = "M12 3C6.5 3 2 6.6 2 11c0 2.2 1.1 4.2 3 5.7V21l4.1-2.5c.9.3 1.9.5 2.9.5 5.5 0 10-3.6 10-8s-4.5-8-10-8zM7 10h10v2H7z";
const FAMILY: &str = "M16 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM8 4a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM5 9h6v7H9v6H7v-6H5zm8 0h6l-1 7h-1v6h-2v-6h-1zm-1 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zm-1 4h2v4h-2z";
const QUESTION: &str = "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 17h-2v-2h2zm2.1-7.8-.9.9c-.7.7-1.2 1.4-1.2 2.9h-2v-.5c0-1.1.4-2.1 1.2-2.8l1.2-1.3A2 2 0 0 0 12 7a2 2 0 0 0-2 2H8a4 4 0 0 1 8 0c0 .9-.4 1.7-.9 2.2z";

/// The pictogram for an option, if its set has pictograms.
pub fn pictogram(set: &str, code: &str) -> Option<AnyView> {
    Some(match (set, code) {
        ("yesno", "yes") => path(CHECK),
        ("yesno", "no") => path(CROSS),
        ("level", "none") => bars(0),
        ("level", "words") => bars(1),
        ("level", "everyday") => bars(2),
        ("level", "work") => bars(3),
        ("howwell", "well") => bars(3),
        ("howwell", "a-little") => bars(1),
        ("howwell", "no") => bars(0),
        ("housing", "own-rental") => path(HOUSE),
        ("housing", "temporary") => path(TENT),
        ("housing", "none") => path(NO_HOUSE),
        ("contact", "phone") => path(PHONE),
        ("contact", "text-message") => path(MESSAGE),
        ("contact", "email") => path(EMAIL),
        ("contact", "letter") => path(LETTER),
        ("contact", "in-person") => path(PERSON),
        ("goal", "work-soon") => path(BRIEFCASE),
        ("goal", "vocational") => path(TOOLS),
        ("goal", "university") => path(CAP),
        ("goal", "business") => path(SHOP),
        ("goal", "language-first") => path(SPEECH),
        ("goal", "family") => path(FAMILY),
        ("goal", "not-sure") => path(QUESTION),
        _ => return None,
    })
}
