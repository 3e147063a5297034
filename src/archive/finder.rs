//! Each article's topics as the tokens the archive index keeps of them (see
//! [`super::topics`] for how they are read back).

use crate::corpus::Article;
use crate::index::article_topics::{ArticleTopic, article_topics};
use crate::text::Lexicons;

/// Finds articles' topics for the index, one per indexing thread (its own analyzer:
/// the lists' shared one is behind a lock).
pub(super) struct Finder {
    lexicons: Lexicons,
}

impl Finder {
    pub fn new(lexicons: &Lexicons) -> Finder {
        Finder { lexicons: lexicons.clone() }
    }

    /// The tokens of `article`'s topics.
    pub fn tokens(&mut self, article: &Article) -> Vec<String> {
        tokens(&article_topics(article, &self.lexicons))
    }
}

fn tokens(topics: &[ArticleTopic]) -> Vec<String> {
    let mut out = Vec::new();
    for t in topics {
        let key = format!("T{}", t.key);
        out.extend(std::iter::repeat_n(key, t.passages.len().max(1)));
        for w in &t.wordings {
            let flag = if w.canonical { 'c' } else { 'v' };
            out.push(format!("W{}\u{1}{flag}{}", t.key, w.text));
        }
    }
    out
}
