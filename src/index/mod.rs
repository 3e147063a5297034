//! The topic index: what each passage is about, which passages of two articles speak
//! of the same thing, and which articles are closest to each other.
//!
//! [`Index::build`] reads a set of articles once: every content passage becomes a list
//! of interned words ([`crate::text::Occ`]), the curated concept groups it evokes, and
//! two unit-length sparse vectors — the full one (aliased stems, BM25-saturated and
//! IDF-weighted against a background of general English, concept groups as extra
//! dimensions) and a plain TF-IDF
//! one over the stems as written, kept as the baseline the quality harness measures
//! against. Topics, links, relatedness and variant proposals are all read from it;
//! [`report`] turns them into the stable JSON shapes of the CLI.

mod affinity;
mod align;
pub mod article_topics;
mod names;
mod passages;
mod postings;
mod related;
pub mod report;
mod topics;
mod variants;
mod vector;

pub use crate::text::{LexiconError, Lexicons};
pub use affinity::STORY_DAYS;
pub use align::{Gate, Link, MIN_SCORE, Match, Strength, Tier};
pub use related::{Relate, Related};
pub use topics::{Topic, TopicKind, TopicPassage};
pub use variants::{Variant, VariantForm};

use crate::corpus::{Article, Corpus};
use crate::text::{ConceptHit, Concepts, Occ, Prepared, TermId};
use std::sync::{Arc, OnceLock, PoisonError};
use vector::SparseVec;
pub use vector::{Scoring, Weights};

/// A content passage, analysed.
#[derive(Debug, Clone)]
pub(crate) struct PassageIx {
    /// Index into `Article::passages`.
    pub id: usize,
    pub occs: Vec<Occ>,
    pub concepts: Vec<ConceptHit>,
    pub full: SparseVec,
    /// The baseline's vector, made on first use: only the quality harness compares
    /// with it (see [`Index::vector`]).
    pub plain: OnceLock<SparseVec>,
    /// The passage's own terms and concept groups, sorted (its `full` vector also
    /// carries some of its neighbours'): what can explain a link.
    pub own: Vec<TermId>,
}

/// How often a term occurs, and how it is written.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TermStat {
    /// Content passages containing it.
    pub passages: u32,
    /// Articles containing it.
    pub articles: u32,
    /// Occurrences capitalised away from a sentence start (names).
    pub capital_inside: u32,
    /// Occurrences in lower case.
    pub lower: u32,
    /// A title, date or vague word: never a name, and weighs little.
    pub weak: bool,
    /// Written in digits: a year or a count, which matches by accident.
    pub number: bool,
    /// A curated concept group's label, not a word.
    pub concept: bool,
    /// How common the term is in general English, per word ([`crate::text::UNSEEN`]
    /// for names and words the background does not know).
    pub common: f32,
}

impl TermStat {
    /// Written as a name: capitalised inside sentences at least as often as not.
    pub fn is_name(&self) -> bool {
        !self.weak && self.capital_inside > 0 && self.capital_inside >= self.lower
    }
}

/// The analysed articles of a corpus (or of just the two being aligned).
pub struct Index<'a> {
    pub articles: Vec<&'a Article>,
    /// Per article, its content passages in order.
    pub(crate) docs: Vec<Vec<PassageIx>>,
    /// The shared analyzer and concept groups of the lexicons.
    pub(crate) prepared: Arc<Prepared>,
    pub(crate) stats: Vec<TermStat>,
    /// Each article's whole-story vector, for [`Index::affinity`].
    pub(crate) stories: Vec<SparseVec>,
    /// For an index of its articles' words alone ([`Index::analysed`]), the
    /// analyzer's term for each of its own numbers; empty when they are the analyzer's.
    pub(crate) terms: Vec<TermId>,
}

impl<'a> Index<'a> {
    /// Indexes every article of a corpus.
    pub fn of_corpus(corpus: &'a Corpus, lexicons: &Lexicons) -> Index<'a> {
        Index::build(corpus.articles.iter().collect(), lexicons)
    }

    /// Indexes the given articles; their order is the index's article numbering.
    pub fn build(articles: Vec<&'a Article>, lexicons: &Lexicons) -> Index<'a> {
        Index::build_with(articles, lexicons, Weights::default())
    }

    /// [`Index::build`] with chosen weights (for measuring what each feature brings).
    pub fn build_with(
        articles: Vec<&'a Article>,
        lexicons: &Lexicons,
        weights: Weights,
    ) -> Index<'a> {
        let prepared = lexicons.prepared();
        let concepts = &prepared.concepts;
        let mut analyzer = prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
        let docs = passages::read(&articles, &mut analyzer, concepts);
        let common = |t: TermId| analyzer.common(t);
        let stats = term_stats(&docs, analyzer.vocabulary(), &common, Some(concepts));
        drop(analyzer);
        let terms = Vec::new();
        let mut index = Index { articles, docs, prepared, stats, stories: Vec::new(), terms };
        vector::weigh(&mut index, weights);
        index.stories = (0..index.docs.len()).map(|a| index.story_vector(a)).collect();
        index
    }

    /// The articles' words and concept groups only, without the vectors that links
    /// and relatedness need: enough for their topics. Its words are numbered afresh
    /// ([`Index::terms`]), so that its tables are as large as its own words, not as
    /// every word the analyzer has seen (the archive finds 20,000 articles' topics one
    /// article at a time with one analyzer).
    pub(crate) fn analysed(articles: Vec<&'a Article>, prepared: Arc<Prepared>) -> Index<'a> {
        let concepts = &prepared.concepts;
        let mut analyzer = prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
        let mut docs = passages::read(&articles, &mut analyzer, concepts);
        let mut terms: Vec<TermId> = Vec::new();
        let mut local: crate::text::IdMap<TermId, TermId> = Default::default();
        let mut renumber = |t: &mut TermId| {
            *t = *local.entry(*t).or_insert_with(|| {
                terms.push(*t);
                (terms.len() - 1) as TermId
            });
        };
        for p in docs.iter_mut().flatten() {
            for o in &mut p.occs {
                renumber(&mut o.term);
                renumber(&mut o.raw);
            }
            p.own.clear(); // the analyzer's numbers; unused here
        }
        let common = |t: TermId| terms.get(t as usize).map_or(0.0, |&g| analyzer.common(g));
        let stats = term_stats(&docs, terms.len(), &common, None);
        drop(analyzer);
        Index { articles, docs, prepared, stats, stories: Vec::new(), terms }
    }

    /// The analyzer's term for the index's term `t`.
    pub(crate) fn analyzer_term(&self, t: TermId) -> TermId {
        if self.terms.is_empty() { t } else { self.terms.get(t as usize).copied().unwrap_or(t) }
    }

    /// Number of content passages in the index.
    pub fn passage_count(&self) -> usize {
        self.docs.iter().map(Vec::len).sum()
    }

    pub(crate) fn stat(&self, t: TermId) -> TermStat {
        self.stats.get(t as usize).copied().unwrap_or_default()
    }
}

/// How common a number is taken to be, per word: the background lists words only.
const NUMBER_COMMON: f32 = 1e-4;
/// How common a curated concept group is taken to be: its words are topical, not rare.
const CONCEPT_COMMON: f32 = 1e-5;

/// Document frequencies (per passage and per article) and capitalisation counts, for
/// canonical terms, raw spellings and concept groups alike (`concepts`: none when the
/// words are numbered afresh, the concepts' terms being the analyzer's).
fn term_stats(
    docs: &[Vec<PassageIx>],
    vocabulary: usize,
    common: &dyn Fn(TermId) -> f32,
    concepts: Option<&Concepts>,
) -> Vec<TermStat> {
    let mut stats: Vec<TermStat> = (0..vocabulary)
        .map(|t| TermStat { common: common(t as TermId), ..TermStat::default() })
        .collect();
    // The last passage and article each term was counted in, to count each once.
    let mut seen_passage = vec![u32::MAX; vocabulary];
    let mut seen_article = vec![u32::MAX; vocabulary];
    let mut passage_no = 0u32;
    for (a, passages) in docs.iter().enumerate() {
        let a = a as u32;
        for p in passages {
            for h in p.concepts.iter().filter(|_| concepts.is_some()) {
                if let Some(s) = concepts.and_then(|c| stats.get_mut(c.term(h.concept) as usize)) {
                    s.common = CONCEPT_COMMON;
                    s.concept = true;
                }
            }
            let concept_terms =
                concepts.into_iter().flat_map(|c| p.concepts.iter().map(|h| c.term(h.concept)));
            let terms = p.occs.iter().flat_map(|o| [o.term, o.raw]).chain(concept_terms);
            for t in terms {
                let i = t as usize;
                if i >= vocabulary {
                    continue;
                }
                if seen_passage[i] != passage_no {
                    seen_passage[i] = passage_no;
                    stats[i].passages += 1;
                }
                if seen_article[i] != a {
                    seen_article[i] = a;
                    stats[i].articles += 1;
                }
            }
            for o in p.occs.iter().filter(|o| o.is(Occ::NUMBER)) {
                let s = &mut stats[o.term as usize];
                s.number = true;
                // Figures are everywhere in news: as common as an everyday word.
                s.common = s.common.max(NUMBER_COMMON);
            }
            for o in p.occs.iter().filter(|o| o.is_content() && !o.is(Occ::NUMBER)) {
                let s = &mut stats[o.term as usize];
                s.weak |= o.is(Occ::WEAK);
                if !o.is(Occ::CAPITAL) {
                    s.lower += 1;
                } else if !o.is(Occ::SENTENCE_START) {
                    s.capital_inside += 1;
                }
            }
            passage_no += 1;
        }
    }
    stats
}

#[cfg(test)]
mod tests;
