//! Text normalisation: the words of a passage, their normal forms, stems and aliases.
//!
//! Nothing here changes an article's text: every word keeps the byte range it occupies
//! in [`crate::corpus::Article::text`], so matches can be highlighted where they stand.
//! The pipeline is: Unicode word boundaries → [`fold`] (NFKC, lower case, apostrophes,
//! possessives) → stop words → Snowball stem → alias to a canonical stem → interned id.

mod analyze;
mod background;
mod concepts;
mod fold;
mod ids;
pub(crate) mod lexicon;
mod occ;
mod stop;
mod words;

pub use analyze::Analyzer;
pub use background::{Background, UNSEEN};
pub(crate) use concepts::{ConceptHit, Concepts};
pub use fold::{fold_into, is_hyphen, push_lowercase, without_possessive};
pub use ids::{IdHasher, IdMap};
pub(crate) use lexicon::Prepared;
pub use lexicon::{Aliases, LexiconError, Lexicons, TopicDef};
pub use occ::{Occ, TermId};
pub use stop::{DATES, TITLES, VAGUE, is_date, is_stop, is_title, is_vague};
pub use words::{Word, WordKind, Words};
