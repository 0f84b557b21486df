//! The basic-information guide: topic index with search, topic pages, the
//! first-steps checklist and read-aloud.
pub mod checklist;
mod index;
mod read_aloud;
pub mod topic;

pub use index::GuideIndex;
pub use read_aloud::ReadAloud;
pub use topic::TopicPage;
