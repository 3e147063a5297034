//! Two linked passages word by word: what both say, what only one says, what one says
//! in other words ("truce" ⇄ "ceasefire", through the concept groups), in another
//! spelling ("Kiev" ⇄ "Kyiv", through the aliases), and figures only one gives.
//!
//! Words are read by the project's own text layer, so "negotiations" and "negotiate"
//! (one stem) are the same word said twice, not a difference.

use crate::lens::Span;
use crate::text::{ConceptHit, Lexicons, Occ, TermId};
use serde::Serialize;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::PoisonError;

/// How a word of one passage stands to the other passage. Words both say are not
/// marked at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// Only this passage says it.
    Only,
    /// The other says the same thing in other words (one concept group).
    Reworded,
    /// The other writes the same name another way (one alias group).
    Respelled,
    /// A figure the other does not give.
    Figure,
}

/// The contrast of one passage with another, for both sides.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contrast {
    /// `[left, right]`: marked byte ranges into each article's text, in text order.
    pub marks: [Vec<(Range<usize>, Mark)>; 2],
    /// The same thing in other words: (left span, right span).
    pub reworded: Vec<(Span, Span)>,
    /// The same name in another spelling: (left span, right span).
    pub respelled: Vec<(Span, Span)>,
}

/// One passage, read.
struct Read {
    occs: Vec<Occ>,
    hits: Vec<ConceptHit>,
    raw: HashSet<TermId>,
    terms: HashSet<TermId>,
    concepts: HashSet<u32>,
}

impl Contrast {
    /// The contrast of `left_text[left]` with `right_text[right]`.
    pub fn of(
        lexicons: &Lexicons,
        (left_text, left): (&str, Range<usize>),
        (right_text, right): (&str, Range<usize>),
    ) -> Contrast {
        let prepared = lexicons.prepared();
        let [l, r] = {
            let mut analyzer = prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
            [(left_text, left), (right_text, right)].map(|(text, range)| {
                let mut occs = Vec::new();
                analyzer.analyze(text, range, &mut occs);
                occs.retain(|o| o.is_content() && o.in_sequence());
                occs
            })
        };
        let [l, r] = [l, r].map(|occs| {
            let hits = prepared.concepts.find(&occs);
            Read {
                raw: occs.iter().map(|o| o.raw).collect(),
                terms: occs.iter().map(|o| o.term).collect(),
                concepts: hits.iter().map(|h| h.concept).collect(),
                occs,
                hits,
            }
        });
        let mut c = Contrast::default();
        c.marks[0] = marks(&l, &r, left_text);
        c.marks[1] = marks(&r, &l, right_text);
        for o in l.occs.iter().filter(|o| !r.raw.contains(&o.raw) && r.terms.contains(&o.term)) {
            if let Some(p) = r.occs.iter().find(|p| p.term == o.term && !l.raw.contains(&p.raw)) {
                c.respelled.push((o.span().into(), p.span().into()));
            }
        }
        for h in l.hits.iter().filter(|h| reworded(&l, &r, h)) {
            if let Some(g) = r.hits.iter().find(|g| g.concept == h.concept && reworded(&r, &l, g)) {
                c.reworded.push((hit_span(h).into(), hit_span(g).into()));
            }
        }
        c
    }

    /// The marks of one side.
    pub fn side(&self, side: crate::lens::Side) -> &[(Range<usize>, Mark)] {
        &self.marks[side.index()]
    }
}

fn hit_span(h: &ConceptHit) -> Range<usize> {
    h.start as usize..h.end as usize
}

/// Whether a concept hit of `a` says in other words what `b` says: `b` evokes the same
/// group, and not every word of the hit is in `b` as it stands.
fn reworded(a: &Read, b: &Read, h: &ConceptHit) -> bool {
    b.concepts.contains(&h.concept)
        && a.occs
            .iter()
            .filter(|o| o.start >= h.start && o.end <= h.end)
            .any(|o| !b.raw.contains(&o.raw))
}

/// The marks of passage `a` against `b`, runs of one kind joined across white space.
fn marks(a: &Read, b: &Read, text: &str) -> Vec<(Range<usize>, Mark)> {
    let mut out: Vec<(Range<usize>, Mark)> = Vec::new();
    for o in &a.occs {
        if b.raw.contains(&o.raw) {
            continue;
        }
        let hit = a.hits.iter().find(|h| h.start <= o.start && o.end <= h.end);
        let (range, mark) = if b.terms.contains(&o.term) {
            (o.span(), Mark::Respelled)
        } else if let Some(h) = hit.filter(|h| b.concepts.contains(&h.concept)) {
            (hit_span(h), Mark::Reworded)
        } else if o.is(Occ::NUMBER) {
            (o.span(), Mark::Figure)
        } else {
            (o.span(), Mark::Only)
        };
        match out.last_mut() {
            Some((last, m)) if *m == mark && last.end >= range.start => {
                last.end = last.end.max(range.end)
            }
            Some((last, m)) if *m == mark && text.get(last.end..range.start).is_some_and(blank) => {
                last.end = range.end
            }
            _ => out.push((range, mark)),
        }
    }
    out
}

fn blank(s: &str) -> bool {
    s.chars().all(char::is_whitespace)
}
