//! Taking data along: saving a file, the Web Share API, printing, and
//! reading a file the person chose.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `name`. Returns false if the browser
/// refused.
pub fn save_text(name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(name);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

/// Whether this browser has the Web Share API (most phones do).
pub fn can_share() -> bool {
    web_sys::window()
        .map(|w| js_sys::Reflect::has(&w.navigator(), &"share".into()).unwrap_or(false))
        .unwrap_or(false)
}

/// Opens the system share sheet with a title and a link. False when the
/// person cancelled or the browser refused.
pub async fn share(title: &str, url: &str) -> bool {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    JsFuture::from(nav.share_with_data(&data)).await.is_ok()
}

pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The page's own address without the fragment: the base of handover links,
/// wherever the app is hosted.
pub fn app_base() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or_default().to_string())
        .unwrap_or_default()
}

/// Reads a chosen file as text, refusing files larger than `max_bytes`
/// before reading them. `Err(true)` means too large, `Err(false)` unreadable.
pub async fn read_file(file: &web_sys::File, max_bytes: usize) -> Result<String, bool> {
    if file.size() > max_bytes as f64 {
        return Err(true);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| false)?;
    text.as_string().ok_or(false)
}
