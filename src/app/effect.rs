//! What `update` asks the runtime to do: the reducer itself writes nothing and starts
//! no thread, so it stays a function of the state and the action.

use super::background::Background;
use crate::store::BookmarkOp;

/// I/O the runtime carries out after `update`, reporting back through the state.
#[derive(Debug)]
pub enum Effect {
    Bookmark(BookmarkOp),
    /// Slow work (reading or linking a very long article) for another thread; its
    /// result comes back to [`App::receive`](super::App::receive).
    Work(Work),
}

/// A job for another thread, and what it reports.
pub struct Work(pub Box<dyn FnOnce() -> Background + Send>);

impl std::fmt::Debug for Work {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Work")
    }
}
