//! Word wrapping of an article for a given width, computed once and cached.
//!
//! A wrapped line is a byte range into [`Article::text`]; runs of white space inside
//! it (including the line breaks of hard-wrapped files) are shown as one space. That
//! keeps every line addressable by byte offset, which highlighting relies on.

use crate::corpus::{Article, PassageKind};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// One screen line of an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The passage it belongs to.
    pub passage: usize,
    /// Bytes of [`Article::text`] shown on this line (empty for the gap after a passage).
    pub range: Range<usize>,
    /// A run of page furniture folded into this one line, cut short.
    pub folded: bool,
}

/// An article wrapped at one width.
#[derive(Debug, Clone, Default)]
pub struct Wrapped {
    pub lines: Vec<Line>,
    /// Index of the first line of each passage.
    pub starts: Vec<usize>,
}

impl Wrapped {
    /// The passage a line belongs to.
    pub fn passage_at(&self, line: usize) -> usize {
        self.lines.get(line).map_or(0, |l| l.passage)
    }

    /// First line of the passage after `p` (or the end): `starts[p]..end_of(p)` are its lines.
    pub fn end_of(&self, p: usize) -> usize {
        self.starts.get(p + 1).copied().unwrap_or(self.lines.len())
    }
}

/// Wraps an article at `width` columns. Passages are separated by a blank line; page
/// furniture is folded to a single line unless `unfold` is set.
pub fn wrap(article: &Article, width: usize, unfold: bool) -> Wrapped {
    let width = width.max(1);
    let mut out = Wrapped::default();
    let furniture = |i: usize| {
        !unfold && article.passages.get(i).is_some_and(|p| p.kind == PassageKind::Boilerplate)
    };
    let mut i = 0;
    while i < article.passages.len() {
        if furniture(i) {
            // A run of furniture ("Top News", "Politics", "Sign in" …) folds into one line.
            let first = i;
            while furniture(i + 1) {
                i += 1;
            }
            let line = out.lines.len();
            out.starts.extend(std::iter::repeat_n(line, i + 1 - first));
            let run = article.passages[first].range.start..article.passages[i].range.end;
            // Room for the "▸ " and "…" the view adds.
            let r = fold(&article.text, run, width.saturating_sub(3).max(1));
            out.lines.push(Line { passage: first, range: r, folded: true });
        } else {
            out.starts.push(out.lines.len());
            let p = &article.passages[i];
            for r in wrap_range(&article.text, p.range.clone(), width) {
                out.lines.push(Line { passage: i, range: r, folded: false });
            }
        }
        let end = article.passages[i].range.end;
        out.lines.push(Line { passage: i, range: end..end, folded: false });
        i += 1;
    }
    out
}

/// Greedy wrapping of the words of `text[range]`; a word wider than the line is broken
/// between graphemes.
pub fn wrap_range(text: &str, range: Range<usize>, width: usize) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut cur: Option<(Range<usize>, usize)> = None; // (bytes, columns)
    for (start, word) in words(&text[range.clone()]) {
        let start = range.start + start;
        let w = word.width();
        if let Some((r, cols)) = &mut cur {
            if *cols + 1 + w <= width {
                r.end = start + word.len();
                *cols += 1 + w;
                continue;
            }
            lines.push(r.clone());
        }
        if w <= width {
            cur = Some((start..start + word.len(), w));
            continue;
        }
        // Break an over-long word into line-sized pieces.
        let mut piece = start..start;
        let mut cols = 0;
        for (off, g) in word.grapheme_indices(true) {
            let gw = g.width();
            if cols + gw > width && cols > 0 {
                lines.push(piece.clone());
                piece = start + off..start + off;
                cols = 0;
            }
            piece.end = start + off + g.len();
            cols += gw;
        }
        cur = Some((piece, cols));
    }
    if let Some((r, _)) = cur {
        lines.push(r);
    }
    lines
}

/// The first line's worth of `range`.
fn fold(text: &str, range: Range<usize>, width: usize) -> Range<usize> {
    let first = wrap_range(text, range.clone(), width);
    first.into_iter().next().unwrap_or(range.start..range.start)
}

/// Words with their byte offsets, split on any white space.
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace().map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// The text of a wrapped line as shown: white space runs collapsed to one space.
pub fn display(text: &str, line: &Line) -> String {
    text[line.range.clone()].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Wrapped articles by (article, width, unfolded). Small: a session sees a handful of
/// widths, and entries for widths no longer shown are dropped when it grows.
#[derive(Debug, Default, Clone)]
pub struct WrapCache {
    map: HashMap<(usize, usize, bool), Arc<Wrapped>>,
}

impl WrapCache {
    const MAX: usize = 16;

    pub fn get(&self, article: usize, width: usize, unfold: bool) -> Option<Arc<Wrapped>> {
        self.map.get(&(article, width, unfold)).cloned()
    }

    /// The wrap for this key, computing it on first use.
    pub fn ensure(
        &mut self,
        text: Option<&Article>,
        article: usize,
        width: usize,
        unfold: bool,
    ) -> Arc<Wrapped> {
        if let Some(w) = self.get(article, width, unfold) {
            return w;
        }
        if self.map.len() >= Self::MAX {
            self.map.retain(|&(_, w, _), _| w == width);
        }
        let w = Arc::new(text.map_or_else(Wrapped::default, |a| wrap(a, width, unfold)));
        self.map.insert((article, width, unfold), w.clone());
        w
    }

    /// Whether some wrap of `article` has no lines (made from a stub, or an empty text).
    pub fn has_empty(&self, article: usize) -> bool {
        self.map.iter().any(|(&(a, _, _), w)| a == article && w.lines.is_empty())
    }

    /// Drops every wrap of `article` (its text was read since they were made).
    pub fn forget(&mut self, article: usize) {
        self.map.retain(|&(a, _, _), _| a != article);
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn shown(text: &str, width: usize) -> Vec<String> {
        wrap_range(text, 0..text.len(), width)
            .into_iter()
            .map(|r| text[r].split_whitespace().collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn greedy_word_wrap() {
        assert_eq!(shown("the quick brown fox jumps", 10), ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn hard_wrapped_line_breaks_are_spaces() {
        assert_eq!(shown("a cease-\nfire  now", 40), ["a cease- fire now"]);
    }

    #[test]
    fn long_words_are_broken_and_wide_chars_respected() {
        assert_eq!(shown("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(shown("日本語の記事", 5), ["日本", "語の", "記事"]);
    }

    #[test]
    fn passages_get_a_gap_and_furniture_folds() {
        let a = Article::parse(
            "x.txt",
            "A Title Here\n\nSign up to read this article and much more besides\n\n\
             Already a member? Sign in here\n\n\
             The body of the article says enough here to count as a real paragraph of text.",
            None,
        );
        let w = wrap(&a, 20, false);
        let folded: Vec<_> = w.lines.iter().filter(|l| l.folded).collect();
        assert_eq!(folded.len(), 1, "a run of furniture is one line");
        assert_eq!(w.starts.len(), a.passages.len());
        assert_eq!(w.starts[1], w.starts[2]);
        assert!(wrap(&a, 20, true).lines.len() > w.lines.len());
    }

    proptest! {
        #[test]
        fn every_line_fits_and_words_are_kept_in_order(s in "\\PC{0,200}", width in 1usize..60) {
            let lines = wrap_range(&s, 0..s.len(), width);
            let mut rebuilt = String::new();
            let mut last = 0;
            for r in &lines {
                prop_assert!(r.start >= last, "lines in order, no overlap");
                last = r.end;
                let line: String = s[r.clone()].split_whitespace().collect::<Vec<_>>().join(" ");
                prop_assert!(line.width() <= width || line.graphemes(true).count() == 1,
                    "{line:?} is wider than {width}");
                rebuilt.push_str(&s[r.clone()].split_whitespace().collect::<String>());
            }
            prop_assert_eq!(rebuilt, s.split_whitespace().collect::<String>());
        }
    }
}
