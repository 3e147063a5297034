//! The corpus: finding, decoding, cleaning and segmenting articles.
//!
//! Nothing here knows about terminals. Every file is untrusted input: decoding never
//! fails (a file that is not text is *skipped*, with its reason), and cleaning removes
//! every control and escape byte before the text is kept.

mod article;
mod classify;
pub mod clean;
mod decode;
mod furniture;
mod segment;
mod source;

pub use article::{Article, Passage, PassageKind};
pub use decode::{Decoded, Undecodable, decode};
pub use segment::passages as segment;
pub use source::{ARTICLE_EXTENSIONS, Listing, PathError, list, read};

use serde::Serialize;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// A file that was found but is not in the library, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    pub path: String,
    pub reason: String,
}

impl Skipped {
    pub fn new(path: &Path, reason: impl Into<String>) -> Skipped {
        Skipped { path: clean::display_safe(&source::shown(path)), reason: reason.into() }
    }
}

/// The articles a session reads.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    /// Files in named folders passed over for their extension.
    pub ignored: usize,
}

impl Corpus {
    /// The seed articles embedded in the binary.
    pub fn seeds() -> Corpus {
        let mut corpus = Corpus::default();
        for (path, bytes) in SEEDS {
            corpus.add(path, bytes);
        }
        corpus
    }

    /// Loads files and folders; only a named path that cannot be opened is an error.
    pub fn load(paths: &[PathBuf]) -> Result<Corpus, PathError> {
        Ok(read(list(paths)?))
    }

    /// Decodes and parses one file's bytes, or records why it was skipped.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        match decode(bytes) {
            Ok(d) => self.articles.push(Article::parse(path, &d.text, d.notice)),
            Err(e) => self
                .skipped
                .push(Skipped { path: clean::display_safe(path), reason: e.to_string() }),
        }
    }
}
