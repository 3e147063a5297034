//! What two tellings say differently, word by word, and two versions of one text.
//!
//! [`Contrast`] reads two linked passages through the text layer (stems, aliases,
//! concept groups) and marks what only one says, what both say in other words or
//! spellings, and figures only one gives. [`Versions`] compares two articles that are
//! versions of one text — paragraphs, then sentences, then words — and says how alike
//! they are. [`Report`] is both in the shape `parallax diff --json` prints. Every
//! offset is a byte offset into an article's decoded text.

mod contrast;

mod units;
mod versions;

pub use contrast::{Contrast, Mark};
pub mod report;
pub use report::{Linked, Named, Pair, Report};
pub use versions::{Block, Hunk, HunkKind, Summary, VERSIONS_AT, Versions, WordChange};

#[cfg(test)]
mod tests;
