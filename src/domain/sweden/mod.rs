//! The Sweden pack (DOMAIN.md §7): its questionnaire and its pathway rules.
//! Its facts are data (`content/se/`, `topics::se`), its texts in
//! `locales/<code>/se/`; `pack::SWEDEN` puts them together for the app.

pub mod questions;
pub mod rules;
pub mod steps;

pub use rules::*;
