//! The frame around every page: header, notices, footer, language screen,
//! loading and not-found pages.
mod footer;
mod header;
mod language_screen;
mod loading;
mod not_found;
mod notices;
mod page_title;

pub use footer::Footer;
pub use header::{Header, SkipLink};
pub use language_screen::LanguageScreen;
pub use loading::Loading;
pub use not_found::NotFound;
pub use notices::Notices;
pub use page_title::use_page_title;
