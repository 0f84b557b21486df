//! Moving between the build's two pages (`index.html` and `staff.html`).

/// Opens `page` (relative to the site's folder) with this address's query
/// and hash, in place of the current history entry.
pub fn replace_page(page: &str) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let search = location.search().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let _ = location.replace(&format!("{page}{search}{hash}"));
}
