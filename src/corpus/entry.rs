//! An article as the library lists it: its metadata and passages without its text.
//! The index cache stores these, and the catalog hands them out as stubs.

use super::formats::Origin;
use super::{Article, Passage};
use serde::{Deserialize, Serialize};

/// An article of the library, without its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// As [`Article::path`]: display-safe; `file.jsonl:LINE` for a JSON Lines record.
    pub path: String,
    pub title: String,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Words in content passages.
    pub words: usize,
    pub passages: Vec<Passage>,
    pub notice: Option<String>,
    /// Where in its file it was found.
    pub origin: Origin,
    /// Index of its file in [`Catalog::files`](super::Catalog::files).
    pub file: u32,
}

impl Entry {
    pub(crate) fn of(a: &Article, origin: Origin, file: u32) -> Entry {
        Entry {
            path: a.path.clone(),
            title: a.title.clone(),
            byline: a.byline.clone(),
            date: a.date.clone(),
            outlet: a.outlet.clone(),
            url: a.url.clone(),
            words: a.words,
            passages: a.passages.clone(),
            notice: a.notice.clone(),
            origin,
            file,
        }
    }

    /// The article without its text or passages: enough for the library's list, and
    /// safe to hand to anything that reads passages (there are none to read).
    pub fn stub(&self) -> Article {
        Article {
            path: self.path.clone(),
            text: String::new(),
            passages: Vec::new(),
            title: self.title.clone(),
            byline: self.byline.clone(),
            words: self.words,
            notice: self.notice.clone(),
            date: self.date.clone(),
            outlet: self.outlet.clone(),
            url: self.url.clone(),
        }
    }

    /// Number of content passages.
    pub fn content_passages(&self) -> usize {
        self.passages.iter().filter(|p| p.is_content()).count()
    }
}
