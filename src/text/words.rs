//! Splitting a passage into words, with the byte range of each in the article text.
//!
//! Words follow Unicode word boundaries (UAX #29). A hyphenated compound
//! ("cease-fire", "Mar-a-Lago") is also given as one joined word, so it meets its
//! closed spelling ("ceasefire"), while its parts still count on their own.

use super::fold::is_hyphen;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// How a word stands to hyphenated compounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    /// A word on its own.
    Plain,
    /// One part of a hyphenated compound.
    Piece,
    /// A whole hyphenated compound; it follows its pieces.
    Compound,
}

/// One word of a passage, as found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Byte range in the article text.
    pub span: Range<usize>,
    pub kind: WordKind,
    /// Begins with a capital letter.
    pub capitalised: bool,
    /// Written in capitals throughout, with at least two letters ("NATO", "U.S").
    pub upper: bool,
    /// First word of a sentence, where capitals say nothing about names.
    pub sentence_start: bool,
}

/// A reusable word splitter (it keeps its buffers between passages).
#[derive(Debug, Default)]
pub struct Words {
    found: Vec<Range<usize>>,
    out: Vec<Word>,
}

impl Words {
    /// The words of `text[range]`, in text order (a compound after its pieces).
    pub fn split(&mut self, text: &str, range: Range<usize>) -> &[Word] {
        self.found.clear();
        self.out.clear();
        let Some(slice) = text.get(range.clone()) else {
            return &self.out;
        };
        let base = range.start;
        for piece in pieces(slice) {
            let at = base + piece.start;
            let words = slice[piece].unicode_word_indices();
            self.found.extend(words.map(|(i, w)| at + i..at + i + w.len()));
        }
        let mut i = 0;
        while i < self.found.len() {
            // A chain of words joined by single hyphens.
            let mut j = i;
            while j + 1 < self.found.len() && joined(text, &self.found[j], &self.found[j + 1]) {
                j += 1;
            }
            let gap_start = if i == 0 { base } else { self.found[i - 1].end };
            let sentence_start = i == 0 || ends_sentence(&text[gap_start..self.found[i].start]);
            let kind = if j > i { WordKind::Piece } else { WordKind::Plain };
            for k in i..=j {
                let span = self.found[k].clone();
                let w = &text[span.clone()];
                self.out.push(Word {
                    kind,
                    capitalised: w.chars().next().is_some_and(char::is_uppercase),
                    upper: is_upper(w),
                    sentence_start: sentence_start && k == i,
                    span,
                });
            }
            if j > i {
                let span = self.found[i].start..self.found[j].end;
                let w = &text[span.clone()];
                self.out.push(Word {
                    kind: WordKind::Compound,
                    capitalised: w.chars().next().is_some_and(char::is_uppercase),
                    upper: is_upper(w),
                    sentence_start,
                    span,
                });
            }
            i = j + 1;
        }
        &self.out
    }
}

/// The passage cut where Unicode word boundaries always fall and no rule looks across:
/// before an ASCII character that follows ASCII whitespace. Each piece is segmented on
/// its own with the same words as the whole, and the pure-ASCII stretches between the
/// pieces holding curly quotes or accents take the segmenter's fast ASCII path: most
/// of a news passage, where one "’" would otherwise send it all through the tables.
fn pieces(slice: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = slice.as_bytes();
    let cut = |p: usize| {
        matches!(bytes[p - 1], b' ' | b'\t' | b'\n' | b'\r')
            && bytes[p].is_ascii()
            && !matches!(bytes[p], b' ' | b'\t' | b'\n' | b'\r')
    };
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let from = start;
        let Some(wide) = bytes[from..].iter().position(|b| !b.is_ascii()).map(|i| from + i) else {
            start = bytes.len();
            return Some(from..bytes.len());
        };
        // The ASCII stretch before the first wide character, up to its last cut.
        if let Some(c) = (from + 1..=wide).rev().find(|&p| cut(p)) {
            start = c;
            return Some(from..c);
        }
        // The stretch holding it, up to the next cut.
        start = (wide + 1..bytes.len()).find(|&p| cut(p)).unwrap_or(bytes.len());
        Some(from..start)
    })
}

fn joined(text: &str, a: &Range<usize>, b: &Range<usize>) -> bool {
    let mut gap = text[a.end..b.start].chars();
    matches!((gap.next(), gap.next()), (Some(c), None) if is_hyphen(c))
}

fn ends_sentence(gap: &str) -> bool {
    gap.chars()
        .any(|c| matches!(c, '.' | '!' | '?' | ':' | ';' | '\n' | '“' | '"' | '‘' | '(' | '['))
}

fn is_upper(w: &str) -> bool {
    let mut letters = 0;
    for c in w.chars().filter(|c| c.is_alphabetic()) {
        if !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, WordKind, bool)> {
        let mut w = Words::default();
        w.split(text, 0..text.len())
            .iter()
            .map(|w| (text[w.span.clone()].to_string(), w.kind, w.sentence_start))
            .collect()
    }

    #[test]
    fn compounds_come_whole_and_in_pieces() {
        let got = words("A cease-fire now");
        let texts: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
        assert_eq!(
            texts,
            [
                ("A", WordKind::Plain),
                ("cease", WordKind::Piece),
                ("fire", WordKind::Piece),
                ("cease-fire", WordKind::Compound),
                ("now", WordKind::Plain)
            ]
        );
    }

    #[test]
    fn dashes_do_not_join() {
        let got = words("Russia—Eurasia and Kyiv – Moscow");
        assert!(got.iter().all(|g| g.1 == WordKind::Plain));
    }

    #[test]
    fn marks_sentence_starts() {
        let got = words("However, Kyiv said. The war “Peace now”");
        let starts: Vec<_> = got.iter().filter(|g| g.2).map(|g| g.0.as_str()).collect();
        assert_eq!(starts, ["However", "The", "Peace"]);
    }

    /// What the texts of the pieces test are made of: ASCII words, spaces and
    /// punctuation, and what around them is not ASCII (quotes, accents, combining
    /// marks, soft hyphen, thin and no-break spaces, joiner, other scripts).
    #[rustfmt::skip]
    const ALPHABET: &[&str] = &[
        "a", "Z", "7", " ", "  ", "\n", "\r\n", "\t", ".", ",", "'", ":", ";", "_", "-", "(",
        "\"", "’", "“", "é", "e\u{301}", "\u{301}", "\u{ad}", "\u{2009}", "\u{a0}", "\u{200d}",
        "\u{93e}", "ж", "日本", "🇺🇦", "U.S.", "1,500", "don’t", "ceasefire",
    ];

    #[test]
    fn pieces_give_the_words_of_the_whole() {
        let alphabet = ALPHABET;
        let mut rng = 0x5eed_u64;
        let mut next = || {
            rng ^= rng << 13;
            rng ^= rng >> 7;
            rng ^= rng << 17;
            rng as usize
        };
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..next() % 16 {
                text.push_str(alphabet[next() % alphabet.len()]);
            }
            let whole: Vec<Range<usize>> =
                text.unicode_word_indices().map(|(i, w)| i..i + w.len()).collect();
            let mut w = Words::default();
            w.split(&text, 0..text.len());
            assert_eq!(w.found, whole, "{text:?}");
        }
    }

    #[test]
    fn out_of_bounds_range_is_empty() {
        let mut w = Words::default();
        assert!(w.split("abc", 2..10).is_empty());
    }
}
