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
    /// How often the article being read uses each of the analyzer's terms, by its
    /// number: counted without hashing a word (zero again once it is read).
    uses: Vec<u32>,
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
    /// How it words its topics ([`wordings`]).
    pub wordings: String,
}

impl Finder {
    pub fn new(lexicons: &Lexicons) -> Finder {
        // A copy of the lists compiles its own analyzer, which this finder alone uses.
        let prepared = lexicons.clone().prepared();
        Finder { prepared, terms: Terms::new(&lexicons.aliases), uses: Vec::new() }
    }

    pub fn read(&mut self, article: &Article) -> Reading {
        let mut body = String::with_capacity(article.text.len() / 2);
        let push = |body: &mut String, w: &str| {
            if !body.is_empty() {
                body.push(' ');
            }
            body.push_str(w);
        };
        let (uses, mut counted) = (&mut self.uses, Vec::new());
        let topics = topics_and_words(article, &self.prepared, &mut |t, w| {
            push(&mut body, w);
            let t = t as usize;
            if t >= uses.len() {
                uses.resize(t + 1, 0);
            }
            if uses[t] == 0 {
                counted.push((w.to_owned(), t));
            }
            uses[t] += 1;
        });
        let mut counts: Vec<(String, u32)> =
            counted.into_iter().map(|(w, t)| (w, std::mem::take(&mut uses[t]))).collect();
        // The rest of the text (headline, byline, page furniture) is the article's words
        // too: found by a search, and counted for its related articles. Their order
        // does not matter, the index keeping no positions.
        for p in article.passages.iter().filter(|p| !p.is_content()) {
            for w in self.terms.of(article.text.get(p.range.clone()).unwrap_or("")) {
                push(&mut body, &w);
                counts.push((w, 1));
            }
        }
        let title = self.terms.of(&article.title);
        Reading {
            title: title.join(" "),
            body,
            counts: Counts::merged(counts),
            topics: tokens(&topics),
            wordings: wordings(&topics),
        }
    }
}

/// A topic's key once per passage on it (its term frequency is the passage count).
fn tokens(topics: &[ArticleTopic]) -> Vec<String> {
    let mut out = Vec::new();
    for t in topics {
        let key = ["T", &t.key].concat();
        out.extend(std::iter::repeat_n(key, t.passages.len().max(1)));
    }
    out
}

/// Each topic's wordings, a line each: its key, `\u{1}`, `c` or `v` (canonical or
/// variant spelling) and the wording. Kept, not indexed: only the topics of two or
/// more articles are ever labelled, and as tokens each article's wordings of its
/// many one-article phrases cost the index a seventh of its building time.
fn wordings(topics: &[ArticleTopic]) -> String {
    let mut out = String::new();
    for t in topics {
        // A wording that would break its line is no label anyone wants.
        for w in t.wordings.iter().filter(|w| !w.text.contains(['\n', '\u{1}'])) {
            let flag = if w.canonical { "c" } else { "v" };
            for part in [&t.key, "\u{1}", flag, &w.text, "\n"] {
                out.push_str(part);
            }
        }
    }
    out
}

/// The wordings [`wordings`] kept: key, canonical, wording.
pub(super) fn kept_wordings(s: &str) -> impl Iterator<Item = (&str, bool, &str)> {
    s.lines().filter_map(|l| {
        let (key, rest) = l.split_once('\u{1}')?;
        let canonical = rest.starts_with('c');
        Some((key, canonical, rest.get(1..)?))
    })
}
