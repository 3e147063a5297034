//! One word of a passage as the index sees it: its terms, where it stands, and what
//! kind of word it is.

use super::words::{Word, WordKind};
use std::ops::Range;

/// An interned stem (or a concept label, see [`super::Analyzer::intern`]).
pub type TermId = u32;

/// One word of a passage as the index sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occ {
    /// The canonical stem, after aliases.
    pub term: TermId,
    /// The stem as written, before aliases.
    pub raw: TermId,
    pub start: u32,
    pub end: u32,
    pub flags: u16,
}

impl Occ {
    pub const STOP: u16 = 1;
    pub const CAPITAL: u16 = 2;
    pub const UPPER: u16 = 4;
    pub const SENTENCE_START: u16 = 8;
    pub const PIECE: u16 = 16;
    pub const COMPOUND: u16 = 32;
    pub const NUMBER: u16 = 64;
    /// A title or honorific ([`super::TITLES`]).
    pub const TITLE: u16 = 128;
    /// A month or weekday ([`super::DATES`]).
    pub const DATE: u16 = 256;
    /// A word that says little ([`super::VAGUE`]).
    pub const VAGUE: u16 = 512;
    /// "of", "for", "the": may join the words of a name.
    pub const CONNECTOR: u16 = 1024;
    /// An adverb in "-ly".
    pub const ADVERB: u16 = 2048;
    /// Titles, dates and vague words: they weigh little and are never names.
    pub const WEAK: u16 = Occ::TITLE | Occ::DATE | Occ::VAGUE;

    /// Whether any of the given flags is set.
    pub fn is(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Byte range in the article text.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// A word that carries meaning: not a stop word.
    pub fn is_content(&self) -> bool {
        !self.is(Occ::STOP)
    }

    /// In the running sequence of words: pieces of compounds stand aside for the whole.
    pub fn in_sequence(&self) -> bool {
        !self.is(Occ::PIECE)
    }
}

/// A word as found in the text, before its spelling is looked up.
pub(super) fn unresolved(w: &Word) -> Occ {
    let mut flags = 0;
    if w.capitalised {
        flags |= Occ::CAPITAL;
    }
    if w.upper {
        flags |= Occ::UPPER;
    }
    if w.sentence_start {
        flags |= Occ::SENTENCE_START;
    }
    match w.kind {
        WordKind::Plain => {}
        WordKind::Piece => flags |= Occ::PIECE,
        WordKind::Compound => flags |= Occ::COMPOUND,
    }
    Occ {
        term: TermId::MAX,
        raw: TermId::MAX,
        start: u32::try_from(w.span.start).unwrap_or(u32::MAX),
        end: u32::try_from(w.span.end).unwrap_or(u32::MAX),
        flags,
    }
}

impl Occ {
    /// The word with what its spelling folds, stems and aliases to.
    pub(super) fn resolved(self, c: Cached) -> Occ {
        let mut flags = self.flags | c.class;
        if c.stop && !self.is(Occ::UPPER) {
            flags |= Occ::STOP;
        }
        Occ { term: c.term, raw: c.raw, flags, ..self }
    }
}

/// What a spelling folds, stems and aliases to, as the analyzer remembers it.
#[derive(Clone, Copy)]
pub(super) struct Cached {
    pub raw: TermId,
    pub term: TermId,
    pub stop: bool,
    /// Flags that depend on the spelling alone (number, word classes).
    pub class: u16,
}
