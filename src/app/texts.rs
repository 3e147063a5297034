//! Article texts read on demand. A large library is listed from its catalog — titles,
//! bylines, dates and passages' places, no text (see [`Catalog`]) — and an article's
//! text is read from its file only when it is previewed or opened. A few are kept, so
//! going back and forth reads nothing twice; the open pair is never let go.
//!
//! When the library is small enough for the corpus-wide topic index, the background job
//! reads every text anyway, and the whole corpus then replaces the stubs.

use crate::corpus::{Article, Catalog, Corpus};
use std::collections::{HashMap, VecDeque};
use std::sync::Arc;

/// How many read texts are kept besides the open pair.
const KEEP: usize = 64;

/// Articles longer than this are read, and their pair links computed, off the input
/// thread: a 50 MB article takes ~0.3 s to read and ~1.5 s to link.
pub const BIG_WORDS: usize = 200_000;

/// An article handed to another thread without copying its text.
#[derive(Debug, Clone)]
pub enum Shared {
    Read(Arc<Article>),
    InCorpus(Arc<Corpus>, usize),
}

impl Shared {
    pub fn get(&self) -> &Article {
        match self {
            Shared::Read(a) => a,
            Shared::InCorpus(c, i) => &c.articles[*i],
        }
    }
}

#[derive(Debug, Default)]
pub struct Texts {
    /// Where to read from; `None` when the corpus holds every text itself.
    catalog: Option<Arc<Catalog>>,
    loaded: HashMap<usize, Arc<Article>>,
    /// Loaded articles, least recently asked for first.
    recent: VecDeque<usize>,
    /// The library is still being listed: the corpus holds stubs, and no catalog yet.
    listing: bool,
    /// Articles added to the library after it was listed (a bookmark's, from another
    /// library): not in the catalog, so kept, never read again.
    adopted: HashMap<usize, Arc<Article>>,
}

impl Texts {
    /// Texts read from `catalog`'s files as they are needed.
    pub fn on_demand(catalog: Arc<Catalog>) -> Texts {
        Texts { catalog: Some(catalog), ..Texts::default() }
    }

    /// While the library is being listed: stubs, and nothing to read them from yet.
    pub fn listing() -> Texts {
        Texts { listing: true, ..Texts::default() }
    }

    /// Article `i`: with its text when read (or when the corpus holds texts), else the
    /// corpus's stub, which has metadata and no passages.
    pub fn article<'a>(&'a self, corpus: &'a Corpus, i: usize) -> Option<&'a Article> {
        match self.loaded.get(&i).or_else(|| self.adopted.get(&i)) {
            Some(a) => Some(a),
            None => corpus.articles.get(i),
        }
    }

    /// Adds `article` as article `i` of a library whose texts are read on demand
    /// (the corpus gets its stub); `false` when the corpus holds its texts itself, and
    /// so should take the whole article.
    pub fn adopt(&mut self, i: usize, article: Article) -> bool {
        if self.catalog.is_none() {
            return false;
        }
        self.adopted.insert(i, Arc::new(article));
        true
    }

    /// Article `i` with its text, to hand to another thread; `None` if not in memory.
    pub fn shared(&self, corpus: &Arc<Corpus>, i: usize) -> Option<Shared> {
        match self.loaded.get(&i).or_else(|| self.adopted.get(&i)) {
            Some(a) => Some(Shared::Read(a.clone())),
            None if self.has(i) && i < corpus.articles.len() => {
                Some(Shared::InCorpus(corpus.clone(), i))
            }
            None => None,
        }
    }

    /// A reader for article `i`'s text, to run on another thread (`None` when the
    /// corpus holds the texts, or nothing can be read yet).
    pub fn reader(
        &self,
        i: usize,
    ) -> Option<impl FnOnce() -> Result<Article, String> + Send + use<>> {
        let catalog = self.catalog.clone()?;
        Some(move || catalog.article(i).map_err(|s| s.reason))
    }

    /// Keeps a text read elsewhere (see [`Texts::reader`]).
    pub fn insert(&mut self, i: usize, article: Article, pinned: &[usize]) {
        if self.catalog.is_none() || self.loaded.contains_key(&i) {
            return;
        }
        self.loaded.insert(i, Arc::new(article));
        self.recent.push_back(i);
        self.make_room(i, pinned);
    }

    /// Whether article `i`'s text is in memory.
    pub fn has(&self, i: usize) -> bool {
        !self.listing
            && (self.catalog.is_none()
                || self.loaded.contains_key(&i)
                || self.adopted.contains_key(&i))
    }

    /// Reads article `i`'s text unless it is in memory; `Ok(true)` when it was read now.
    /// Making room lets go of the least recently asked for, never one of `pinned`.
    pub fn load(&mut self, i: usize, pinned: &[usize]) -> Result<bool, String> {
        let Some(catalog) = &self.catalog else { return Ok(false) };
        if self.adopted.contains_key(&i) {
            return Ok(false);
        }
        if self.loaded.contains_key(&i) {
            self.recent.retain(|&x| x != i);
            self.recent.push_back(i);
            return Ok(false);
        }
        let article = catalog.article(i).map_err(|s| s.reason)?;
        self.loaded.insert(i, Arc::new(article));
        self.recent.push_back(i);
        self.make_room(i, pinned);
        Ok(true)
    }

    /// Lets go of the least recently asked for texts beyond [`KEEP`], never one of
    /// `pinned` nor `just`.
    fn make_room(&mut self, just: usize, pinned: &[usize]) {
        let i = just;
        while self.recent.len() > KEEP + pinned.len() {
            let Some(at) = self.recent.iter().position(|x| !pinned.contains(x) && *x != i) else {
                break;
            };
            if let Some(old) = self.recent.remove(at) {
                self.loaded.remove(&old);
            }
        }
    }

    /// How many texts are in memory here.
    pub fn len(&self) -> usize {
        self.loaded.len()
    }

    pub fn is_empty(&self) -> bool {
        self.loaded.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{CacheMode, LoadOptions};

    fn catalog(n: usize) -> (tempfile::TempDir, Arc<Catalog>) {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..n {
            let text =
                format!("Title {i}\n\nThe first paragraph of article {i}.\n\nA second one.\n");
            std::fs::write(dir.path().join(format!("a{i:03}.txt")), text).unwrap();
        }
        let opts = LoadOptions { cache: CacheMode::Off, ..LoadOptions::default() };
        let cat = Catalog::load(&[dir.path().to_path_buf()], &opts, &mut |_| {}).unwrap();
        (dir, Arc::new(cat))
    }

    #[test]
    fn a_text_is_read_when_asked_for_and_kept() {
        let (_dir, cat) = catalog(3);
        let stubs = Corpus {
            articles: cat.entries.iter().map(|e| e.stub()).collect(),
            ..Corpus::default()
        };
        let mut t = Texts::on_demand(cat);
        assert!(!t.has(1));
        assert!(t.article(&stubs, 1).unwrap().passages.is_empty(), "a stub before");
        assert_eq!(t.load(1, &[]), Ok(true));
        assert_eq!(t.load(1, &[]), Ok(false), "not read twice");
        let a = t.article(&stubs, 1).unwrap();
        assert!(a.text.contains("first paragraph of article 1"));
        assert_eq!(a.path, stubs.articles[1].path, "the same article");
    }

    #[test]
    fn only_the_least_recent_unpinned_texts_are_let_go() {
        let (_dir, cat) = catalog(KEEP + 10);
        let mut t = Texts::on_demand(cat);
        for i in 0..KEEP + 10 {
            t.load(i, &[0]).unwrap();
        }
        assert_eq!(t.len(), KEEP + 1, "KEEP plus the pinned one");
        assert!(t.has(0), "pinned");
        assert!(!t.has(1), "least recent");
        assert!(t.has(KEEP + 9), "most recent");
    }

    #[test]
    fn a_vanished_file_is_an_error_not_a_panic() {
        let (dir, cat) = catalog(2);
        std::fs::remove_file(dir.path().join("a001.txt")).unwrap();
        let mut t = Texts::on_demand(cat);
        let why = t.load(1, &[]).unwrap_err();
        assert!(
            why.contains("No such file") || why.contains("not found") || why.contains("vanished"),
            "{why}"
        );
        assert!(!t.has(1));
    }
}
