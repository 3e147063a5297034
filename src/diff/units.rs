//! The units two versions of a text are compared by — paragraphs, sentences, words —
//! each with its byte range in the article text, and the form it is compared in.
//!
//! Two files that say the same thing must compare equal however their lines end: the
//! corpus turns the CR of a CRLF into a space (so offsets never move), and every unit
//! here is compared with its white space collapsed, so that space is no change.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// A stretch of an article's text and the form it is compared in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    /// Byte range in the article text, trimmed of white space.
    pub range: Range<usize>,
    /// The text with every run of white space made one space.
    pub key: String,
}

/// `text[range]` with white space collapsed: the form units are compared in.
pub fn key(text: &str, range: Range<usize>) -> String {
    let mut out = String::with_capacity(range.len());
    for w in text.get(range).unwrap_or("").split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The range with white space at either end left out.
fn trimmed(text: &str, range: Range<usize>) -> Range<usize> {
    let s = text.get(range.clone()).unwrap_or("");
    let start = range.start + (s.len() - s.trim_start().len());
    let end = (range.end - (s.len() - s.trim_end().len())).max(start);
    start..end
}

/// One unit for a stretch of text (a paragraph).
pub fn unit(text: &str, range: Range<usize>) -> Unit {
    let range = trimmed(text, range);
    Unit { key: key(text, range.clone()), range }
}

/// The sentences of `text[range]` (Unicode sentence boundaries), empty ones left out.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Unit> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    slice
        .split_sentence_bound_indices()
        .map(|(at, s)| unit(text, range.start + at..range.start + at + s.len()))
        .filter(|u| !u.key.is_empty())
        .collect()
}

/// The words and punctuation marks of `text[range]`, white space left out: what a
/// changed sentence is compared by, so one word changed is that word and no more.
pub fn words(text: &str, range: Range<usize>) -> Vec<(Range<usize>, &str)> {
    let Some(slice) = text.get(range.clone()) else { return Vec::new() };
    slice
        .split_word_bound_indices()
        .filter(|(_, w)| !w.trim().is_empty())
        .map(|(at, w)| (range.start + at..range.start + at + w.len(), w))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_how_lines_end_and_white_space_runs() {
        let crlf = "Talks resumed \nin Geneva.";
        assert_eq!(key(crlf, 0..crlf.len()), "Talks resumed in Geneva.");
        assert_eq!(unit("  a  b \n", 0..8), Unit { range: 2..6, key: "a b".into() });
    }

    #[test]
    fn sentences_keep_their_offsets() {
        let t = "One truce. Two sides agreed! Then?";
        let s: Vec<&str> = sentences(t, 0..t.len()).iter().map(|u| &t[u.range.clone()]).collect();
        assert_eq!(s, ["One truce.", "Two sides agreed!", "Then?"]);
    }

    #[test]
    fn words_split_punctuation_from_words() {
        let t = "Kyiv, 12 km.";
        let w: Vec<&str> = words(t, 0..t.len()).into_iter().map(|(_, w)| w).collect();
        assert_eq!(w, ["Kyiv", ",", "12", "km", "."]);
    }
}
