//! The suggested pathway, and handing it over: print (bilingual), save a
//! file, share, QR code; and the caseworker's view of a handover.
mod bilingual;
mod caseworker;
mod check_and_pathway;
mod language_picker;
mod mine;
mod page;
mod print;
mod qr;
mod report;

pub use caseworker::HandoverPage;
pub use check_and_pathway::CheckAndPathway;
pub use mine::MinePage;
pub use page::{current_handover, PathwayPage};
pub use print::PrintPage;
pub use qr::QrCodeView;
