//! Sparse passage vectors and their weights.
//!
//! The full weighting is BM25's (saturated term frequency, length normalisation,
//! probabilistic IDF over passages, with a background of general English counted in:
//! see [`blended_df`]) on canonical stems, each curated concept group one more
//! dimension. The plain weighting is textbook TF-IDF on the
//! stems as written: the baseline.

use super::{Index, PassageIx, TermStat};
use crate::text::{Occ, TermId};

/// Which passage vectors to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scoring {
    /// Aliases, BM25 weights, names and concept groups: what parallax uses.
    #[default]
    Full,
    /// TF-IDF cosine over the stems as written: the baseline for the quality harness.
    Plain,
}

/// A sparse vector sorted by term, of unit length (or empty).
pub(crate) type SparseVec = Vec<(TermId, f32)>;

const K1: f32 = 1.2;
const B: f32 = 0.75;
/// Weight of a title, date or vague word relative to a word of the same rarity.
pub(crate) const WEAK_WEIGHT: f32 = 0.5;
/// Weight of a number relative to a word (years and counts match by accident).
const NUMBER_WEIGHT: f32 = 0.5;
/// The knobs of the full weighting. The defaults are what parallax uses; the quality
/// harness turns each off in turn to show what it brings.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Weight of a concept group dimension relative to a word of the same rarity.
    pub concept: f32,
    /// Share of each neighbouring passage in a passage's vector.
    pub context: f32,
    /// Extra weight of a term written as a name.
    pub names: f32,
}

impl Default for Weights {
    fn default() -> Weights {
        Weights { concept: 1.0, context: 0.2, names: 1.0 }
    }
}

/// Passages of general English the background stands for beside the index's own: a
/// pair of articles alone cannot say that "left" is common and "Pokrovsk" rare, a
/// library of thousands mostly can.
pub(crate) const BACKGROUND_PASSAGES: f32 = 500.0;
/// Words in a background passage.
const PASSAGE_WORDS: f32 = 40.0;

/// A term's passage frequency with the background's passages counted in, and the
/// passage count to go with it.
pub(crate) fn blended_df(n: f32, s: &TermStat) -> (f32, f32) {
    let background = BACKGROUND_PASSAGES * -(-PASSAGE_WORDS * s.common).exp_m1();
    (n + BACKGROUND_PASSAGES, s.passages as f32 + background)
}

/// Fills `full` of every passage of the index (`plain` is made on first use).
pub(crate) fn weigh(index: &mut Index, weights: Weights) {
    let n = index.passage_count() as f32;
    let lengths: Vec<usize> = index
        .docs
        .iter()
        .flatten()
        .map(|p| p.occs.iter().filter(|o| o.is_content()).count())
        .collect();
    let avg = (lengths.iter().sum::<usize>() as f32 / n.max(1.0)).max(1.0);
    let stats = &index.stats;
    let concepts = &index.prepared.concepts;
    let mut rarity = Rarity::new(stats, n, weights);
    let mut terms: Vec<(TermId, f32)> = Vec::new();
    for p in index.docs.iter_mut().flatten() {
        let len = p.occs.iter().filter(|o| o.is_content()).count() as f32;
        let norm = K1 * (1.0 - B + B * len / avg);
        let bm25 = |tf: f32| tf * (K1 + 1.0) / (tf + norm);
        terms.clear();
        for o in p.occs.iter().filter(|o| o.is_content()) {
            let kind = if o.is(Occ::NUMBER) { NUMBER_WEIGHT } else { 1.0 };
            terms.push((o.term, kind));
        }
        for h in &p.concepts {
            terms.push((concepts.term(h.concept), weights.concept));
        }
        p.full = accumulate(&mut terms, |t, tf, kind| {
            let (idf, boost) = rarity.full(t);
            idf * bm25(tf) * kind * boost
        });
        p.own = p.full.iter().map(|&(t, _)| t).collect();
    }
    // Articles keep to a subject for a few paragraphs: each passage takes in a little
    // of its neighbours, which helps short passages meet their counterparts.
    let mut sum: SparseVec = Vec::new();
    for doc in &mut index.docs {
        let own: Vec<SparseVec> = doc.iter_mut().map(|p| std::mem::take(&mut p.full)).collect();
        for (i, p) in doc.iter_mut().enumerate() {
            // Mixed straight from the passage's own vector, the one before first, into
            // a vector sized for the result: no copy of the own vector to start from.
            let before = i.checked_sub(1).and_then(|j| own.get(j));
            let after = own.get(i + 1);
            let mine = &own[i];
            let mut v = Vec::with_capacity(
                mine.len() + before.map_or(0, |n| n.len()) + after.map_or(0, |n| n.len()),
            );
            match (before, after) {
                (Some(b), Some(a)) => {
                    add_into(mine, b, weights.context, &mut sum);
                    add_into(&sum, a, weights.context, &mut v);
                }
                (Some(n), None) | (None, Some(n)) => add_into(mine, n, weights.context, &mut v),
                (None, None) => v.extend_from_slice(mine),
            }
            normalise(&mut v);
            p.full = v;
        }
    }
}

/// Each term's IDF and boost, worked out the first time a passage has the term: a word
/// recurs in many passages, and its logarithms are the same each time.
struct Rarity<'s> {
    stats: &'s [TermStat],
    n: f32,
    weights: Weights,
    /// Per term: full IDF and boost; NaN until met.
    full: Vec<(f32, f32)>,
}

impl<'s> Rarity<'s> {
    fn new(stats: &'s [TermStat], n: f32, weights: Weights) -> Rarity<'s> {
        Rarity { stats, n, weights, full: vec![(f32::NAN, 0.0); stats.len()] }
    }

    /// BM25's IDF with the background counted in, and the weight of the term's kind.
    fn full(&mut self, t: TermId) -> (f32, f32) {
        if let Some(&known) = self.full.get(t as usize).filter(|k| !k.0.is_nan()) {
            return known;
        }
        let s = stat(self.stats, t);
        let boost = if s.is_name() {
            self.weights.names
        } else if s.weak {
            WEAK_WEIGHT
        } else {
            1.0
        };
        let (n, df) = blended_df(self.n, &s);
        let known = (bm25_idf(n, df), boost);
        if let Some(slot) = self.full.get_mut(t as usize) {
            *slot = known;
        }
        known
    }
}

/// A passage's plain vector: term frequency times textbook IDF over the `n` passages,
/// on the stems as written.
fn plain(p: &PassageIx, stats: &[TermStat], n: f32) -> SparseVec {
    let mut terms: Vec<(TermId, f32)> =
        p.occs.iter().filter(|o| o.is_content()).map(|o| (o.raw, 1.0)).collect();
    accumulate(&mut terms, |t, tf, _| tf * (1.0 + n / stat(stats, t).passages.max(1) as f32).ln())
}

/// `out = a + k·b` for sorted sparse vectors.
fn add_into(a: &[(TermId, f32)], b: &[(TermId, f32)], k: f32, out: &mut SparseVec) {
    out.clear();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x.0 == y.0 => {
                out.push((x.0, x.1 + k * y.1));
                i += 1;
                j += 1;
            }
            (Some(x), Some(y)) if x.0 < y.0 => {
                out.push(*x);
                i += 1;
            }
            (Some(x), None) => {
                out.push(*x);
                i += 1;
            }
            (_, Some(y)) => {
                out.push((y.0, k * y.1));
                j += 1;
            }
            (None, None) => break,
        }
    }
}

fn stat(stats: &[TermStat], t: TermId) -> TermStat {
    stats.get(t as usize).copied().unwrap_or_default()
}

/// Probabilistic IDF, kept positive for terms in most passages.
pub(crate) fn bm25_idf(n: f32, df: f32) -> f32 {
    (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
}

/// Groups `(term, kind)` pairs into `(term, weight(term, tf, kind))`, unit length.
fn accumulate(
    terms: &mut [(TermId, f32)],
    mut weight: impl FnMut(TermId, f32, f32) -> f32,
) -> SparseVec {
    terms.sort_unstable_by_key(|&(t, _)| t);
    let mut out: SparseVec = Vec::new();
    let mut i = 0;
    while i < terms.len() {
        let t = terms[i].0;
        let mut j = i;
        while j < terms.len() && terms[j].0 == t {
            j += 1;
        }
        let w = weight(t, (j - i) as f32, terms[i].1);
        if w > 0.0 {
            out.push((t, w));
        }
        i = j;
    }
    normalise(&mut out);
    out
}

pub(crate) fn normalise(v: &mut SparseVec) {
    let len = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if len > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= len);
    }
}

/// Dot product of two sorted sparse vectors.
pub(crate) fn dot(a: &[(TermId, f32)], b: &[(TermId, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// The terms two vectors share, with their contribution to the dot product.
pub(crate) fn shared(a: &[(TermId, f32)], b: &[(TermId, f32)]) -> Vec<(TermId, f32)> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[i].0, a[i].1 * b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

impl Index<'_> {
    /// A passage's vector for the given scoring (the plain one is made on first use).
    pub(crate) fn vector<'p>(&self, p: &'p PassageIx, scoring: Scoring) -> &'p SparseVec {
        match scoring {
            Scoring::Full => &p.full,
            Scoring::Plain => {
                p.plain.get_or_init(|| plain(p, &self.stats, self.passage_count() as f32))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_of_unit_vectors_is_cosine() {
        let mut a: SparseVec = vec![(1, 1.0), (3, 1.0)];
        let mut b: SparseVec = vec![(3, 2.0), (5, 2.0)];
        normalise(&mut a);
        normalise(&mut b);
        assert!((dot(&a, &b) - 0.5).abs() < 1e-6);
        assert!((dot(&a, &a) - 1.0).abs() < 1e-6);
        assert_eq!(dot(&a, &[]), 0.0);
        assert_eq!(shared(&a, &b).first().map(|s| s.0), Some(3));
    }
}
