//! A self-service guide for newcomers to Finland.
//!
//! `domain` is pure logic (native-testable), `ui` the Leptos components and
//! `web` the thin browser glue. See docs/architecture.md.
pub mod domain;
pub mod ui;
pub mod web;
