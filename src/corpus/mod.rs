//! The corpus: finding, decoding, cleaning and segmenting articles.
//!
//! Nothing here knows about terminals. Every file is untrusted input: decoding never
//! fails (a file that is not text is *skipped*, with its reason), and cleaning removes
//! every control and escape byte before the text is kept.

mod article;
mod cache;
pub(crate) mod calendar;
mod catalog;
mod classify;
pub mod clean;
#[cfg(test)]
mod content_tests;
mod decode;
mod entry;
mod find;
pub mod formats;
mod furniture;
mod load;
mod progress;
mod segment;
mod source;
mod stamp;

pub use article::{Article, Passage, PassageKind};
pub use cache::{archive_dir, cache_dir};
pub use catalog::{Catalog, CatalogEvent, Feed};
pub use decode::{Decoded, Undecodable, decode};
pub use entry::Entry;
pub use find::{Finder, article_at};
pub use formats::{EXTENSIONS, Format, JsonlFields};
pub use load::{CacheMode, LoadOptions, Progress, load_with_progress, read};
pub use progress::{line as progress_line, stderr_progress};
pub use segment::passages as segment;
pub use source::{Listing, PathError, Stamp, list};

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/seeds.rs"));

/// A file that was found but is not in the library, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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

    /// Decodes and parses one file's bytes in the format its extension names (plain
    /// text otherwise), or records why it was skipped.
    pub fn add(&mut self, path: &str, bytes: &[u8]) {
        let format = Format::of_path(Path::new(path));
        let parsed = formats::parse(path, bytes, format, &JsonlFields::default());
        self.articles.extend(parsed.articles.into_iter().map(|(a, _)| a));
        self.skipped.extend(parsed.skipped);
    }
}
