//! The frame around every page: header, notices, footer, language screen,
//! loading and not-found pages.
mod first_screen;
mod footer;
mod header;
mod language_screen;
mod loading;
mod municipality_screen;
mod not_found;
mod notices;
mod page_title;

pub use first_screen::FirstScreenHandoff;
pub use footer::Footer;
pub use header::{Header, SkipLink};
pub use language_screen::{return_to, LanguageScreen};
pub use loading::Loading;
pub use municipality_screen::MunicipalityScreen;
pub use not_found::NotFound;
pub use notices::Notices;
pub use page_title::use_page_title;
