//! Hash router: the part of the address after `#` as a signal.

use leptos::prelude::*;

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// A signal holding the current hash, updated on every `hashchange`.
pub fn hash_signal() -> ReadSignal<String> {
    let (hash, set_hash) = signal(current_hash());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_hash.set(current_hash());
    });
    on_cleanup(move || handle.remove());
    hash
}

/// Goes to a hash route (adds a history entry, like following a link).
pub fn navigate(href: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(href.trim_start_matches('#'));
    }
}

/// Replaces the current hash route without a history entry (for redirects,
/// so Back does not return to a page that only redirects).
pub fn replace(href: &str) {
    if let Some(w) = web_sys::window() {
        let loc = w.location();
        let base = loc.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default();
        let _ = loc.replace(&format!("{base}{href}"));
    }
}
