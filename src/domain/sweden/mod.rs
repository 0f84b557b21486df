//! The Sweden pack (DOMAIN.md §7): its questionnaire and its pathway rules.
//! Its facts are data (`content/se/`, `topics::se`), its texts in
//! `locales/<code>/se/`. Not shown by the app yet.

pub mod questions;
pub mod rules;

pub use rules::*;
