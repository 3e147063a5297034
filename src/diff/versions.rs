//! Two versions of one text: a wire story republished with cuts and edits, or one
//! article edited after publication. Paragraphs are compared first (patience diff,
//! which matches the paragraphs that occur once in each and so stays near linear on
//! long texts), then the sentences of paragraphs that changed, then the words of
//! sentences that changed — so one word changed is marked as that word on each side.

use super::units::{self, Unit};
use crate::corpus::Article;
use crate::lens::{Side, Span};
use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices_deadline};
use std::collections::HashMap;
use std::ops::Range;
use std::time::{Duration, Instant};

/// Two articles are versions of one text when shared sentences make up at least half
/// of all their sentences (`2·shared / (left + right)`). A wire story cut to a third
/// of its length still reaches it (2·⅓ / (1 + ⅓) = 0.5); two outlets' own tellings of
/// one event share a quote or two, far below (the seed articles, pairwise, share none).
pub const VERSIONS_AT: f32 = 0.5;

/// The most a comparison may spend on finding the smallest diff: past it, the diff
/// algorithms give a coarser (still correct) answer rather than go quadratic.
const DEADLINE: Duration = Duration::from_millis(500);

/// How many paragraphs ahead a changed paragraph's new version is looked for.
const LOOKAHEAD: usize = 8;

/// Two paragraphs are one edited paragraph when this share of their words is shared.
const ALIKE_AT: f32 = 0.5;

/// What a change does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HunkKind {
    /// Sentences of a paragraph both versions have, worded differently.
    Changed,
    /// Only the right version has it (a sentence or a paragraph).
    Added,
    /// Only the left version has it.
    Removed,
}

/// A word (or run of words) that one side has and the other has not, in a changed hunk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WordChange {
    pub side: Side,
    pub span: Span,
}

/// One change: byte ranges into each article's text, `None` on the side that lacks it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hunk {
    pub kind: HunkKind,
    pub left: Option<Span>,
    pub right: Option<Span>,
    /// For a changed hunk, the words that differ; empty for an added or removed one
    /// (all of it differs).
    pub words: Vec<WordChange>,
}

/// How the paragraphs (passage ids) of the two versions line up, in text order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A run of paragraphs both versions have word for word.
    Same { left: Range<usize>, right: Range<usize> },
    /// One paragraph, edited: its hunks are the changes inside it.
    Changed { left: usize, right: usize, hunks: Range<usize> },
    /// A paragraph only the left version has (hunk `hunk`).
    Removed { left: usize, hunk: usize },
    /// A paragraph only the right version has.
    Added { right: usize, hunk: usize },
}

/// How much changed, for the status line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub words: usize,
    pub sentences_removed: usize,
    pub sentences_added: usize,
    pub paragraphs_removed: usize,
    pub paragraphs_added: usize,
}

/// The comparison of two articles as versions of one text.
#[derive(Debug, Clone, Default)]
pub struct Versions {
    /// Share of sentences shared (see [`VERSIONS_AT`]), 0–1.
    pub similarity: f32,
    /// Whether they are versions of one text.
    pub versions: bool,
    pub blocks: Vec<Block>,
    /// Every change, in text order.
    pub hunks: Vec<Hunk>,
    pub summary: Summary,
}

impl Versions {
    /// Compares two articles paragraph by paragraph (every passage counts: an edited
    /// headline is an edit).
    pub fn compare(left: &Article, right: &Article) -> Versions {
        let deadline = Some(Instant::now() + DEADLINE);
        let lp: Vec<Unit> =
            left.passages.iter().map(|p| units::unit(&left.text, p.range.clone())).collect();
        let rp: Vec<Unit> =
            right.passages.iter().map(|p| units::unit(&right.text, p.range.clone())).collect();
        let similarity = similarity(&left.text, &lp, &right.text, &rp);
        let mut v =
            Versions { similarity, versions: similarity >= VERSIONS_AT, ..Versions::default() };
        let (lk, rk) = (keys(&lp), keys(&rp));
        let texts = [left.text.as_str(), right.text.as_str()];
        for op in capture_diff_slices_deadline(Algorithm::Patience, &lk, &rk, deadline) {
            let (tag, o, n) = op.as_tag_tuple();
            if tag == DiffTag::Equal {
                v.blocks.push(Block::Same { left: o, right: n });
                continue;
            }
            v.pair_paragraphs(texts, (&lp, o), (&rp, n), deadline);
        }
        v
    }

    /// "identical", or "3 changes · 2 words, 1 paragraph removed, 1 added".
    pub fn describe(&self) -> String {
        if self.hunks.is_empty() {
            return "identical".into();
        }
        let s = &self.summary;
        let mut parts = Vec::new();
        let mut count = |n: usize, one: &str, many: &str| {
            if n > 0 {
                parts.push(format!("{n} {}", if n == 1 { one } else { many }));
            }
        };
        count(s.words, "word", "words");
        count(s.sentences_removed, "sentence removed", "sentences removed");
        count(s.sentences_added, "sentence added", "sentences added");
        count(s.paragraphs_removed, "paragraph removed", "paragraphs removed");
        count(s.paragraphs_added, "paragraph added", "paragraphs added");
        let n = self.hunks.len();
        format!("{n} change{} · {}", if n == 1 { "" } else { "s" }, parts.join(", "))
    }

    /// A run of paragraphs that differ: each left paragraph is paired with the next
    /// right one close enough to be its edited version; the rest were removed or added.
    fn pair_paragraphs(
        &mut self,
        texts: [&str; 2],
        (lp, old): (&[Unit], Range<usize>),
        (rp, new): (&[Unit], Range<usize>),
        deadline: Option<Instant>,
    ) {
        let mut j = new.start;
        for i in old {
            let found = (j..new.end).take(LOOKAHEAD).find(|&k| alike(&lp[i].key, &rp[k].key));
            let Some(k) = found else {
                self.paragraph(Side::Left, i, &lp[i]);
                continue;
            };
            self.added(rp, j..k);
            let first = self.hunks.len();
            self.sentences(texts, &lp[i], &rp[k], deadline);
            self.blocks.push(Block::Changed { left: i, right: k, hunks: first..self.hunks.len() });
            j = k + 1;
        }
        self.added(rp, j..new.end);
    }

    /// Right paragraphs with no left version.
    fn added(&mut self, rp: &[Unit], passages: Range<usize>) {
        for (a, unit) in rp.iter().enumerate().take(passages.end).skip(passages.start) {
            self.paragraph(Side::Right, a, unit);
        }
    }

    /// A whole paragraph only one side has.
    fn paragraph(&mut self, side: Side, passage: usize, unit: &Unit) {
        let hunk = self.hunks.len();
        let span = Some(Span::from(unit.range.clone()));
        let (kind, left, right) = match side {
            Side::Left => {
                self.summary.paragraphs_removed += 1;
                self.blocks.push(Block::Removed { left: passage, hunk });
                (HunkKind::Removed, span, None)
            }
            Side::Right => {
                self.summary.paragraphs_added += 1;
                self.blocks.push(Block::Added { right: passage, hunk });
                (HunkKind::Added, None, span)
            }
        };
        self.hunks.push(Hunk { kind, left, right, words: Vec::new() });
    }

    /// The changes inside an edited paragraph: sentences removed, added or reworded.
    fn sentences(&mut self, texts: [&str; 2], p: &Unit, q: &Unit, deadline: Option<Instant>) {
        let (ls, rs) = (
            units::sentences(texts[0], p.range.clone()),
            units::sentences(texts[1], q.range.clone()),
        );
        let (lk, rk) = (keys(&ls), keys(&rs));
        for op in capture_diff_slices_deadline(Algorithm::Patience, &lk, &rk, deadline) {
            let (tag, o, n) = op.as_tag_tuple();
            let left = span_of(&ls[o.clone()]);
            let right = span_of(&rs[n.clone()]);
            let (kind, words) = match tag {
                DiffTag::Equal => continue,
                DiffTag::Delete => {
                    self.summary.sentences_removed += o.len();
                    (HunkKind::Removed, Vec::new())
                }
                DiffTag::Insert => {
                    self.summary.sentences_added += n.len();
                    (HunkKind::Added, Vec::new())
                }
                DiffTag::Replace => {
                    let (l, r) = (left.unwrap_or_default(), right.unwrap_or_default());
                    (HunkKind::Changed, self.words(texts, l.range(), r.range(), deadline))
                }
            };
            self.hunks.push(Hunk { kind, left, right, words });
        }
    }

    /// The words that differ between two stretches of text, runs merged into one span.
    fn words(
        &mut self,
        texts: [&str; 2],
        left: Range<usize>,
        right: Range<usize>,
        deadline: Option<Instant>,
    ) -> Vec<WordChange> {
        let (lw, rw) = (units::words(texts[0], left), units::words(texts[1], right));
        let (lk, rk): (Vec<&str>, Vec<&str>) =
            (lw.iter().map(|w| w.1).collect(), rw.iter().map(|w| w.1).collect());
        let mut out = Vec::new();
        for op in capture_diff_slices_deadline(Algorithm::Myers, &lk, &rk, deadline) {
            let (tag, o, n) = op.as_tag_tuple();
            if tag == DiffTag::Equal {
                continue;
            }
            let words = |ws: &[(Range<usize>, &str)]| {
                ws.iter().filter(|w| w.1.chars().any(char::is_alphanumeric)).count()
            };
            self.summary.words += words(&lw[o.clone()]).max(words(&rw[n.clone()])).max(1);
            for (side, ws) in [(Side::Left, &lw[o]), (Side::Right, &rw[n])] {
                if let (Some(first), Some(last)) = (ws.first(), ws.last()) {
                    out.push(WordChange { side, span: Span::from(first.0.start..last.0.end) });
                }
            }
        }
        out
    }
}

fn keys(units: &[Unit]) -> Vec<&str> {
    units.iter().map(|u| u.key.as_str()).collect()
}

/// From the first unit's start to the last one's end; `None` for no units.
fn span_of(units: &[Unit]) -> Option<Span> {
    Some(Span::from(units.first()?.range.start..units.last()?.range.end))
}

/// Whether two paragraphs are one paragraph edited: most of their words in common.
fn alike(a: &str, b: &str) -> bool {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in a.split(' ') {
        *counts.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in b.split(' ') {
        if let Some(c) = counts.get_mut(w).filter(|c| **c > 0) {
            *c -= 1;
            shared += 1;
        }
    }
    let total = a.split(' ').count() + b.split(' ').count();
    total > 0 && 2.0 * shared as f32 / total as f32 >= ALIKE_AT
}

/// The share of sentences the two texts share, in any order (see [`VERSIONS_AT`]).
/// Two empty texts are the same text.
fn similarity(lt: &str, lp: &[Unit], rt: &str, rp: &[Unit]) -> f32 {
    let ls: Vec<Unit> = lp.iter().flat_map(|p| units::sentences(lt, p.range.clone())).collect();
    let rs: Vec<Unit> = rp.iter().flat_map(|p| units::sentences(rt, p.range.clone())).collect();
    if ls.is_empty() && rs.is_empty() {
        return 1.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for s in &ls {
        *counts.entry(s.key.as_str()).or_default() += 1;
    }
    let shared = rs
        .iter()
        .filter(|s| counts.get_mut(s.key.as_str()).filter(|c| **c > 0).map(|c| *c -= 1).is_some())
        .count();
    2.0 * shared as f32 / (ls.len() + rs.len()) as f32
}
