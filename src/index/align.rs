//! Links between the passages of two articles: for each passage on the left, the
//! passages on the right that speak of the same thing, best first, with the shared
//! terms that explain each link.

use super::vector::shared;
use super::{Index, PassageIx};
use crate::text::{Occ, TermId};
use serde::Serialize;

/// Scores below this are noise (one common word in common).
pub const MIN_SCORE: f32 = 0.05;
/// Evidence a link needs: the specificity of the content both passages share (see
/// [`Index::evidence`]). One shared name or one uncommon word is not enough.
pub const EVIDENCE_MIN: f32 = 2.5;
/// Distinct specific terms a link needs: a single shared word, however rare, can be a
/// coincidence ("left", "Tuesday", one surname).
const TERMS_MIN: usize = 2;
/// Evidence and score of a strong link, drawn as one; weaker ones are only offered.
pub const EVIDENCE_STRONG: f32 = 5.0;
pub const SCORE_STRONG: f32 = 0.12;
/// What one curated concept group shared ("truce" ⇄ "ceasefire") counts as.
const CONCEPT_EVIDENCE: f32 = 1.5;
/// Most a single term can count: a rare name is telling, but not a story by itself.
const TERM_EVIDENCE_MAX: f32 = 3.0;
/// How many shared terms explain a link.
const SHARED_SHOWN: usize = 5;

/// Which passage vectors to compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scoring {
    /// Aliases, BM25 weights, names and concept groups: what parallax uses.
    #[default]
    Full,
    /// TF-IDF cosine over the stems as written: the baseline for the quality harness.
    Plain,
}

/// How much a link can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    /// Several specific terms in common: the passages tell the same thing.
    Strong,
    /// Enough in common to offer, not to claim.
    Weak,
}

/// A passage on the right that speaks of the same thing as a passage on the left.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// Passage id (index into the right article's passages).
    pub right: usize,
    pub score: f32,
    pub strength: Strength,
    /// How specific the shared content is (see [`Index::evidence`]).
    pub evidence: f32,
    /// The terms both passages use (a concept group by its label), most telling first;
    /// a spelling pair shows both spellings, "Kiev/Kyiv".
    pub shared: Vec<String>,
}

/// The matches of one left passage (passage id), best first; empty if nothing relates.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Link {
    pub left: usize,
    pub matches: Vec<Match>,
}

impl Index<'_> {
    /// For each content passage of article `left`, its `k` best matches in article
    /// `right` (article numbers in this index).
    pub fn links(&self, left: usize, right: usize, k: usize, scoring: Scoring) -> Vec<Link> {
        let (Some(lp), Some(rp)) = (self.docs.get(left), self.docs.get(right)) else {
            return Vec::new();
        };
        // The right article's vectors inverted: (term, passage, weight) by term, and
        // where each term's run starts, so a left passage only meets shared terms.
        let mut postings: Vec<(TermId, u32, f32)> = rp
            .iter()
            .enumerate()
            .flat_map(|(j, q)| q.vector(scoring).iter().map(move |&(t, w)| (t, j as u32, w)))
            .collect();
        postings.sort_unstable_by_key(|&(t, j, _)| (t, j));
        let mut first = vec![u32::MAX; self.stats.len()];
        for (i, &(t, _, _)) in postings.iter().enumerate().rev() {
            if let Some(f) = first.get_mut(t as usize) {
                *f = i as u32;
            }
        }
        let mut sims = vec![0f32; rp.len()];
        let mut scored: Vec<(usize, f32)> = Vec::with_capacity(rp.len());
        lp.iter()
            .map(|p| {
                sims.fill(0.0);
                for &(t, w) in p.vector(scoring) {
                    let from = first.get(t as usize).map_or(usize::MAX, |&f| f as usize);
                    for &(_, j, wq) in
                        postings.get(from..).unwrap_or(&[]).iter().take_while(|x| x.0 == t)
                    {
                        sims[j as usize] += w * wq;
                    }
                }
                scored.clear();
                scored.extend(sims.iter().copied().enumerate().filter(|&(_, s)| s >= MIN_SCORE));
                scored.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
                let matches = scored
                    .iter()
                    .filter_map(|&(j, score)| {
                        let (evidence, terms) = self.evidence(p, &rp[j]);
                        (evidence >= EVIDENCE_MIN && terms >= TERMS_MIN).then_some((j, score, evidence))
                    })
                    .take(k)
                    .map(|(j, score, evidence)| Match {
                        right: rp[j].id,
                        score,
                        strength: if evidence >= EVIDENCE_STRONG && score >= SCORE_STRONG {
                            Strength::Strong
                        } else {
                            Strength::Weak
                        },
                        evidence,
                        shared: self.explain(left, p, right, &rp[j], scoring),
                    })
                    .collect();
                Link { left: p.id, matches }
            })
            .collect()
    }

    /// How specific the content two passages share is, and how many specific terms
    /// make it up. A term counts by how much rarer it is than an everyday word in
    /// general English (0 for "said" or "left", up to [`TERM_EVIDENCE_MAX`] for a name
    /// the background has never seen); a shared concept group counts
    /// [`CONCEPT_EVIDENCE`]; numbers, dates and titles count nothing (years and counts
    /// match by accident).
    pub(crate) fn evidence(&self, p: &PassageIx, q: &PassageIx) -> (f32, usize) {
        let mut total = 0.0;
        let mut terms = 0;
        for t in intersect(&p.own, &q.own) {
            let e = if self.prepared.concepts.label_of(t).is_some() {
                CONCEPT_EVIDENCE
            } else {
                let s = self.stat(t);
                if s.number || s.weak {
                    continue;
                }
                specificity(s.common)
            };
            if e > 0.0 {
                total += e;
                terms += 1;
            }
        }
        (total, terms)
    }

    /// The shared terms of two passages, readable, most telling first.
    fn explain(
        &self,
        a: usize,
        p: &PassageIx,
        b: usize,
        q: &PassageIx,
        scoring: Scoring,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let (pv, qv) = (p.vector(scoring), q.vector(scoring));
        let mut both: Vec<(TermId, f32)> = match scoring {
            Scoring::Plain => shared(pv, qv),
            Scoring::Full => {
                intersect(&p.own, &q.own).map(|t| (t, weight(pv, t) * weight(qv, t))).collect()
            }
        };
        both.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        for (t, _) in both {
            let shown = match self.prepared.concepts.label_of(t) {
                Some(concept) => concept.to_string(),
                None => {
                    let raw = scoring == Scoring::Plain;
                    // Two spellings joined by an alias show both; inflections show one.
                    let (l, l_raw) = self.surface(a, p, t, raw);
                    let (r, r_raw) = self.surface(b, q, t, raw);
                    if l_raw == r_raw || r.is_empty() { l } else { format!("{l}/{r}") }
                }
            };
            if !shown.is_empty() && !out.contains(&shown) {
                out.push(shown);
            }
            if out.len() == SHARED_SHOWN {
                break;
            }
        }
        out
    }

    /// How a term is written in a passage: its first whole-word occurrence, lower-cased
    /// unless the term is a name, possessive dropped; and the stem as written there.
    fn surface(&self, article: usize, p: &PassageIx, t: TermId, raw: bool) -> (String, TermId) {
        let text = &self.articles[article].text;
        let found = p.occs.iter().filter(|o| (if raw { o.raw } else { o.term }) == t);
        let Some(o) = found.clone().find(|o| o.in_sequence()).or_else(|| found.clone().next())
        else {
            return (String::new(), t);
        };
        let word = text.get(o.span()).unwrap_or("");
        let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        let shown = if self.stat(o.term).is_name() || o.is(Occ::UPPER) {
            word.to_string()
        } else {
            word.to_lowercase()
        };
        (shown, o.raw)
    }
}

/// How much rarer than an everyday word a term is: 0 at a Zipf frequency of 5 (one in
/// ten thousand words: "left", "week") and above, one point per tenfold rarer, capped.
fn specificity(common: f32) -> f32 {
    let zipf = 9.0 + common.max(1e-12).log10();
    (5.0 - zipf).clamp(0.0, TERM_EVIDENCE_MAX)
}

/// The weight of a term in a sorted sparse vector (0 if absent).
fn weight(v: &[(TermId, f32)], t: TermId) -> f32 {
    v.binary_search_by_key(&t, |&(u, _)| u).map_or(0.0, |i| v[i].1)
}

/// The terms two sorted, deduplicated lists share.
fn intersect<'a>(a: &'a [TermId], b: &'a [TermId]) -> impl Iterator<Item = TermId> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || {
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    i += 1;
                    j += 1;
                    return Some(a[i - 1]);
                }
            }
        }
        None
    })
}
