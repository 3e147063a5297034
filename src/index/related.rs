//! Article-to-article relatedness: "the closest other outlet's take".
//!
//! Each article becomes one TF-IDF vector over its canonical stems and concept groups
//! (weighted as passage vectors are), keeps only its most telling terms, and is
//! scored against the others through an inverted index, so a large library costs
//! about (articles × kept terms × postings) rather than all pairs of whole vectors.
//! In a large library the lists are cut (to the articles that weigh a term most), so scores there are a close lower bound of the cosine.

use super::vector::{SparseVec, normalise};
use super::{Index, Scoring, Weights};
use crate::text::TermId;
use serde::Serialize;

/// Terms kept per article for relatedness.
const KEPT: usize = 40;
/// Articles kept per term (those that weigh it most).
const MAX_POSTINGS: usize = 16;

/// Another article and how close it is (cosine, 0–1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub path: String,
    pub score: f32,
}

impl Index<'_> {
    /// For every article (in index order), up to `k` closest other articles as
    /// `(article number, score)`, best first; articles sharing nothing are left out.
    pub fn related(&self, k: usize) -> Vec<Vec<(usize, f32)>> {
        self.related_scored(k, Scoring::Full)
    }

    /// [`Index::related`] with a chosen scoring; `Plain` is whole-article TF-IDF cosine
    /// over the stems as written, the quality harness's baseline.
    pub fn related_scored(&self, k: usize, scoring: Scoring) -> Vec<Vec<(usize, f32)>> {
        let n = self.docs.len();
        let mut counts = vec![0u32; self.stats.len()];
        let vectors: Vec<SparseVec> =
            (0..n).map(|a| self.article_vector(a, scoring, &mut counts)).collect();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); self.stats.len()];
        for (a, v) in vectors.iter().enumerate() {
            for &(t, w) in v {
                postings[t as usize].push((a as u32, w));
            }
        }
        let exact = scoring == Scoring::Plain;
        if !exact {
            // In a large library a common term's list holds hundreds of articles; the
            // ones that weigh it most are the ones it can make close.
            for list in postings.iter_mut().filter(|l| l.len() > MAX_POSTINGS) {
                list.select_nth_unstable_by(MAX_POSTINGS - 1, |x, y| y.1.total_cmp(&x.1));
                list.truncate(MAX_POSTINGS);
            }
        }
        let mut scores = vec![0f32; n];
        let mut touched: Vec<usize> = Vec::new();
        (0..n)
            .map(|a| {
                for &(t, w) in &vectors[a] {
                    for &(b, wb) in &postings[t as usize] {
                        let b = b as usize;
                        if scores[b] == 0.0 {
                            touched.push(b);
                        }
                        scores[b] += w * wb;
                    }
                }
                // Keep the k best while clearing the scores: no sort of all candidates.
                let mut best: Vec<(usize, f32)> = Vec::with_capacity(k + 1);
                for b in touched.drain(..) {
                    let s = std::mem::take(&mut scores[b]);
                    if b == a || s <= 0.0 {
                        continue;
                    }
                    let at = best.iter().position(|&(c, t)| s > t || (s == t && b < c));
                    match at {
                        Some(i) => best.insert(i, (b, s)),
                        None => best.push((b, s)),
                    }
                    best.truncate(k);
                }
                best
            })
            .collect()
    }

    /// The article's unit TF-IDF vector, cut to the terms it shares with some other
    /// article and is most about (in no particular order: it is only iterated).
    fn article_vector(&self, a: usize, scoring: Scoring, counts: &mut [u32]) -> SparseVec {
        let n = self.docs.len() as f32;
        let plain = scoring == Scoring::Plain;
        // Term frequencies in a scratch array indexed by term (left zeroed again).
        let mut seen: Vec<TermId> = Vec::new();
        let mut count = |t: TermId| {
            if let Some(c) = counts.get_mut(t as usize) {
                if *c == 0 {
                    seen.push(t);
                }
                *c += 1;
            }
        };
        for p in &self.docs[a] {
            for o in p.occs.iter().filter(|o| o.is_content()) {
                count(if plain { o.raw } else { o.term });
            }
            if !plain {
                p.concepts.iter().for_each(|h| count(self.prepared.concepts.term(h.concept)));
            }
        }
        let mut v: SparseVec = Vec::with_capacity(seen.len());
        for t in seen {
            let tf = std::mem::take(&mut counts[t as usize]) as f32;
            let s = self.stat(t);
            if plain {
                v.push((t, tf * (n / s.articles.max(1) as f32).ln()));
                continue;
            }
            let idf = (n / s.articles.max(1) as f32).ln() + 0.1;
            let boost = if s.is_name() {
                Weights::default().names
            } else if s.weak {
                super::vector::WEAK_WEIGHT
            } else {
                1.0
            };
            v.push((t, (1.0 + tf.ln()) * idf * boost));
        }
        normalise(&mut v);
        // Terms no other article has cannot relate it to anything.
        v.retain(|&(t, _)| self.stat(t).articles > 1);
        if v.len() > KEPT && !plain {
            v.select_nth_unstable_by(KEPT, |x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            v.truncate(KEPT);
        }
        v
    }
}
