//! Leptos components, one folder per flow. Components ask `domain` for every
//! decision and `web` for every browser effect.
pub mod admin;
pub mod app;
pub mod config;
pub mod guide;
pub mod home;
pub mod kiosk;
pub mod office;
pub mod pathway;
pub mod questionnaire;
pub mod shell;
pub mod sources;
pub mod text;
pub mod text_check;
