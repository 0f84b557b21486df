//! The needs questionnaire: start page, one question per screen, check your
//! answers, and deleting the data.
mod answer_text;
mod check;
mod confirm;
mod inputs;
mod pictogram;
mod question;
mod start;
pub mod store;

pub use answer_text::answer_text;
pub use check::CheckAnswers;
pub use confirm::DeleteData;
pub use question::QuestionPage;
pub use start::QuestionnaireStart;
