//! Article-to-article relatedness: "the closest other outlet's take".
//!
//! Each article becomes one TF-IDF vector over its canonical stems and concept groups
//! (weighted as passage vectors are) and is scored against the others through an
//! inverted index of whole vectors, so the score is the exact cosine. Beside the words
//! of the whole story, what the library knows counts: a headline that says the same, a
//! take by another outlet, a date within days. Only a library too large for exact
//! scores cuts the lists (to the articles that weigh a term most).

use super::vector::{SparseVec, dot, normalise};
use super::{Index, Scoring, Weights};
use crate::text::{Occ, TermId};
use serde::Serialize;
use std::sync::PoisonError;

/// Articles up to which every score is the exact cosine; past it each term's list
/// keeps the articles that weigh it most, and scores are a close lower bound.
const EXACT_UP_TO: usize = 5_000;
/// Articles kept per term past [`EXACT_UP_TO`].
const MAX_POSTINGS: usize = 64;

/// Another article and how close it is (0–1).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    pub path: String,
    pub score: f32,
}

/// What relatedness weighs beside the cosine of the two whole stories.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Relate {
    /// Share of the headlines' cosine in the score.
    pub headline: f32,
    /// Factor of a take by the same outlet (both outlets known): below 1, another
    /// outlet's take of the story is preferred.
    pub same_outlet: f32,
    /// Days apart at which a score is halved (both dates known); 0 ignores dates.
    pub half_days: f32,
}

impl Relate {
    /// The whole-story cosine alone.
    pub const WORDS: Relate = Relate { headline: 0.0, same_outlet: 1.0, half_days: 0.0 };
}

impl Default for Relate {
    /// Chosen on the tune splits of three public story-grouped news sets
    /// (`tests/eval_related.rs`): of the headline, the outlet and the date, only the
    /// date helped there, gently (a take half a year away counts half).
    fn default() -> Relate {
        Relate { half_days: 180.0, ..Relate::WORDS }
    }
}

impl Index<'_> {
    /// For every article (in index order), up to `k` closest other articles as
    /// `(article number, score)`, best first; articles sharing nothing are left out.
    pub fn related(&self, k: usize) -> Vec<Vec<(usize, f32)>> {
        self.related_with(k, Scoring::Full, Relate::default())
    }

    /// [`Index::related`] with a chosen scoring; `Plain` is whole-article TF-IDF cosine
    /// over the stems as written, the quality harness's baseline.
    pub fn related_scored(&self, k: usize, scoring: Scoring) -> Vec<Vec<(usize, f32)>> {
        let relate = if scoring == Scoring::Plain { Relate::WORDS } else { Relate::default() };
        self.related_with(k, scoring, relate)
    }

    /// [`Index::related_scored`] with chosen weights for what the library knows.
    pub fn related_with(
        &self,
        k: usize,
        scoring: Scoring,
        relate: Relate,
    ) -> Vec<Vec<(usize, f32)>> {
        let n = self.docs.len();
        let mut counts = vec![0u32; self.stats.len()];
        let vectors: Vec<SparseVec> =
            (0..n).map(|a| self.article_vector(a, scoring, &mut counts)).collect();
        let headlines: Vec<SparseVec> =
            if relate.headline > 0.0 { self.headline_vectors() } else { Vec::new() };
        let days: Vec<Option<i64>> = self.articles.iter().map(|a| a.day()).collect();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); self.stats.len()];
        for (a, v) in vectors.iter().enumerate() {
            for &(t, w) in v {
                postings[t as usize].push((a as u32, w));
            }
        }
        if n > EXACT_UP_TO {
            // In a large library a common term's list holds thousands of articles; the
            // ones that weigh it most are the ones it can make close.
            for list in postings.iter_mut().filter(|l| l.len() > MAX_POSTINGS) {
                list.select_nth_unstable_by(MAX_POSTINGS - 1, |x, y| y.1.total_cmp(&x.1));
                list.truncate(MAX_POSTINGS);
                list.sort_unstable_by_key(|&(b, _)| b);
            }
        }
        // Each pair is scored once, from its lower-numbered article (the score is
        // symmetric), and offered to both lists: half the postings walked. The
        // articles are dealt to the cores in turn (low numbers walk longer lists).
        let threads =
            std::thread::available_parallelism().map_or(1, |t| t.get()).min(n.max(1) / 64 + 1);
        let shares: Vec<Vec<Vec<(usize, f32)>>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..threads)
                .map(|part| {
                    let (vectors, postings) = (&vectors, &postings);
                    let (headlines, days) = (&headlines, &days);
                    scope.spawn(move || {
                        let mut best: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
                        let mut scores = vec![0f32; n];
                        for a in (part..n).step_by(threads) {
                            for &(t, w) in &vectors[a] {
                                let list = &postings[t as usize];
                                let after = list.partition_point(|&(b, _)| b as usize <= a);
                                for &(b, wb) in &list[after..] {
                                    scores[b as usize] += w * wb;
                                }
                            }
                            // Most articles share some word: a sweep of the later ones
                            // costs less than keeping a list of those touched.
                            for (b, score) in scores.iter_mut().enumerate().skip(a + 1) {
                                let words = std::mem::take(score);
                                if words <= 0.0 {
                                    continue;
                                }
                                let s = self.adjust(a, b, words, relate, headlines, days);
                                offer(&mut best[a], b, s, k);
                                offer(&mut best[b], a, s, k);
                            }
                        }
                        best
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let mut shares = shares.into_iter();
        let mut best = shares.next().unwrap_or_else(|| vec![Vec::new(); n]);
        for share in shares {
            for (mine, theirs) in best.iter_mut().zip(share) {
                for (b, s) in theirs {
                    offer(mine, b, s, k);
                }
            }
        }
        best
    }

    /// The whole-story cosine of `a` and `b` with the headline, outlet and date counted.
    #[inline]
    fn adjust(
        &self,
        a: usize,
        b: usize,
        words: f32,
        relate: Relate,
        headlines: &[SparseVec],
        days: &[Option<i64>],
    ) -> f32 {
        let mut s = words;
        if let (Some(x), Some(y)) = (headlines.get(a), headlines.get(b)) {
            s = (s + relate.headline * dot(x, y)) / (1.0 + relate.headline);
        }
        let (oa, ob) = (&self.articles[a].outlet, &self.articles[b].outlet);
        if oa.is_some() && oa == ob {
            s *= relate.same_outlet;
        }
        if let (Some(x), Some(y), true) = (days[a], days[b], relate.half_days > 0.0) {
            s *= 0.5f32.powf((x - y).abs() as f32 / relate.half_days);
        }
        s
    }

    /// Each article's headline as a unit vector of the terms the articles' content
    /// shares, weighted by their rarity among articles.
    fn headline_vectors(&self) -> Vec<SparseVec> {
        let n = self.docs.len() as f32;
        let mut analyzer = self.prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
        let mut occs = Vec::new();
        self.articles
            .iter()
            .map(|article| {
                occs.clear();
                analyzer.analyze(&article.title, 0..article.title.len(), &mut occs);
                let mut v: SparseVec = occs
                    .iter()
                    .filter(|o| o.is_content() && !o.is(Occ::NUMBER))
                    .filter(|o| self.stat(o.term).articles > 1)
                    .map(|o| (o.term, (n / self.stat(o.term).articles as f32).ln() + 0.1))
                    .collect();
                v.sort_unstable_by_key(|&(t, _)| t);
                v.dedup_by_key(|&mut (t, _)| t);
                normalise(&mut v);
                v
            })
            .collect()
    }

    /// The article's unit TF-IDF vector over the terms it shares with some other
    /// article (in no particular order: it is only iterated).
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
        v
    }
}

/// Keeps `list` the `k` best `(article, score)`, best first, ties to the lower number:
/// the same k whatever order they are offered in, and no sort of all candidates.
fn offer(list: &mut Vec<(usize, f32)>, b: usize, s: f32, k: usize) {
    let at = list.iter().position(|&(c, t)| s > t || (s == t && b < c));
    match at {
        Some(i) => list.insert(i, (b, s)),
        None => list.push((b, s)),
    }
    list.truncate(k);
}
