//! What the reader keeps of comparing the open pair: whether the two are versions of
//! one text (found when the pair opens), the diff of them laid out in rows at the
//! screen's width, and the word contrast of the two passages shown side by side.

use super::pane::Side;
use super::wrap::wrap_range;
use crate::corpus::Article;
use crate::diff::{Block, Contrast, HunkKind, Versions};
use std::ops::Range;
use std::sync::Arc;

/// The comparison of the open pair.
#[derive(Debug, Clone, Default)]
pub struct Compare {
    /// The two as versions of one text; `None` until compared (a very long pair is
    /// compared only when the diff is asked for).
    pub versions: Option<Arc<Versions>>,
    /// The diff, when it is shown in place of the panes.
    pub diff: Option<DiffView>,
    /// `d`: mark the contrast of the focused passage with its counterpart.
    pub contrast: bool,
    /// The contrast now marked: the passages `[left, right]` and what it found.
    pub marked: Option<([usize; 2], Contrast)>,
}

/// What a row of the diff shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    /// Paragraphs both versions have, shown in full (a short run).
    Same,
    /// This many paragraphs both have, folded into one row.
    Fold(usize),
    /// A paragraph both have, edited.
    Changed,
    /// A paragraph only the left version has.
    Removed,
    /// A paragraph only the right version has.
    Added,
    /// The blank row after a paragraph.
    Gap,
}

/// One screen row of the diff: a line of each version's text (byte ranges), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    pub kind: RowKind,
    pub text: [Option<Range<usize>>; 2],
}

/// The diff laid out at one column width.
#[derive(Debug, Clone, Default)]
pub struct DiffView {
    pub rows: Vec<DiffRow>,
    /// First row of each changed, removed or added paragraph: where `]c` and `[c` go.
    pub changes: Vec<usize>,
    /// What to mark in each version's text: the words that changed, and the whole of
    /// a sentence or paragraph only one version has.
    pub marks: [Vec<Range<usize>>; 2],
    /// The first row shown.
    pub top: usize,
    /// The column width it was laid out at.
    pub width: usize,
}

/// Runs of unchanged paragraphs this long or longer are folded into one row.
pub const FOLD_AT: usize = 3;

/// The width of each version's column on a screen `w` cells wide: a gutter cell and
/// the text, each side, and a divider between.
pub fn diff_column(w: u16) -> usize {
    (usize::from(w).saturating_sub(5) / 2).max(1)
}

impl DiffView {
    /// Lays out `v` (the comparison of `pair`) in columns `width` wide.
    pub fn build(v: &Versions, pair: [&Article; 2], width: usize) -> DiffView {
        let mut d = DiffView { width, ..DiffView::default() };
        let range =
            |side: Side, p: usize| pair[side.index()].passages.get(p).map(|p| p.range.clone());
        for block in &v.blocks {
            match block {
                Block::Same { left, .. } if left.len() >= FOLD_AT => {
                    d.rows.push(DiffRow { kind: RowKind::Fold(left.len()), text: [None, None] });
                    d.rows.push(DiffRow { kind: RowKind::Gap, text: [None, None] });
                }
                Block::Same { left, right } => {
                    for (l, r) in left.clone().zip(right.clone()) {
                        d.paragraph(
                            pair,
                            RowKind::Same,
                            [range(Side::Left, l), range(Side::Right, r)],
                        );
                    }
                }
                Block::Changed { left, right, .. } => {
                    d.changes.push(d.rows.len());
                    let text = [range(Side::Left, *left), range(Side::Right, *right)];
                    d.paragraph(pair, RowKind::Changed, text);
                }
                Block::Removed { left, .. } => {
                    d.changes.push(d.rows.len());
                    d.paragraph(pair, RowKind::Removed, [range(Side::Left, *left), None]);
                }
                Block::Added { right, .. } => {
                    d.changes.push(d.rows.len());
                    d.paragraph(pair, RowKind::Added, [None, range(Side::Right, *right)]);
                }
            }
        }
        for h in &v.hunks {
            if h.kind == HunkKind::Changed {
                for w in &h.words {
                    d.marks[w.side.index()].push(w.span.range());
                }
            } else {
                let side = if h.kind == HunkKind::Removed { h.left } else { h.right };
                let i = usize::from(h.kind == HunkKind::Added);
                d.marks[i].extend(side.map(|s| s.range()));
            }
        }
        for m in &mut d.marks {
            m.sort_by_key(|r| r.start);
        }
        d
    }

    /// One paragraph of each version side by side, then a blank row.
    fn paragraph(&mut self, pair: [&Article; 2], kind: RowKind, text: [Option<Range<usize>>; 2]) {
        let [l, r] = [0, 1].map(|i| {
            text[i].clone().map_or_else(Vec::new, |t| wrap_range(&pair[i].text, t, self.width))
        });
        for k in 0..l.len().max(r.len()).max(1) {
            self.rows.push(DiffRow { kind, text: [l.get(k).cloned(), r.get(k).cloned()] });
        }
        self.rows.push(DiffRow { kind: RowKind::Gap, text: [None, None] });
    }

    /// The change at or above the top row, counting from 1 (0 above the first).
    pub fn change_at_top(&self) -> usize {
        self.changes.iter().filter(|&&c| c <= self.top).count()
    }
}
