//! Work done off the input thread — listing a large library from its catalog, then
//! reading its texts and indexing its topics — and how its results land in the state.
//! The runtime runs [`load`] on a std thread and hands each [`Background`] event to
//! [`App::receive`](super::App::receive); the screen shows the library at once and
//! fills in.

use super::topics::{Knowledge, PairLinks};
use crate::archive::{ArchiveIndex, Disk, Indexing};
use crate::corpus::{Article, Catalog, CatalogEvent, Corpus, LoadOptions, Progress, Skipped};
use crate::index::Lexicons;
use crate::store::SessionState;
use std::path::PathBuf;
use std::sync::Arc;

/// A result of background work, in the order they come.
#[derive(Debug)]
pub enum Background {
    Progress(Progress),
    /// More of the library, in order: stubs (metadata, no text) to append.
    Batch {
        articles: Vec<Article>,
        skipped: Vec<Skipped>,
    },
    /// Something to tell the user (a corrupt index cache rebuilt, say).
    Warning(String),
    /// The library is complete; texts are read from its files as they are needed.
    Catalog(Arc<Catalog>),
    /// Every text, index for index with the library (small libraries only).
    Texts(Arc<Corpus>),
    /// Its topics and related articles, indexed.
    Knowledge(Knowledge),
    /// A long article's text, read on another thread for a pair waiting to open.
    Text {
        article: usize,
        read: Result<Box<Article>, String>,
    },
    /// How far the archive index is in bringing itself up to date.
    ArchiveProgress(Indexing),
    /// The archive index, up to date: the library's texts can be searched.
    Archive(Arc<dyn ArchiveIndex>),
    /// A pair's links, computed on another thread (a long article is in it).
    Links {
        pair: [usize; 2],
        links: PairLinks,
    },
    /// The load could not start (a path vanished since it was checked).
    Failed(String),
    /// A web page asked for in the reader, as an article (or why there is none).
    Fetched {
        url: String,
        into: FetchFor,
        read: Result<Box<Article>, String>,
    },
}

/// Where a page fetched from inside the reader goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FetchFor {
    /// A new row of the library, selected.
    Library,
    /// The pane on this side (the library's row too).
    Pane(super::pane::Side),
    /// The article of the bookmark at this place in the list, opened at its passage.
    Bookmark(usize),
}

/// What to do once the library is there.
#[derive(Debug, Default)]
pub struct Pending {
    pub session: Option<SessionState>,
    /// Open the first two articles side by side (`parallax a b`).
    pub pair: bool,
    /// The active topic of a restored pair, by label, while the topics are still being
    /// indexed: made active again when they arrive.
    pub topic: Option<String>,
}

/// Above this many articles (by default; `[library] topics_from_archive_above`) the
/// corpus-wide topic index is not built in memory, and texts are only ever read on
/// demand: the topics are read from the archive index instead. In memory it grows to
/// gigabytes and minutes (measured: 10,000 articles, 7.5 s and 716 MB; 20,000, 1.6 GB).
pub const TOPICS_FROM_ARCHIVE_ABOVE: usize = 5_000;

/// Lists `paths` through the index cache, then (up to `archive_above` articles) reads
/// every text and indexes the topics in memory, then brings the archive index up to
/// date (and above `archive_above`, reads the topics from it): the background job.
pub fn load(
    paths: Vec<PathBuf>,
    opts: LoadOptions,
    lexicons: Lexicons,
    archive_above: usize,
    send: &dyn Fn(Background),
) {
    let mut on = |event| match event {
        CatalogEvent::Batch { entries, skipped } => send(Background::Batch {
            articles: entries.iter().map(|e| e.stub()).collect(),
            skipped,
        }),
        CatalogEvent::Progress(p) => send(Background::Progress(p)),
        CatalogEvent::Warning(w) => send(Background::Warning(w)),
    };
    let catalog = match Catalog::load(&paths, &opts, &mut on) {
        Ok(c) => Arc::new(c),
        Err(e) => return send(Background::Failed(e.to_string())),
    };
    send(Background::Catalog(catalog.clone()));
    let from_archive = catalog.len() > archive_above;
    if !from_archive {
        let corpus = Arc::new(catalog.texts(&opts, &mut |_| {}));
        send(Background::Texts(corpus.clone()));
        send(Background::Knowledge(Knowledge::build(&corpus, &lexicons)));
    }
    // Last: a warm index has nothing to read, a cold one the longest to do.
    let mut index = Disk::open(crate::corpus::archive_dir(&paths, &opts).as_deref(), &lexicons);
    if let Some(w) = index.warning.take() {
        send(Background::Warning(w));
    }
    // One message per percent, which is all the screen shows: one per article would
    // wake the screen to draw thousands of times a second, taking a core's share
    // from the indexing it reports on.
    let mut shown = None;
    let mut progress = |i: Indexing| {
        let percent = (i.done * 100).checked_div(i.total);
        if shown != Some(percent) {
            shown = Some(percent);
            send(Background::ArchiveProgress(i));
        }
    };
    let index: Arc<dyn ArchiveIndex> = match index.update(&catalog, &mut progress) {
        Ok(_) => Arc::new(index),
        Err(e) => {
            send(Background::Warning(format!("the archive index could not be updated: {e}")));
            if from_archive {
                send(Background::Knowledge(Knowledge::default()));
            }
            return;
        }
    };
    send(Background::Archive(index.clone()));
    if from_archive {
        send(Background::Knowledge(Knowledge::from_archive(index).unwrap_or_else(|e| {
            send(Background::Warning(format!("the topics could not be read: {e}")));
            Knowledge::default()
        })));
    }
}

/// The archive index of a library read in full before the first frame (the seeds,
/// or two files), kept in memory: such a library is small.
pub fn archive_in_memory(corpus: &Corpus, lexicons: &Lexicons) -> Background {
    let mut index = Disk::in_memory(lexicons, None);
    match index.replace_with(&corpus.articles) {
        Ok(_) => Background::Archive(Arc::new(index)),
        Err(e) => Background::Warning(format!("the archive index could not be built: {e}")),
    }
}
