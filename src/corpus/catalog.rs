//! The library without the texts: every article's metadata and passages, loaded in
//! parallel or read from the index cache, with each article's text read again from
//! its file when it is opened ([`Catalog::article`]). This is what keeps a 100k-article
//! archive's start-up quick and its memory small.

use super::cache::{self, CachedFile};
use super::entry::Entry;
use super::formats::{self, Format, JsonlFields, Origin};
use super::load::{LoadOptions, Progress, Step, TICK, Ticker, in_order, progress_at};
use super::source::{Stamp, read_one, reason, shown};
use super::{Article, Corpus, PathError, Skipped, list};
use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;
use std::time::Instant;

/// What a [`Catalog::load`] reports while it runs, in order.
#[derive(Debug, Clone)]
pub enum CatalogEvent {
    /// The next articles and skipped files, in library order (append them).
    Batch {
        entries: Vec<Entry>,
        skipped: Vec<Skipped>,
    },
    Progress(Progress),
    /// Something to tell the user (a corrupt cache rebuilt, a cache that could not be written).
    Warning(String),
}

/// The library of an archive, texts left on disk.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub entries: Vec<Entry>,
    /// Files (and JSON Lines records) that are not in the library, and why.
    pub skipped: Vec<Skipped>,
    /// Files in named folders passed over for their extension.
    pub ignored: usize,
    /// The files read, in listing order; [`Entry::file`] indexes this.
    pub files: Vec<PathBuf>,
    /// Size and modification time of each file as listed, index for index with `files`.
    pub stamps: Vec<Stamp>,
    formats: Vec<Format>,
    fields: JsonlFields,
    /// Files taken from the cache / parsed in this load.
    pub from_cache: usize,
    pub parsed: usize,
    pub warnings: Vec<String>,
}

/// What takes the articles of the files a [`Catalog::load_feeding`] parses.
pub trait Feed: Sync {
    /// Whether it wants the articles of a library of `files` files (asked once, when
    /// they are listed).
    fn wants(&self, files: usize) -> bool;
    /// An article just parsed, with its file's stamp (called on the parsing threads).
    fn feed(&self, article: &Article, stamp: Stamp);
}

/// Batches are handed over at least this big, or every [`TICK`].
const BATCH: usize = 2048;

impl Catalog {
    /// Lists `paths` and builds the library: unchanged files (same path, size and mtime)
    /// from the index cache, the others parsed in parallel; then the cache is rewritten
    /// if anything changed. `on` receives the batches in order and the progress.
    pub fn load(
        paths: &[PathBuf],
        opts: &LoadOptions,
        on: &mut dyn FnMut(CatalogEvent),
    ) -> Result<Catalog, PathError> {
        Catalog::load_feeding(paths, opts, on, None)
    }

    /// As [`Catalog::load`], handing each article of a file parsed in this load to
    /// `feed` while its text is still in memory (if it wants that library): what reads
    /// every text next (the archive index) need not read the file again. Articles
    /// from the index cache are not fed.
    pub fn load_feeding(
        paths: &[PathBuf],
        opts: &LoadOptions,
        on: &mut dyn FnMut(CatalogEvent),
        feed: Option<&dyn Feed>,
    ) -> Result<Catalog, PathError> {
        let start = Instant::now();
        let store = cache::Store::for_roots(paths, opts);
        // Listing (a stat per file) and reading the cache are independent: overlap them.
        let (listing, (mut old, warning)) = std::thread::scope(|s| {
            let read = s.spawn(|| store.as_ref().map(cache::Store::read).unwrap_or_default());
            let listing = list(paths);
            (listing, read.join().unwrap_or_default())
        });
        let listing = listing?;
        let mut warnings = Vec::new();
        if let Some(w) = warning {
            on(CatalogEvent::Warning(w.clone()));
            warnings.push(w);
        }
        let files = listing.files;
        let feed = feed.filter(|f| f.wants(files.len()));
        let stamps = listing.stamps;
        let total = files.len();
        // Per file: its cached articles, when the file is unchanged.
        let reuse: Vec<Option<CachedFile>> = files
            .iter()
            .zip(&stamps)
            .map(|(f, &(stamp, format))| {
                old.remove(&cache::key(f)).filter(|c| c.stamp == stamp && c.format == format)
            })
            .collect();
        let stale = !old.is_empty(); // files gone since the cache was written
        drop(old);
        let todo: Vec<usize> = (0..total).filter(|&i| reuse[i].is_none()).collect();
        let rewrite = store.is_some() && (!todo.is_empty() || stale);

        let mut m = Merger {
            on,
            start,
            last: Instant::now(),
            p: Progress { total, ..progress_at(start) },
            reuse,
            keep: rewrite,
            next_file: 0,
            batch: (Vec::new(), listing.skipped),
            entries: Vec::new(),
            skipped: Vec::new(),
            fresh: Vec::with_capacity(todo.len()),
        };
        in_order(
            todo.len(),
            opts.workers(),
            |j| {
                let i = todo[j];
                let parsed = read_one(&files[i], stamps[i].1, &opts.jsonl);
                if let Some(feed) = feed {
                    for (a, _) in &parsed.articles {
                        feed.feed(a, stamps[i].0);
                    }
                }
                CachedFile::of(&files[i], stamps[i].0, stamps[i].1, parsed)
            },
            |step| match step {
                Step::Arrived => m.arrived(),
                Step::Ready(j, c) => m.emit(todo[j], Some(c)),
            },
        );
        m.emit(total, None);

        let mut cat = Catalog {
            entries: m.entries,
            skipped: m.skipped,
            ignored: listing.ignored,
            formats: stamps.iter().map(|s| s.1).collect(),
            stamps: stamps.iter().map(|s| s.0).collect(),
            files,
            fields: opts.jsonl.clone(),
            from_cache: total - todo.len(),
            parsed: todo.len(),
            warnings,
        };
        if let Some(store) = store.filter(|_| rewrite) {
            let mut all: Vec<CachedFile> = m.reuse.into_iter().flatten().collect();
            all.extend(m.fresh);
            if let Err(e) = store.write(all, &opts.jsonl) {
                let w = format!("could not write the index cache: {e}");
                (m.on)(CatalogEvent::Warning(w.clone()));
                cat.warnings.push(w);
            }
        }
        Ok(cat)
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Article `i` with its text, read from its file now. Fails (as a skipped entry)
    /// when the file vanished or no longer holds that article.
    pub fn article(&self, i: usize) -> Result<Article, Skipped> {
        let e = self
            .entries
            .get(i)
            .ok_or_else(|| Skipped { path: String::new(), reason: format!("no article {i}") })?;
        let file = &self.files[e.file as usize];
        let gone = |why: String| Skipped { path: e.path.clone(), reason: why };
        match e.origin {
            Origin::Whole => {
                let parsed = read_one(file, self.formats[e.file as usize], &self.fields);
                match (parsed.articles.into_iter().next(), parsed.skipped.into_iter().next()) {
                    (Some((a, _)), _) => Ok(a),
                    (None, Some(s)) => Err(s),
                    (None, None) => Err(gone("no article left in the file".into())),
                }
            }
            Origin::Line { no, offset, len } => {
                let mut buf = vec![0; len as usize];
                std::fs::File::open(file)
                    .and_then(|mut f| {
                        f.seek(SeekFrom::Start(offset))?;
                        f.read_exact(&mut buf)
                    })
                    .map_err(|err| gone(reason(&err)))?;
                let here = format!("{}:{no}", shown(file));
                match formats::parse_jsonl_line(&here, &buf, &self.fields) {
                    Ok(Some(a)) => Ok(a),
                    Ok(None) => Err(gone("the line is blank now".into())),
                    Err(why) => Err(gone(why)),
                }
            }
        }
    }

    /// Article `i` with its text read from its file now, and its passages as they were
    /// found when it was listed: the text is extracted again, but not split and
    /// classified again (what indexing a whole library would otherwise pay twice).
    /// As [`Catalog::article`] where the passages do not fit the text read, and for a
    /// JSON Lines record.
    pub fn article_listed(&self, i: usize) -> Result<Article, Skipped> {
        let Some(e) = self.entries.get(i).filter(|e| e.origin == Origin::Whole) else {
            return self.article(i);
        };
        let file = &self.files[e.file as usize];
        let bytes = std::fs::read(file)
            .map_err(|err| Skipped { path: e.path.clone(), reason: reason(&err) })?;
        let source = formats::source_of(&bytes, self.formats[e.file as usize]);
        let text = source.map(super::article::text_of);
        match text.filter(|t| e.passages.iter().all(|p| t.get(p.range.clone()).is_some())) {
            Some(text) => Ok(Article { text, passages: e.passages.clone(), ..e.stub() }),
            None => self.article(i),
        }
    }

    /// Every article with its text (for the topic index), read in parallel, index for
    /// index with [`Catalog::entries`]: an article whose file changed or vanished since
    /// stays as its [`Entry::stub`], and is also listed in `skipped`.
    pub fn texts(&self, opts: &LoadOptions, on_progress: &mut dyn FnMut(&Progress)) -> Corpus {
        let mut corpus = self.corpus_with(opts, on_progress, true);
        corpus.skipped.splice(0..0, self.skipped.iter().cloned());
        corpus
    }

    /// Every article with its text (for the topic index), read in parallel, in order.
    /// An article whose file changed or vanished since is left out.
    pub fn corpus(&self, opts: &LoadOptions, on_progress: &mut dyn FnMut(&Progress)) -> Corpus {
        self.corpus_with(opts, on_progress, false)
    }

    fn corpus_with(
        &self,
        opts: &LoadOptions,
        on_progress: &mut dyn FnMut(&Progress),
        aligned: bool,
    ) -> Corpus {
        let start = Instant::now();
        let mut corpus = Corpus { ignored: self.ignored, ..Corpus::default() };
        let mut t = Ticker::new(start, self.entries.len());
        in_order(
            self.entries.len(),
            opts.workers(),
            |i| self.article(i),
            |step| {
                let Step::Ready(i, a) = step else {
                    t.p.done += 1;
                    return;
                };
                match a {
                    Ok(a) => corpus.articles.push(a),
                    Err(s) => {
                        if aligned {
                            corpus.articles.push(self.entries[i].stub());
                        }
                        corpus.skipped.push(s)
                    }
                }
                t.tick(on_progress);
            },
        );
        on_progress(t.finish());
        corpus
    }
}

/// Hands results over in listing order: cached files up to a parsed one, then it.
struct Merger<'a> {
    on: &'a mut dyn FnMut(CatalogEvent),
    start: Instant,
    last: Instant,
    p: Progress,
    reuse: Vec<Option<CachedFile>>,
    /// Whether the cached files are kept (to write the cache again) or moved out.
    keep: bool,
    next_file: usize,
    batch: (Vec<Entry>, Vec<Skipped>),
    entries: Vec<Entry>,
    skipped: Vec<Skipped>,
    fresh: Vec<CachedFile>,
}

impl Merger<'_> {
    /// A parsed file finished (maybe ahead of its turn): progress moves on even while
    /// a slow file holds back the hand-over of those after it.
    fn arrived(&mut self) {
        self.p.done += 1;
        if self.last.elapsed() >= TICK {
            self.last = Instant::now();
            self.p.elapsed = self.start.elapsed();
            (self.on)(CatalogEvent::Progress(self.p));
        }
    }

    fn emit(&mut self, upto: usize, parsed: Option<CachedFile>) {
        while self.next_file < upto {
            let slot = &mut self.reuse[self.next_file];
            let cached = if self.keep { slot.clone() } else { slot.take() };
            if let Some(c) = cached {
                self.p.cached += 1;
                self.p.done += 1;
                take(c, self.next_file, &mut self.p, &mut self.batch);
            }
            self.next_file += 1;
        }
        if let Some(c) = parsed {
            if self.keep {
                self.fresh.push(c.clone());
            }
            take(c, upto, &mut self.p, &mut self.batch);
            self.next_file = upto + 1;
        }
        let end = self.next_file >= self.reuse.len();
        if self.batch.0.len() >= BATCH || self.last.elapsed() >= TICK || end {
            self.last = Instant::now();
            self.p.elapsed = self.start.elapsed();
            self.entries.extend(self.batch.0.iter().cloned());
            self.skipped.extend(self.batch.1.iter().cloned());
            let (entries, skipped) = std::mem::take(&mut self.batch);
            (self.on)(CatalogEvent::Batch { entries, skipped });
            (self.on)(CatalogEvent::Progress(self.p));
        }
    }
}

/// `done` counts a parsed file when it arrives; a cached one when it is taken here.
fn take(c: CachedFile, file: usize, p: &mut Progress, batch: &mut (Vec<Entry>, Vec<Skipped>)) {
    p.articles += c.entries.len();
    p.skipped += c.skipped.len();
    batch.0.extend(c.entries.into_iter().map(|e| Entry { file: file as u32, ..e }));
    batch.1.extend(c.skipped);
}
