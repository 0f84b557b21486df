//! The person's session carried across a move between the app's two pages
//! (`index.html` and `staff.html`) when nothing may be stored: a kiosk, or
//! a browser that blocks storage, keeps the answers and the language only
//! in the page's memory, which a page load empties.
//!
//! It travels in the tab's `window.name`, which the browser keeps across
//! page loads in the same tab and never writes to disk or sends anywhere.
//! The page that arrives takes it at once and clears it, so it stays no
//! longer than the move itself.

/// Marks a name as ours: a `window.name` set by anything else is left alone.
const PREFIX: &str = "newcomer-guide.handoff:";

/// Leaves `payload` (a handover payload) for the next page of this tab.
pub fn put(payload: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.set_name(&format!("{PREFIX}{payload}"));
    }
}

/// Takes what the previous page of this tab left, once.
pub fn take() -> Option<String> {
    let w = web_sys::window()?;
    let name = w.name().ok()?;
    let payload = name.strip_prefix(PREFIX)?.to_string();
    let _ = w.set_name("");
    Some(payload)
}
