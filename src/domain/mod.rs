//! Pure logic with no web dependencies: runs and is tested natively.
pub mod checklist;
pub mod i18n;
pub mod route;
pub mod search;
pub mod topics;
