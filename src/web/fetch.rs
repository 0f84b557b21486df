//! Fetching the app's own text files (relative URLs, same origin only).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Fetches a file relative to the page and returns its text, or a short
/// reason (HTTP status or network error) for the notice.
pub async fn text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: network error"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let body = response.text().map_err(|_| "unreadable body")?;
    let body = JsFuture::from(body)
        .await
        .map_err(|_| format!("{url}: body not read"))?;
    body.as_string().ok_or_else(|| "body is not text".into())
}
