//! The person's session carried across a move between the app's two pages
//! (`index.html` and `staff.html`) when nothing may be stored: a kiosk, or
//! a browser that blocks storage, keeps the answers, the language and the
//! checklist's ticks only in the page's memory, which a page load empties.
//!
//! It travels in the tab's `window.name`, which the browser keeps across
//! page loads in the same tab and never writes to disk or sends anywhere.
//! The page that arrives takes it at once and clears it, so it stays no
//! longer than the move itself.

/// Marks a name as ours: a `window.name` set by anything else is left alone.
const PREFIX: &str = "newcomer-guide.handoff:";

/// What one page leaves for the next: a handover payload (answers,
/// language, municipality) and the checklist's ticks in their stored form.
pub struct Handed {
    pub payload: String,
    pub ticks: String,
}

/// Leaves the session for the next page of this tab.
pub fn put(payload: &str, ticks: &str) {
    if let Some(w) = web_sys::window() {
        // Neither part holds a line break: the payload is base32 and dots,
        // the ticks compact JSON.
        let _ = w.set_name(&format!("{PREFIX}{payload}\n{ticks}"));
    }
}

/// Takes what the previous page of this tab left, once.
pub fn take() -> Option<Handed> {
    let w = web_sys::window()?;
    let name = w.name().ok()?;
    let rest = name.strip_prefix(PREFIX)?;
    let (payload, ticks) = rest.split_once('\n').unwrap_or((rest, ""));
    let handed = Handed {
        payload: payload.to_string(),
        ticks: ticks.to_string(),
    };
    let _ = w.set_name("");
    Some(handed)
}
