//! Browser storage under versioned, prefixed keys, through gloo-storage.
//!
//! Writing can be switched off for the whole app (kiosk mode keeps everything
//! in memory), and `delete_all` removes every key the app ever wrote.
//!
//! Values are kept as the text the domain writes (its serde_json forms, and
//! the locale code as a bare string), so `LocalStorage::raw()` carries them:
//! gloo's typed `get`/`set` would wrap the locale code in JSON quotes and
//! no longer read what earlier builds stored.

use std::sync::atomic::{AtomicBool, Ordering};

use gloo_storage::{LocalStorage, Storage};

/// Every key the app writes starts with this, so `delete_all` can find them.
pub const PREFIX: &str = "newcomer-guide.";
pub const KEY_LOCALE: &str = "newcomer-guide.v1.locale";
pub const KEY_CHECKLIST: &str = "newcomer-guide.v1.checklist";
/// The municipality chosen on a regional site (its id).
pub const KEY_MUNICIPALITY: &str = "newcomer-guide.v1.municipality";
pub const KEY_ANSWERS: &str = "newcomer-guide.v2.answers";
/// Where the first (version 1) format kept answers; read once and migrated.
pub const KEY_ANSWERS_V1: &str = "newcomer-guide.v1.answers";

static PERSIST: AtomicBool = AtomicBool::new(true);

/// Turns writing on or off; with it off, `set` does nothing and reads see
/// nothing, so a shared device keeps no trace.
pub fn set_persistent(on: bool) {
    PERSIST.store(on, Ordering::Relaxed);
}

pub fn is_persistent() -> bool {
    PERSIST.load(Ordering::Relaxed)
}

/// Whether what the person does lives only in the page's memory: kiosk
/// mode, or a browser that blocks storage.
pub fn memory_only() -> bool {
    !is_persistent() || !available()
}

/// Whether `localStorage` can be reached. gloo-storage throws (a panic in
/// the wasm) when it cannot, and browsers block it in private modes and
/// under strict settings, so every use asks first: the app then simply runs
/// in memory.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

pub fn get(key: &str) -> Option<String> {
    if !is_persistent() || !available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

/// Stores a value; returns false when storage is off, full or unavailable.
pub fn set(key: &str, value: &str) -> bool {
    is_persistent() && available() && LocalStorage::raw().set_item(key, value).is_ok()
}

/// Not `LocalStorage::delete`, nor its `length`: they panic when the
/// browser throws, and a browser whose storage files are damaged throws
/// from every storage call (Firefox does); here that only leaves the value.
pub fn remove(key: &str) {
    if available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Removes every key the app has written, whatever its version.
pub fn delete_all() {
    if !available() {
        return;
    }
    let raw = LocalStorage::raw();
    let keys: Vec<String> = (0..raw.length().unwrap_or(0))
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        let _ = raw.remove_item(&k);
    }
}
