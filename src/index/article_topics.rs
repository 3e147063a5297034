//! One article's topics found in it alone, keyed so that the same topic has the same
//! key in every article: what the archive index keeps per article, so that a large
//! library's topics are read from it rather than from every text in memory, and what
//! finds a topic's passages in an open article.
//!
//! Found alone, an article's topics differ a little from those the corpus-wide index
//! finds: a word is taken as a name when the article writes it as one (not the whole
//! corpus), a single name is not merged into the longer name it ends, and a phrase
//! keeps company within the article.

use super::names::Candidate;
use super::topics::passages;
use super::{Index, Lexicons, TopicKind, TopicPassage};
use crate::corpus::Article;
use crate::text::Prepared;
use std::sync::{Arc, PoisonError};

/// Key prefixes: a concept group of `topics.toml`, a name, a phrase.
pub const CURATED: char = 'c';
pub const NAME: char = 'n';
pub const PHRASE: char = 'p';

/// A topic of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleTopic {
    /// [`CURATED`] and the concept's label, or [`NAME`]/[`PHRASE`] and its canonical
    /// terms (stems, spellings joined), space-separated.
    pub key: String,
    pub kind: TopicKind,
    /// How the article words it.
    pub wordings: Vec<Wording>,
    /// Where, in order (`article` is 0: the article alone).
    pub passages: Vec<TopicPassage>,
}

/// One way a topic is written, and how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wording {
    pub text: String,
    /// Written as the canonical spelling (no alias applied): preferred as a label.
    pub canonical: bool,
    pub uses: u32,
}

impl ArticleTopic {
    /// The label it gets in this article alone (its most used wording; the concept's
    /// label for a curated topic).
    pub fn label(&self) -> &str {
        match self.key.strip_prefix(CURATED) {
            Some(label) => label,
            None => self.wordings.first().map_or("", |w| w.text.as_str()),
        }
    }
}

/// The topics of `article` alone: curated ones, then names, then phrases.
pub fn article_topics(article: &Article, lexicons: &Lexicons) -> Vec<ArticleTopic> {
    topics_and_words(article, &lexicons.prepared(), &mut |_, _| {})
}

/// The topics of `article` alone, as [`article_topics`] finds them, and from the same
/// reading its content words in text order, each handed to `word` as its canonical
/// term (stem, spellings joined) with that term's number in `prepared`'s analyzer: what the archive index keeps of an article, for
/// one analysis of its text rather than one per use.
pub(crate) fn topics_and_words(
    article: &Article,
    prepared: &Arc<Prepared>,
    word: &mut dyn FnMut(crate::text::TermId, &str),
) -> Vec<ArticleTopic> {
    let index = Index::analysed(vec![article], Arc::clone(prepared));
    {
        let analyzer = index.prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
        for o in index.docs.iter().flatten().flat_map(|p| &p.occs) {
            if o.is_content() && o.in_sequence() {
                let t = index.analyzer_term(o.term);
                word(t, analyzer.term(t));
            }
        }
    }
    let mut out = Vec::new();
    for (c, label) in index.curated_candidates().into_iter().zip(&index.prepared.concepts.labels) {
        if !c.places.is_empty() {
            out.push(of(format!("{CURATED}{label}"), TopicKind::Curated, c));
        }
    }
    let names = index.name_candidates().into_iter().map(|c| (NAME, c));
    let found: Vec<(char, Candidate)> =
        names.chain(index.phrase_candidates(1).into_iter().map(|c| (PHRASE, c))).collect();
    let analyzer = index.prepared.analyzer.lock().unwrap_or_else(PoisonError::into_inner);
    for (kind, c) in found.into_iter().filter(|(_, c)| !c.key.is_empty() && !c.places.is_empty()) {
        let mut key = String::from(kind);
        for (i, &t) in c.key.iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            key.push_str(analyzer.term(index.analyzer_term(t)));
        }
        out.push(of(key, TopicKind::Discovered, c));
    }
    drop(analyzer);
    // A key is one token of the archive index: nothing that could not be one.
    out.retain(|t| t.key.len() > 1 && t.key.len() < 1000 && !t.key.contains(['\u{1}', '\n']));
    out.sort_by(|a, b| a.key.cmp(&b.key));
    out.dedup_by(|a, b| a.key == b.key);
    out
}

fn of(key: String, kind: TopicKind, c: Candidate) -> ArticleTopic {
    let canonical = c.canonical;
    let mut wordings: Vec<Wording> = (c.surfaces.into_iter())
        .map(|(s, n)| Wording { canonical: canonical.contains(&s), text: s, uses: n })
        .collect();
    wordings.sort_by(|a, b| {
        (b.canonical, b.uses).cmp(&(a.canonical, a.uses)).then_with(|| a.text.cmp(&b.text))
    });
    let passages = passages(c.places);
    ArticleTopic { key, kind, wordings, passages }
}
