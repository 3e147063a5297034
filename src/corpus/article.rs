//! An article: its cleaned text, its passages, and what the text says about itself.

use super::{classify, clean, segment};
use serde::Serialize;
use std::ops::Range;

/// What a passage is to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    /// The headline.
    Title,
    /// An author line ("Feature by …", a name under the title, "Authors: …").
    Byline,
    /// A paragraph of the article proper.
    Body,
    /// Page furniture: subscription teasers, credits, "Topics:" lines, site chrome.
    Boilerplate,
}

/// A paragraph, as a byte range into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub range: Range<usize>,
    pub kind: PassageKind,
}

impl Passage {
    /// Whether the passage is the article's content (what words, topics and links count).
    pub fn is_content(&self) -> bool {
        self.kind == PassageKind::Body
    }
}

/// One article of the library.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it came from, display-safe (a file path, or `seeds/…` for embedded seeds).
    pub path: String,
    /// The decoded text with controls neutralised; same byte length as the decoded text.
    pub text: String,
    pub passages: Vec<Passage>,
    pub title: String,
    pub byline: Option<String>,
    /// Words in content passages.
    pub words: usize,
    /// How the file was decoded, when that was not plain UTF-8.
    pub notice: Option<String>,
}

impl Article {
    /// Builds an article from decoded text; `path` is only used for display and naming.
    pub fn parse(path: &str, decoded: &str, notice: Option<String>) -> Article {
        let text = clean::neutralise(decoded);
        let ranges = segment::passages(&text);
        let meta = classify::classify(&text, &ranges);
        let passages: Vec<Passage> = ranges
            .into_iter()
            .zip(meta.kinds)
            .map(|(range, kind)| Passage { range, kind })
            .collect();
        let words =
            passages.iter().zip(&meta.words).filter(|(p, _)| p.is_content()).map(|(_, w)| w).sum();
        let title = meta
            .title
            .map(|t| clean::display_safe(&t))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| file_stem(path));
        Article {
            path: clean::display_safe(path),
            byline: meta.byline.map(|b| clean::display_safe(&b)),
            text,
            passages,
            title,
            words,
            notice,
        }
    }

    /// The text of passage `i`, as it stands in the file (line breaks included).
    pub fn passage_text(&self, i: usize) -> &str {
        self.passages.get(i).map_or("", |p| &self.text[p.range.clone()])
    }

    /// Number of content passages.
    pub fn content_passages(&self) -> usize {
        self.passages.iter().filter(|p| p.is_content()).count()
    }
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    clean::display_safe(stem)
}
