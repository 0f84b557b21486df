//! Browser storage under versioned, prefixed keys.
//!
//! Writing can be switched off for the whole app (kiosk mode keeps everything
//! in memory), and `delete_all` removes every key the app ever wrote.

use std::sync::atomic::{AtomicBool, Ordering};

/// Every key the app writes starts with this, so `delete_all` can find them.
pub const PREFIX: &str = "newcomer-guide.";
pub const KEY_LOCALE: &str = "newcomer-guide.v1.locale";
pub const KEY_CHECKLIST: &str = "newcomer-guide.v1.checklist";
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

/// `localStorage`, or None when the browser blocks it (private modes, strict
/// settings): the app then simply runs without persistence.
fn raw() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn get(key: &str) -> Option<String> {
    if !is_persistent() {
        return None;
    }
    raw()?.get_item(key).ok().flatten()
}

/// Stores a value; returns false when storage is off, full or unavailable.
pub fn set(key: &str, value: &str) -> bool {
    is_persistent() && raw().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = raw() {
        let _ = s.remove_item(key);
    }
}

/// Removes every key the app has written, whatever its version.
pub fn delete_all() {
    let Some(s) = raw() else { return };
    let len = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}
