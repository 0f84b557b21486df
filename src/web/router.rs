//! Hash router: the part of the address after `#` as a signal.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::web::dom;

/// The route's hash: the address bar's, or the one [`navigate`] has shown
/// but not yet written to the history.
pub fn current_hash() -> String {
    if let Some(p) = PENDING.with(|p| p.borrow().as_ref().map(|p| p.hash.clone())) {
        return p;
    }
    address_hash()
}

fn address_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

thread_local! {
    /// The hash signal's setter, so that [`navigate`] can update the page in
    /// the same task instead of waiting for the browser's `hashchange`.
    static SET_HASH: std::cell::Cell<Option<WriteSignal<String>>> =
        const { std::cell::Cell::new(None) };
    /// A history entry shown on screen but not yet written (see [`navigate`]).
    static PENDING: std::cell::RefCell<Option<Pending>> =
        const { std::cell::RefCell::new(None) };
}

struct Pending {
    hash: String,
    /// A new entry (a navigation) rather than a replaced one (a redirect).
    push: bool,
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
        PENDING.with(|p| p.borrow_mut().take());
        set_hash.set(address_hash());
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
/// The page changes at once; the history entry is written once the browser
/// has drawn it and is idle: the person should not wait for the browser's
/// bookkeeping between a tap and the next question. Written (with the
/// title) from the callbacks of the frame after the page's, it took 3 to
/// 8 ms of that frame at 4× CPU slowdown; from an idle callback, under 1 ms.
/// Through the History API rather than `location.hash`, which would also
/// make the browser look for an element with that id to scroll to.
pub fn navigate(href: &str) {
    let hash = with_hash(href);
    let earlier = PENDING.with(|p| {
        p.borrow_mut().replace(Pending {
            hash: hash.clone(),
            push: true,
        })
    });
    match earlier {
        // Two navigations before the browser was idle: both are entries,
        // in order.
        Some(e) => write_entry(&e),
        None => dom::when_idle(Box::new(write_pending)),
    }
    // A tab in the background draws no frames: no reason to wait there.
    if dom::page_hidden() {
        write_pending();
    }
    show(hash);
}

/// Replaces the current hash route without a history entry (for redirects,
/// so Back does not return to a page that only redirects).
pub fn replace(href: &str) {
    let hash = with_hash(href);
    let waiting = PENDING.with(|p| match p.borrow_mut().as_mut() {
        // The entry not written yet becomes the redirect's target.
        Some(e) => {
            e.hash = hash.clone();
            true
        }
        None => false,
    });
    if !waiting {
        write_entry(&Pending {
            hash: hash.clone(),
            push: false,
        });
    }
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

fn write_pending() {
    if let Some(e) = PENDING.with(|p| p.borrow_mut().take()) {
        write_entry(&e);
    }
}

fn write_entry(e: &Pending) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if e.push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&e.hash))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&e.hash))
    };
}
