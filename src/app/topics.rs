//! What the topic engine knows, as the reader uses it: the corpus's topics and
//! related articles (built once), and the passage links of the open pair (built when a
//! pair opens; two 10 KB articles take well under a millisecond).
//!
//! A small library's topics are indexed in memory from every text, with every passage.
//! A large one's are read from the archive index, which keeps each article's topics:
//! the list and each topic's articles come from it, and the passages of the articles
//! being read are found in their texts when they are opened ([`Knowledge::see`]).

use super::pane::Side;
use crate::archive::{ArchiveError, ArchiveIndex};
use crate::corpus::{Article, Corpus};
use crate::index::article_topics::article_topics;
use crate::index::{Index, Lexicons, Link, Match, Scoring, Strength, Topic, TopicPassage};
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// Links shown per passage and cycled through by the counterpart key.
pub const MATCHES: usize = 3;

/// Corpus-wide results.
#[derive(Debug, Clone, Default)]
pub struct Knowledge {
    /// Read from the archive index: the passages are those of the articles seen.
    pub topics: Vec<Topic>,
    /// Per article (corpus order), its closest other articles, best first.
    pub related: Vec<Vec<(usize, f32)>>,
    /// Where the topics come from when not every passage is in `topics`.
    archived: Option<Archived>,
}

/// Topics read from the archive index.
#[derive(Debug, Clone)]
struct Archived {
    index: Arc<dyn ArchiveIndex>,
    /// Per topic, its key in the index and its passages in the whole library.
    keys: Vec<String>,
    passages: Vec<usize>,
    by_key: HashMap<String, usize>,
    /// Articles whose passages are in `topics`.
    seen: Vec<usize>,
}

impl Knowledge {
    pub fn build(corpus: &Corpus, lexicons: &Lexicons) -> Knowledge {
        let index = Index::of_corpus(corpus, lexicons);
        Knowledge { topics: index.topics(), related: index.related(MATCHES), archived: None }
    }

    /// The topics of a library too large to hold in memory, as its archive index keeps
    /// them (its related articles are asked of the index one article at a time).
    pub fn from_archive(index: Arc<dyn ArchiveIndex>) -> Result<Knowledge, ArchiveError> {
        let found = index.topics()?;
        let mut archived = Archived {
            index,
            keys: Vec::with_capacity(found.len()),
            passages: Vec::with_capacity(found.len()),
            by_key: HashMap::with_capacity(found.len()),
            seen: Vec::new(),
        };
        let mut topics = Vec::with_capacity(found.len());
        for (i, t) in found.into_iter().enumerate() {
            archived.by_key.insert(t.key.clone(), i);
            archived.keys.push(t.key);
            archived.passages.push(t.passages);
            let (label, kind, terms) = (t.label, t.kind, t.terms);
            topics.push(Topic { label, kind, terms, passages: Vec::new() });
        }
        Ok(Knowledge { topics, related: Vec::new(), archived: Some(archived) })
    }

    /// Whether the topics come from the archive index (only the passages of the
    /// articles seen are known).
    pub fn is_archived(&self) -> bool {
        self.archived.is_some()
    }

    /// Finds the passages of every topic in `article` (number `i` of the library),
    /// when the topics come from the archive index and it is not known yet: what an
    /// opened article does, so that its topics can be highlighted and walked.
    pub fn see(&mut self, i: usize, article: &Article, lexicons: &Lexicons) {
        let Some(a) = self.archived.as_mut() else { return };
        if a.seen.contains(&i) || article.passages.is_empty() {
            return;
        }
        // The open pair and a few before it: older articles' passages are dropped.
        const KEPT: usize = 8;
        if a.seen.len() >= KEPT {
            let old = a.seen.remove(0);
            for t in &mut self.topics {
                t.passages.retain(|p| p.article != old);
            }
        }
        a.seen.push(i);
        for found in article_topics(article, lexicons) {
            let Some(&t) = a.by_key.get(&found.key) else { continue };
            let passages = found.passages.into_iter().map(|p| TopicPassage { article: i, ..p });
            self.topics[t].passages.extend(passages);
        }
    }

    /// The passages of `topic` in `article` (number `i`), found in its text: for an
    /// article shown once (a row of the topic across outlets), without keeping them.
    pub fn passages_in(
        &self,
        topic: usize,
        i: usize,
        article: &Article,
        lexicons: &Lexicons,
    ) -> Vec<TopicPassage> {
        let Some(key) = self.archived.as_ref().and_then(|a| a.keys.get(topic)) else {
            return self.passages(topic, i).cloned().collect();
        };
        let found = article_topics(article, lexicons).into_iter().find(|t| &t.key == key);
        let passages = found.map(|t| t.passages).unwrap_or_default();
        passages.into_iter().map(|p| TopicPassage { article: i, ..p }).collect()
    }

    /// Passages on `topic` in the whole library.
    pub fn library_passages(&self, topic: usize) -> usize {
        match &self.archived {
            Some(a) => a.passages.get(topic).copied().unwrap_or(0),
            None => self.topics.get(topic).map_or(0, |t| t.passages.len()),
        }
    }

    /// The articles of `corpus` that speak of `topic`, in corpus order, each with its
    /// passages on it.
    pub fn articles_on(&self, topic: usize, corpus: &Corpus) -> Vec<(usize, usize)> {
        let Some(a) = &self.archived else {
            return (0..corpus.articles.len())
                .map(|i| (i, self.count(topic, i)))
                .filter(|&(_, n)| n > 0)
                .collect();
        };
        let Some(key) = a.keys.get(topic) else { return Vec::new() };
        let found = a.index.topic_articles(key).unwrap_or_default();
        let count: HashMap<&str, usize> =
            found.iter().map(|(f, n)| (f.path.as_str(), *n)).collect();
        (corpus.articles.iter().enumerate())
            .filter_map(|(i, art)| count.get(art.path.as_str()).map(|&n| (i, n)))
            .collect()
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
