//! `parallax diff --json`: the comparison of two articles in the stable shape scripts
//! read. A pair of versions gives its changes (`hunks`); any other pair gives the
//! contrast of each passage with its strong counterpart (`contrast`).

use super::contrast::{Contrast, Mark};
use super::versions::{Hunk, Versions};
use crate::corpus::Article;
use crate::index::{Index, Scoring, Strength};
use crate::lens::Span;
use crate::text::Lexicons;
use serde::Serialize;

/// An article as the report names it.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub path: String,
    pub title: String,
}

/// The same thing said two ways: a concept in other words, or a name in another spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Pair {
    pub left: Span,
    pub right: Span,
}

/// One linked pair of passages, word by word.
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    /// Passage ids.
    pub left: usize,
    pub right: usize,
    /// What only one side says (figures included).
    pub left_only: Vec<Span>,
    pub right_only: Vec<Span>,
    /// What both say in other words or other spellings.
    pub reworded: Vec<Pair>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub left: Named,
    pub right: Named,
    /// Share of sentences shared, 0–1, rounded to 3 decimals.
    pub similarity: f64,
    pub versions: bool,
    /// Every change, when the two are versions of one text; empty otherwise.
    pub hunks: Vec<Hunk>,
    /// Each passage of the left article with its strong counterpart, when they are not.
    pub contrast: Vec<Linked>,
}

impl Report {
    pub fn build(left: &Article, right: &Article, lexicons: &Lexicons) -> Report {
        let versions = Versions::compare(left, right);
        let named = |a: &Article| Named { path: a.path.clone(), title: a.title.clone() };
        let contrast = if versions.versions { Vec::new() } else { linked(left, right, lexicons) };
        Report {
            left: named(left),
            right: named(right),
            similarity: (f64::from(versions.similarity) * 1000.0).round() / 1000.0,
            versions: versions.versions,
            hunks: if versions.versions { versions.hunks } else { Vec::new() },
            contrast,
        }
    }
}

/// Every left passage that has a strong counterpart, with its best one and their
/// contrast: (left passage, right passage, contrast).
pub fn contrasts(
    left: &Article,
    right: &Article,
    lexicons: &Lexicons,
) -> Vec<(usize, usize, Contrast)> {
    let index = Index::build(vec![left, right], lexicons);
    let mut out = Vec::new();
    for link in index.links(0, 1, 1, Scoring::Full) {
        let Some(m) = link.matches.first().filter(|m| m.strength == Strength::Strong) else {
            continue;
        };
        let (Some(p), Some(q)) = (left.passages.get(link.left), right.passages.get(m.right)) else {
            continue;
        };
        let pair = ((left.text.as_str(), p.range.clone()), (right.text.as_str(), q.range.clone()));
        out.push((link.left, m.right, Contrast::of(lexicons, pair.0, pair.1)));
    }
    out
}

/// [`contrasts`] in the report's shape.
pub fn linked(left: &Article, right: &Article, lexicons: &Lexicons) -> Vec<Linked> {
    let only = |marks: &[(std::ops::Range<usize>, Mark)]| {
        marks
            .iter()
            .filter(|(_, m)| matches!(m, Mark::Only | Mark::Figure))
            .map(|(r, _)| Span::from(r.clone()))
            .collect()
    };
    contrasts(left, right, lexicons)
        .into_iter()
        .map(|(l, r, c)| {
            let mut reworded: Vec<Pair> = (c.reworded.iter().chain(&c.respelled))
                .map(|&(left, right)| Pair { left, right })
                .collect();
            reworded.sort_by_key(|p| p.left);
            Linked {
                left: l,
                right: r,
                left_only: only(&c.marks[0]),
                right_only: only(&c.marks[1]),
                reworded,
            }
        })
        .collect()
}
