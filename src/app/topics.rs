//! What the topic engine knows, as the reader uses it: the corpus's topics and
//! related articles (built once), and the passage links of the open pair (built when a
//! pair opens; two 10 KB articles take well under a millisecond).

use super::pane::Side;
use crate::corpus::{Article, Corpus};
use crate::index::{Index, Lexicons, Link, Match, Scoring, Strength, Topic, TopicPassage};
use std::ops::Range;

/// Links shown per passage and cycled through by the counterpart key.
pub const MATCHES: usize = 3;

/// Corpus-wide results.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    pub topics: Vec<Topic>,
    /// Per article (corpus order), its closest other articles, best first.
    pub related: Vec<Vec<(usize, f32)>>,
}

impl Knowledge {
    pub fn build(corpus: &Corpus, lexicons: &Lexicons) -> Knowledge {
        let index = Index::of_corpus(corpus, lexicons);
        Knowledge { topics: index.topics(), related: index.related(MATCHES) }
    }

    /// The passages of `topic` in `article`, in order.
    pub fn passages(&self, topic: usize, article: usize) -> impl Iterator<Item = &TopicPassage> {
        self.topics
            .get(topic)
            .into_iter()
            .flat_map(move |t| t.passages.iter().filter(move |p| p.article == article))
    }

    /// Spans of `topic` in `article`, sorted, for highlighting.
    pub fn spans(&self, topic: usize, article: usize) -> Vec<Range<usize>> {
        let mut spans: Vec<Range<usize>> =
            self.passages(topic, article).flat_map(|p| p.spans.iter().cloned()).collect();
        spans.sort_by_key(|r| r.start);
        spans
    }

    /// How many passages of `article` speak of `topic`.
    pub fn count(&self, topic: usize, article: usize) -> usize {
        self.passages(topic, article).count()
    }
}

/// The links between the two open articles, both ways.
#[derive(Debug, Clone, Default)]
pub struct PairLinks {
    /// `[left → right, right → left]`, each indexed by the source passage's id.
    by_side: [Vec<Option<Vec<Match>>>; 2],
}

impl PairLinks {
    pub fn build(left: &Article, right: &Article, lexicons: &Lexicons) -> PairLinks {
        let index = Index::build(vec![left, right], lexicons);
        let table = |links: Vec<Link>, n: usize| {
            let mut by_passage = vec![None; n];
            for l in links {
                if let Some(slot) = by_passage.get_mut(l.left) {
                    *slot = Some(l.matches);
                }
            }
            by_passage
        };
        PairLinks {
            by_side: [
                table(index.links(0, 1, MATCHES, Scoring::Full), left.passages.len()),
                table(index.links(1, 0, MATCHES, Scoring::Full), right.passages.len()),
            ],
        }
    }

    /// The passages of the other article that speak of `passage` of `side`, best first.
    pub fn matches(&self, side: Side, passage: usize) -> &[Match] {
        self.by_side[side.index()].get(passage).and_then(Option::as_deref).unwrap_or(&[])
    }

    /// Whether a passage has a strong counterpart in the other article: what `↔`
    /// claims. A weak one is offered by the counterpart key, never drawn.
    pub fn linked(&self, side: Side, passage: usize) -> bool {
        self.matches(side, passage).iter().any(|m| m.strength == Strength::Strong)
    }

    /// Whether a passage is content the other article tells nothing of: no strong
    /// counterpart (a weak one is a guess, not a telling).
    pub fn unique(&self, side: Side, passage: usize) -> bool {
        matches!(self.by_side[side.index()].get(passage), Some(Some(_)))
            && !self.linked(side, passage)
    }
}
