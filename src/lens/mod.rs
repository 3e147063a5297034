//! The framing lens: what two outlets say differently about the same thing.
//!
//! [`Lens::build`] reads two articles once and gathers, for each: which spelling of
//! each alias-table variant group it writes (`variants`), the loaded terms of
//! [`Framing`] it uses (`loaded`), who it quotes or cites (`attributions`), and the
//! figures of each pair of linked passages side by side (`figures`).
//! [`topic_table`] lists, for one topic, the first sentence of every passage on it in
//! a corpus. Everything here is plain owned data; the terminal draws it.
//!
//! # JSON (`parallax lens LEFT RIGHT --json`)
//!
//! `serde_json::to_string(&lens)` ([`report`]) gives this stable shape; spans are byte
//! offsets `[start, end]` into each article's text (that is, into the decoded file):
//!
//! ```text
//! { "left":  {"path", "title"},  "right": {"path", "title"},
//!   "variants": [ {"group": "kyiv", "differs": bool,
//!                  "left":  [{"form": "Kiev", "spelling": "kiev", "canonical": false,
//!                             "count": 14, "spans": [[s,e],..]}],
//!                  "right": [..]} ],
//!   "loaded": [ {"term", "category", "left": {"count", "spans"}, "right": {"count", "spans"}} ],
//!   "categories": [ {"category", "left": count, "right": count} ],
//!   "attributions": {
//!       "left":  [ {"speaker", "key", "kind": "named" | "unnamed", "passage",
//!                   "span": [s,e], "quote": [s,e] | null} ],
//!       "right": [..],
//!       "both":  [ {"speaker", "key", "kind", "left": [passage ids], "right": [passage ids]} ],
//!       "left_only": [..], "right_only": [..] },
//!   "figures": [ {"left_passage", "right_passage", "score",
//!                 "left":  [{"text", "value", "kind", "unit", "qualifier", "passage", "span"}],
//!                 "right": [..],
//!                 "disagree": [{"kind", "unit", "left": [figure indices], "right": [..]}]} ] }
//! ```

mod build;
mod figures;
mod framing;
mod given;
mod lexicon;
mod model;
mod names;
mod places;
mod scan;
mod speakers;
mod spelling;
mod topic;
mod unnamed;

pub use build::attributions_of;
pub use framing::{Category, Framing};
pub use lexicon::FramingLexicon;
pub use model::*;
pub use topic::{TopicRow, topic_table};

#[cfg(test)]
mod tests;
