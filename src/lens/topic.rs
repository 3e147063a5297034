//! Topic across outlets: for one topic, every passage of every article that speaks of
//! it, by the passage's first sentence, so that the outlets' openings read as a table.

use super::Span;
use super::scan::{quote_regions, sentences};
use crate::corpus::Article;
use crate::index::Topic;
use serde::Serialize;

/// One passage on a topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TopicRow {
    /// Article number, as in the topic (the index's numbering).
    pub article: usize,
    /// Passage id.
    pub passage: usize,
    /// The passage's first sentence, whitespace collapsed.
    pub sentence: String,
    /// Where that sentence stands in the article text.
    pub span: Span,
}

/// The rows of a topic, ordered by article then passage; `articles` are the articles in
/// the topic's numbering (the index's). Passages that no longer exist are skipped.
pub fn topic_table(topic: &Topic, articles: &[&Article]) -> Vec<TopicRow> {
    let mut rows = Vec::new();
    for tp in &topic.passages {
        let Some(p) =
            articles.get(tp.article).and_then(|a| a.passages.get(tp.passage).map(|p| (a, p)))
        else {
            continue;
        };
        let (article, passage) = p;
        let range = passage.range.clone();
        if article.text.get(range.clone()).is_none() {
            continue;
        }
        let quotes = quote_regions(&article.text, range.clone());
        let first =
            sentences(&article.text, range.clone(), &quotes).into_iter().next().unwrap_or(range);
        let sentence = article
            .text
            .get(first.clone())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        rows.push(TopicRow {
            article: tp.article,
            passage: tp.passage,
            sentence,
            span: first.into(),
        });
    }
    rows.sort_by_key(|r| (r.article, r.passage));
    rows.dedup_by_key(|r| (r.article, r.passage));
    rows
}
