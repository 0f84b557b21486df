//! Thin browser glue. Knows nothing of topics, questions or pathways: the UI
//! calls it for every browser effect.
pub mod dom;
pub mod fetch;
pub mod files;
pub mod handoff;
pub mod intl;
pub mod location;
pub mod panics;
pub mod router;
pub mod service_worker;
pub mod speech;
pub mod storage;
