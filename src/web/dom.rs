//! Document-level effects: language and direction, title, focus.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Sets `lang` and `dir` on `<html>`, so screen readers pick the right voice
/// and the CSS logical properties mirror the layout.
pub fn set_lang_dir(lang: &str, dir: &str) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Sets the document's title, which names the page in the tab strip, the
/// history and assistive technology.
pub fn set_title(title: &str) {
    if let Some(d) = document() {
        d.set_title(title);
    }
}

/// Moves focus to the page's main heading, so a screen reader announces the
/// new page and keyboard users start from its top. A page can name a better
/// target (search results) with `data-focus-target`.
///
/// Focus moves as soon as the route's new page has rendered (a task queued
/// after the page's own, in the same turn): in the same frame as the page,
/// so the browser lays the page out once instead of again for the focus
/// ring. A page that renders a moment later is caught by a second look just
/// before the next frame.
pub fn focus_main_heading() {
    wasm_bindgen_futures::spawn_local(async { focus_target() });
    next_frame(focus_target);
}

/// Runs `f` before the browser's next frame is drawn.
fn next_frame(f: fn()) {
    if let Some(w) = web_sys::window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.request_animation_frame(f.unchecked_ref());
    }
}

/// Runs `f` once the browser has drawn the frame it owes and has nothing
/// more urgent to do (`requestIdleCallback`, at most half a second later):
/// for work the person is not waiting for, such as the part of a page below
/// the screen. It also runs in a background tab, which draws no frames.
/// Where the browser has no idle callbacks (Safari), in the task after the
/// next frame. Only the pathway's work waits here (its page pair, its
/// later steps): never the address or the title, which must name the page
/// on screen from its first frame.
pub fn when_idle(f: Box<dyn FnOnce()>) {
    let Some(w) = web_sys::window() else { return };
    let run: js_sys::Function = wasm_bindgen::closure::Closure::once_into_js(f).unchecked_into();
    let idle = js_sys::Reflect::get(&w, &"requestIdleCallback".into())
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Function>().ok());
    if let Some(idle) = idle {
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"timeout".into(), &500.into());
        let _ = idle.call2(&w, &run, &options);
    } else {
        let later = wasm_bindgen::closure::Closure::once_into_js(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.set_timeout_with_callback(&run);
            }
        });
        let _ = w.request_animation_frame(later.unchecked_ref());
    }
}

fn focus_target() {
    let Some(d) = document() else { return };
    drop_caret();
    // A page built ahead of time waits hidden beside the one showing.
    let target = d
        .query_selector("main > :not([hidden]) [data-focus-target]")
        .ok()
        .flatten()
        .or_else(|| d.query_selector("main > :not([hidden]) h1").ok().flatten());
    let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let _ = el.focus();
}

/// A tap leaves an invisible caret where the finger was, and the browser
/// works out its place again at every layout after that (about 1 ms each
/// at 4× slowdown). On a new page it marks nothing; a range the person
/// selected is kept.
fn drop_caret() {
    if let Some(sel) = web_sys::window().and_then(|w| w.get_selection().ok().flatten()) {
        if sel.type_() == "Caret" {
            let _ = sel.remove_all_ranges();
        }
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if out.is_empty() {
        out.extend(nav.language());
    }
    out
}

/// The current year and month on this device's clock.
pub fn today() -> (u16, u8) {
    let now = js_sys::Date::new_0();
    (now.get_full_year() as u16, (now.get_month() + 1) as u8)
}

/// Today's date on this device's clock: (year, month, day).
pub fn today_date() -> (u16, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// Sets a CSS custom property on `<html>` through the CSSOM (allowed by a
/// strict Content-Security-Policy, unlike a `style` attribute in markup).
pub fn set_css_var(name: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().set_property(name, value);
    }
}

pub fn remove_css_var(name: &str) {
    use wasm_bindgen::JsCast;
    if let Some(root) = document()
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = root.style().remove_property(name);
    }
}

/// The municipality the start address presets on a regional site:
/// `?kommun=<id>` or `?municipality=<id>` (each municipality links to its
/// own entry, and a kiosk opens on its own).
pub fn municipality_requested() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (matches!(k, "kommun" | "municipality" | "kunta")
            && crate::domain::config::is_municipality_id(v))
        .then(|| v.to_string())
    })
}

/// Whether the page was opened with `?kiosk=1` (a kiosk browser's start
/// address).
pub fn kiosk_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| {
            s.trim_start_matches('?')
                .split('&')
                .any(|p| p == "kiosk=1" || p == "kiosk=true")
        })
        .unwrap_or(false)
}

/// The language tapped on the first screen that the build put into the page
/// (scripts/first-screen.js), before the app had started; taken once.
pub fn take_first_choice() -> Option<String> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("newcomerGuideFirstChoice");
    let code = js_sys::Reflect::get(&window, &key).ok()?.as_string()?;
    let _ = js_sys::Reflect::delete_property(&window, &key);
    Some(code)
}

/// Removes the build's first screen: the app's own screens take its place.
pub fn remove_first_screen() {
    if let Some(el) = document().and_then(|d| d.get_element_by_id("first-screen")) {
        el.remove();
    }
}
