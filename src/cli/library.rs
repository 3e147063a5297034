//! A library named on the command line, as `list` and `topics` read it: listed through
//! the index cache and, when it holds more articles than the topic index can take in
//! memory, its archive index brought up to date as it is listed (each file read once),
//! so that what reads the whole library reads the index rather than every text.

use parallax::archive::{Disk, Feeder};
use parallax::config::Startup;
use parallax::corpus::{Catalog, CatalogEvent, Corpus, Feed, LoadOptions, archive_dir};
use std::path::PathBuf;

/// Above how many articles (`[library] topics_from_archive_above`, as for the reader)
/// corpus-wide features come from the archive index: the topic index costs about 75 KB
/// an article, so past the default a command would pass 500 MB.
fn in_memory_limit(startup: &Startup) -> usize {
    startup.config.library.topics_from_archive_above
}

/// A folder's (or files') catalog, and its archive index when it is larger than the
/// topic index takes in memory.
pub struct Library {
    pub catalog: Catalog,
    pub opts: LoadOptions,
    /// Up to date with `catalog`; `None` for a library the topic index takes in memory.
    pub index: Option<Disk>,
}

impl Library {
    /// Every article's text, for a library the topic index takes in memory.
    pub fn texts(&self) -> Corpus {
        self.catalog.texts(&self.opts, &mut |_| {})
    }

    /// The listing without texts (titles, bylines, counts).
    pub fn stubs(&self) -> Corpus {
        Corpus {
            articles: self.catalog.entries.iter().map(|e| e.stub()).collect(),
            skipped: self.catalog.skipped.clone(),
            ignored: self.catalog.ignored,
        }
    }
}

/// The catalog of `paths`, each parsed article handed to `feed`: progress and warnings
/// on stderr while it is a terminal.
fn listed(
    paths: &[PathBuf],
    opts: &LoadOptions,
    feed: Option<&dyn Feed>,
) -> anyhow::Result<Catalog> {
    let mut progress = parallax::corpus::stderr_progress("loading");
    let mut on = |e: CatalogEvent| match e {
        CatalogEvent::Progress(p) => progress(&p),
        CatalogEvent::Warning(w) => eprintln!("parallax: {w}"),
        CatalogEvent::Batch { .. } => {}
    };
    Ok(Catalog::load_feeding(paths, opts, &mut on, feed)?)
}

/// Every article's text of `paths`, for a command that reads them all in memory (`what`
/// it is, to say so): one line and exit code 2 for a library larger than the topic index
/// takes in memory, rather than gigabytes.
pub fn texts(paths: &[PathBuf], startup: &Startup, what: &str) -> anyhow::Result<Corpus> {
    let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
    let catalog = listed(paths, &opts, None)?;
    let limit = in_memory_limit(startup);
    if catalog.len() > limit {
        anyhow::bail!(
            "{what} reads every text in memory: {} articles are more than {limit} \
             ([library] topics_from_archive_above); name a part of the library",
            catalog.len()
        );
    }
    Ok(catalog.texts(&opts, &mut |_| {}))
}

/// Lists `paths` and brings the archive index up to date when the library is large.
pub fn open(paths: &[PathBuf], startup: &Startup) -> anyhow::Result<Library> {
    let lexicons = &startup.lexicons;
    let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
    let dir = archive_dir(paths, &opts);
    let open = || Disk::open(dir.as_deref(), lexicons);
    let limit = in_memory_limit(startup);
    let feeder = Feeder::new(open, limit);
    let catalog = listed(paths, &opts, Some(&feeder))?;
    let (opened, fed) = feeder.done();
    if catalog.len() <= limit {
        return Ok(Library { catalog, opts, index: None });
    }
    let mut index = opened.unwrap_or_else(open);
    if let Some(w) = index.warning.take() {
        eprintln!("parallax: {w}");
    }
    let start = std::time::Instant::now();
    index.update_fed(&catalog, fed, &mut super::search::archive_bar("indexing", start))?;
    Ok(Library { catalog, opts, index: Some(index) })
}
