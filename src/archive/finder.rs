//! What the archive index keeps of each article, from one reading of its text: its
//! words, their counts, and its topics as tokens (see [`super::topics`] for how they
//! are read back).

use super::counts::Counts;
use super::terms::Terms;
use crate::corpus::Article;
use crate::index::article_topics::{ArticleTopic, topics_and_words};
use crate::text::{Lexicons, Prepared};
use std::sync::Arc;

/// Reads articles for the index, one per indexing thread (its own analyzer: the lists'
/// shared one is behind a lock).
pub(super) struct Finder {
    prepared: Arc<Prepared>,
    terms: Terms,
}

/// What the index keeps of one article.
pub(super) struct Reading {
    /// The title's and the text's words, as their fields take them (terms one after
    /// another, a space between): as [`Terms::of`] finds them.
    pub title: String,
    pub body: String,
    /// Of the text's words.
    pub counts: Counts,
    /// Its topics' tokens.
    pub topics: Vec<String>,
}

impl Finder {
    pub fn new(lexicons: &Lexicons) -> Finder {
        // A copy of the lists compiles its own analyzer, which this finder alone uses.
        Finder { prepared: lexicons.clone().prepared(), terms: Terms::new(&lexicons.aliases) }
    }

    pub fn read(&mut self, article: &Article) -> Reading {
        let mut body = String::with_capacity(article.text.len() / 2);
        let mut push = |w: &str| {
            if !body.is_empty() {
                body.push(' ');
            }
            body.push_str(w);
        };
        let topics = topics_and_words(article, &self.prepared, &mut push);
        // The rest of the text (headline, byline, page furniture) is the article's words
        // too: found by a search, and counted for its related articles. Their order
        // does not matter, the index keeping no positions.
        for p in article.passages.iter().filter(|p| !p.is_content()) {
            for w in self.terms.of(article.text.get(p.range.clone()).unwrap_or("")) {
                push(&w);
            }
        }
        let counts = Counts::of(body.split(' ').filter(|w| !w.is_empty()));
        let title = self.terms.of(&article.title);
        Reading { title: title.join(" "), body, counts, topics: tokens(&topics) }
    }
}

fn tokens(topics: &[ArticleTopic]) -> Vec<String> {
    let mut out = Vec::new();
    for t in topics {
        let key = ["T", &t.key].concat();
        out.extend(std::iter::repeat_n(key, t.passages.len().max(1)));
        for w in &t.wordings {
            let flag = if w.canonical { "c" } else { "v" };
            out.push(["W", &t.key, "\u{1}", flag, &w.text].concat());
        }
    }
    out
}
