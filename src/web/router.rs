//! Hash router: the part of the address after `#` as a signal.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The address bar's hash route.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The hash signal's setter, so that [`navigate`] can update the page in
    /// the same task instead of waiting for the browser's `hashchange`.
    static SET_HASH: std::cell::Cell<Option<WriteSignal<String>>> =
        const { std::cell::Cell::new(None) };
}

/// A signal holding the current hash, updated on every `hashchange`.
///
/// In-app links (`<a href="#/…">`) and [`navigate`] update it at once: the
/// browser's `hashchange` event would come a task (often a frame) later, and
/// a tap on an answer should show the next question in the next frame.
/// `hashchange` still covers addresses typed or changed by a script, and
/// Back and Forward.
pub fn hash_signal() -> ReadSignal<String> {
    let (hash, set_hash) = signal(current_hash());
    SET_HASH.with(|s| s.set(Some(set_hash)));
    // Also fired by Back and Forward between entries that `navigate` wrote
    // with the History API (their fragments differ).
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_hash.set(current_hash());
    });
    let clicks = window_event_listener(leptos::ev::click, move |ev| {
        if let Some(href) = in_app_link(&ev) {
            ev.prevent_default();
            navigate(&href);
        }
    });
    on_cleanup(move || {
        handle.remove();
        clicks.remove();
    });
    hash
}

/// The `#/…` address of a plain click on an in-app link, if it is one the
/// router should follow itself (not a new tab, a download or a handled click).
fn in_app_link(ev: &web_sys::MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let link = target.closest("a[href^='#/']").ok()??;
    if link.has_attribute("target") || link.has_attribute("download") {
        return None;
    }
    link.get_attribute("href")
}

/// Goes to a hash route (adds a history entry, like following a link).
///
/// The entry is written before the page changes, in the same task: a
/// reload, Back or a copied address at any moment after the tap opens the
/// page the person sees. Through the History API rather than
/// `location.hash`, which would also make the browser look for an element
/// with that id to scroll to. A link to the page showing replaces its
/// entry, as the browser does for a fragment link to the current address.
pub fn navigate(href: &str) {
    let hash = with_hash(href);
    write_entry(&hash, hash != current_hash());
    show(hash);
}

/// Replaces the current hash route without a history entry (for redirects,
/// so Back does not return to a page that only redirects).
pub fn replace(href: &str) {
    let hash = with_hash(href);
    write_entry(&hash, false);
    show(hash);
}

fn with_hash(href: &str) -> String {
    format!("#{}", href.trim_start_matches('#'))
}

fn show(hash: String) {
    if let Some(set) = SET_HASH.with(|s| s.get()) {
        set.set(hash);
    }
}

fn write_entry(hash: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(hash))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(hash))
    };
}
