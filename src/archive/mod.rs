//! The archive index: every article of a library in an inverted index kept on disk
//! beside the index cache, brought up to date file by file, so that what reads the
//! whole library (search across the archive) answers without reading it again.
//!
//! [`ArchiveIndex`] is what the reader and the commands ask; [`Disk`] is the one kept
//! here, in tantivy's segments (crash-safe commits, memory-mapped reads). A shared
//! index on a server could stand behind the same trait. Words are indexed as the
//! topic engine sees them (folded, stemmed, spellings joined through the alias
//! table), so a search for "Kyiv" finds "Kiev" and "negotiate" finds "negotiations".

mod counts;
mod disk;
mod feed;
mod finder;
mod related;
mod terms;
mod topics;

pub use disk::{Disk, Fed};
pub use feed::Feeder;

use crate::corpus::{Article, Catalog, Corpus};
use crate::text::Aliases;

/// An article that matches a search, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// As the library lists it ([`crate::corpus::Entry::path`]).
    pub path: String,
    pub score: f32,
}

/// A topic of the whole archive.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArchiveTopic {
    /// What the archive knows it by ([`crate::index::article_topics::ArticleTopic::key`]).
    pub key: String,
    pub label: String,
    pub kind: crate::index::TopicKind,
    /// Its wordings, the most widespread first (canonical spellings before variants).
    pub terms: Vec<String>,
    /// Articles that speak of it, and their passages on it.
    pub articles: usize,
    pub passages: usize,
}

/// Which articles speak of each of a list of topics, read in one pass: their paths
/// numbered once, and per topic its articles' numbers with their passages on it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TopicMembers {
    pub paths: Vec<String>,
    /// Per topic asked, in order: (number in `paths`, passages on it), by path.
    pub of: Vec<Vec<(u32, u32)>>,
}

/// What an update changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Updated {
    pub added: usize,
    /// Articles of changed files, read again.
    pub changed: usize,
    pub removed: usize,
    /// Articles that could not be read (their file vanished since it was listed).
    pub unreadable: usize,
    /// Articles in the index afterwards.
    pub total: usize,
}

/// How far an update is: articles read of those to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Indexing {
    pub done: usize,
    pub total: usize,
}

/// Why the index could not answer or be written.
#[derive(Debug, thiserror::Error)]
#[error("archive index: {0}")]
pub struct ArchiveError(pub String);

impl From<tantivy::TantivyError> for ArchiveError {
    fn from(e: tantivy::TantivyError) -> ArchiveError {
        ArchiveError(e.to_string())
    }
}

/// An index of a whole library, shared with the threads that search it.
pub trait ArchiveIndex: Send + Sync + std::fmt::Debug {
    /// Brings the index up to date with `catalog`: the articles of new and changed
    /// files are read and indexed, those of vanished files removed, and the result
    /// committed at once (an interrupted update leaves the last commit).
    fn update(
        &mut self,
        catalog: &Catalog,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<Updated, ArchiveError>;

    /// The articles whose words match `query`, best first (BM25 over the words as the
    /// topic engine sees them).
    fn search(&self, query: &str, limit: usize) -> Result<Vec<Found>, ArchiveError>;

    /// The articles closest to `article` (its own path left out), best first: its most
    /// telling words, weighed by how rare they are in the archive, asked as one query,
    /// and its candidates ranked as [`ArchiveIndex::related_all`] ranks them.
    fn related(&self, article: &Article, limit: usize) -> Result<Vec<Found>, ArchiveError>;

    /// The related articles of every indexed article, by path (`on` says how far):
    /// what lists a whole library with them asks, once.
    fn related_all(
        &self,
        limit: usize,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<std::collections::HashMap<String, Vec<Found>>, ArchiveError>;

    /// The library's topics, as its articles' topics were kept when they were indexed
    /// (see [`topics`](self::topics)): curated ones first, then names and phrases of two
    /// or more articles.
    fn topics(&self) -> Result<Vec<ArchiveTopic>, ArchiveError>;

    /// The articles that speak of the topic `key` ([`ArchiveTopic::key`]), with their
    /// passages on it (also as the score), in no particular order.
    fn topic_articles(&self, key: &str) -> Result<Vec<(Found, usize)>, ArchiveError>;

    /// The articles of each topic of `keys`, as [`ArchiveIndex::topic_articles`] gives
    /// them one by one: what lists every topic with its articles asks, once.
    fn topics_articles(&self, keys: &[&str]) -> Result<TopicMembers, ArchiveError>;
}

/// Where the found articles stand in `corpus`, best first (those no longer in it left
/// out): one pass over the library, with the few hits looked up by path.
pub fn in_library(corpus: &Corpus, found: &[Found]) -> Vec<usize> {
    let rank: std::collections::HashMap<&str, usize> =
        found.iter().enumerate().map(|(r, f)| (f.path.as_str(), r)).collect();
    let mut at: Vec<(usize, usize)> = (corpus.articles.iter().enumerate())
        .filter_map(|(i, a)| rank.get(a.path.as_str()).map(|&r| (r, i)))
        .collect();
    at.sort_unstable();
    at.into_iter().map(|(_, i)| i).collect()
}

/// The passage of `article` where most of the query's words occur (the first of
/// equals), to show beside a hit; `None` when no passage has any.
pub fn passage_of(article: &Article, query: &str, aliases: &Aliases) -> Option<usize> {
    let mut terms = terms::Terms::new(aliases);
    let wanted: std::collections::HashSet<String> = terms.of(query).into_iter().collect();
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in article.passages.iter().enumerate().filter(|(_, p)| p.is_content()) {
        let found: std::collections::HashSet<String> = terms
            .of(&article.text[p.range.clone()])
            .into_iter()
            .filter(|t| wanted.contains(t))
            .collect();
        if !found.is_empty() && best.is_none_or(|(_, n)| found.len() > n) {
            best = Some((i, found.len()));
        }
    }
    best.map(|(i, _)| i)
}
