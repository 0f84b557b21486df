//! Pure logic with no web dependencies: runs and is tested natively.
pub mod answers;
pub mod assessment;
pub mod checklist;
pub mod config;
pub mod content_file;
pub mod first_screen;
pub mod handover;
pub mod i18n;
pub mod languages;
pub mod pack;
pub mod questions;
pub mod route;
pub mod search;
pub mod sweden;
pub mod topics;
