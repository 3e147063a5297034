//! The archive index kept on disk: tantivy segments in one folder per library, under
//! the cache directory. Whatever the folder holds, opening gives a working index: one
//! from another version or unreadable is rebuilt, one another process is updating is
//! read as it is, and where nothing can be written the index lives in memory; each
//! fallback is said once, in [`Disk::warning`].

use super::finder::Finder;
use super::terms::{TOKENIZER, Terms};
use super::{ArchiveError, ArchiveIndex, Found, Indexing, Updated};
use crate::corpus::{Article, Catalog, Stamp};
use crate::text::Lexicons;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, PoisonError, mpsc};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::{
    DocSet, Index, IndexReader, IndexWriter, ReloadPolicy, TERMINATED, TantivyDocument,
    TantivyError, Term,
};

/// Written in the folder beside the segments, with the lists it was made with ([`made_with`]):
/// an index of another version is rebuilt.
const VERSION: &str = "parallax archive index 7\n";
const VERSION_FILE: &str = "parallax-version";
/// The writer's memory budget: a segment is flushed past it.
const WRITER_BYTES: usize = 64 << 20;

/// What a [`super::Feeder`] indexed while the library was listed, for the update
/// that follows ([`Disk::update_fed`]).
#[derive(Default)]
pub struct Fed {
    /// Every article the index held before (path and stamp), read once for both.
    pub(super) indexed: Option<HashMap<String, u64>>,
    /// The articles indexed as they were parsed, with their files' stamps.
    pub(super) stamps: HashMap<String, u64>,
    pub(super) added: usize,
    pub(super) changed: usize,
    pub(super) failed: Option<TantivyError>,
}

/// An archive index in a folder (or in memory, when no folder can be written).
pub struct Disk {
    pub(super) index: Index,
    /// `None` when another process holds the folder's writer lock: read-only.
    pub(super) writer: Option<IndexWriter>,
    pub(super) reader: IndexReader,
    pub(super) fields: Fields,
    pub(super) query_terms: Mutex<Terms>,
    /// For the analyzers and topic finders of the indexing threads.
    pub(super) lexicons: Lexicons,
    /// The folder it is kept in (`None` in memory).
    pub(super) dir: Option<std::path::PathBuf>,
    /// What opening had to do instead of the ordinary, if anything.
    pub warning: Option<String>,
}

#[derive(Clone, Copy)]
pub(super) struct Fields {
    pub path: Field,
    stamp: Field,
    title: Field,
    pub body: Field,
    /// The article's words and their counts ([`super::counts::Counts`]), kept so
    /// that its related articles are asked without reading its file again.
    pub counts: Field,
    /// How the article words its topics, kept ([`super::topics`]).
    pub wordings: Field,
    /// Each article's topics as tokens ([`super::topics`]): a topic's key as often as
    /// the article has passages on it.
    pub topics: Field,
}

impl Fields {
    pub(super) fn doc(&self, a: &Article, stamp: u64, finder: &mut Finder) -> TantivyDocument {
        let read = finder.read(a);
        let mut doc = TantivyDocument::new();
        doc.add_text(self.path, &a.path);
        doc.add_u64(self.stamp, stamp);
        doc.add_text(self.title, read.title);
        doc.add_text(self.body, read.body);
        doc.add_text(self.counts, read.counts.encode());
        doc.add_text(self.wordings, read.wordings);
        for token in read.topics {
            doc.add_text(self.topics, token);
        }
        doc
    }
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(TOKENIZER)
            // Searches ask for words, not phrases: positions would only cost time and room.
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = Fields {
        path: b.add_text_field("path", STRING | STORED),
        stamp: b.add_u64_field("stamp", STORED | FAST),
        title: b.add_text_field("title", words.clone()),
        body: b.add_text_field("body", words),
        counts: b.add_text_field("counts", STORED),
        wordings: b.add_text_field("wordings", STORED),
        topics: b.add_text_field(
            "topics",
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer("raw")
                    .set_index_option(IndexRecordOption::WithFreqs),
            ),
        ),
    };
    (b.build(), fields)
}

impl Disk {
    /// The index in `dir` (made if missing); in memory when `dir` is `None` or cannot
    /// be used. Never fails: see [`Disk::warning`].
    pub fn open(dir: Option<&Path>, lexicons: &Lexicons) -> Disk {
        let Some(dir) = dir else {
            return Disk::in_memory(
                lexicons,
                Some("no cache directory: the archive index is kept in memory".into()),
            );
        };
        match open_dir(dir, &made_with(lexicons)) {
            Ok((index, rebuilt)) => Disk::with(index, Some(dir), lexicons, rebuilt),
            Err(e) => Disk::in_memory(
                lexicons,
                Some(format!(
                    "cannot use {} ({e}): the archive index is kept in memory",
                    dir.display()
                )),
            ),
        }
    }

    /// An index that lives as long as the process.
    pub fn in_memory(lexicons: &Lexicons, warning: Option<String>) -> Disk {
        let mut disk = Disk::with(Index::create_in_ram(schema().0), None, lexicons, None);
        disk.warning = warning.or(disk.warning);
        disk
    }

    fn with(
        index: Index,
        dir: Option<&Path>,
        lexicons: &Lexicons,
        warning: Option<String>,
    ) -> Disk {
        let (_, fields) = schema();
        let aliases = &lexicons.aliases;
        // Two writing threads sharing the 64 MB: a commit writes out each thread's last
        // segment, and with one thread the whole of a 20k archive's postings were
        // written out at the end by one core (0.7 s of a cold `list`, 0.15 s with two).
        // The articles arrive already analysed, on every core beside them.
        let (writer, warning) = match index.writer_with_num_threads(2, WRITER_BYTES) {
            Ok(w) => (Some(w), warning),
            Err(TantivyError::LockFailure(..)) => (
                None,
                Some("another parallax is updating the archive index: this one reads it as it was last committed".into()),
            ),
            Err(e) => (None, Some(format!("the archive index cannot be written ({e}): it is read as it is"))),
        };
        // A reader that cannot be made (a folder gone meanwhile) falls back to memory.
        let reader = match index.reader_builder().reload_policy(ReloadPolicy::Manual).try_into() {
            Ok(r) => r,
            Err(e) => {
                return Disk::in_memory(
                    lexicons,
                    Some(format!("the archive index cannot be read ({e}): kept in memory")),
                );
            }
        };
        Disk {
            index,
            writer,
            reader,
            fields,
            query_terms: Mutex::new(Terms::new(aliases)),
            lexicons: lexicons.clone(),
            dir: dir.map(Path::to_path_buf),
            warning,
        }
    }

    /// Indexes articles already read (the built-in seeds, which have no files), in
    /// place of what the index held.
    pub fn replace_with(&mut self, articles: &[Article]) -> Result<Updated, ArchiveError> {
        let Some(writer) = self.writer.as_mut() else {
            return Err(ArchiveError("read-only".into()));
        };
        writer.delete_all_documents()?;
        let mut finder = Finder::new(&self.lexicons);
        for a in articles {
            writer.add_document(self.fields.doc(a, 0, &mut finder))?;
        }
        writer.commit()?;
        self.reader.reload()?;
        Ok(Updated { added: articles.len(), total: articles.len(), ..Updated::default() })
    }

    /// Lets go of the writer (and the memory its threads hold) when nothing more will be
    /// written: the index answers as before, read-only.
    pub fn done_writing(&mut self) {
        self.writer = None;
    }

    /// Every article indexed, with the stamp of its file when it was read.
    pub(super) fn indexed(&self) -> Result<HashMap<String, u64>, ArchiveError> {
        let searcher = self.reader.searcher();
        let mut out = HashMap::new();
        for segment in searcher.segment_readers() {
            let stamps = segment.fast_fields().u64("stamp")?;
            self.each_path(segment, |path, doc| {
                out.insert(path.to_owned(), stamps.first(doc).unwrap_or(0));
            })?;
        }
        Ok(out)
    }

    /// Each live article of `segment`, its path and document number. Read from the
    /// paths' terms, not from the stored articles, which would all be decompressed (and
    /// their pages mapped) to give one field.
    pub(super) fn each_path(
        &self,
        segment: &tantivy::SegmentReader,
        mut found: impl FnMut(&str, tantivy::DocId),
    ) -> Result<(), ArchiveError> {
        let io = |e: std::io::Error| ArchiveError(e.to_string());
        let alive = segment.alive_bitset();
        let paths = segment.inverted_index(self.fields.path)?;
        let mut terms = paths.terms().stream().map_err(io)?;
        while terms.advance() {
            let Ok(path) = std::str::from_utf8(terms.key()) else { continue };
            let mut docs = paths
                .read_postings_from_terminfo(terms.value(), IndexRecordOption::Basic)
                .map_err(io)?;
            while docs.doc() != TERMINATED {
                let doc = docs.doc();
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    found(path, doc);
                }
                docs.advance();
            }
        }
        Ok(())
    }
}

/// `read` of each segment of `searcher`, the segments shared out among the cores, the
/// results in segment order.
pub(super) fn per_segment<T: Send>(
    searcher: &tantivy::Searcher,
    read: impl Fn(&tantivy::SegmentReader) -> Result<T, ArchiveError> + Sync,
) -> Result<Vec<T>, ArchiveError> {
    let segments = searcher.segment_readers();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut read_all: Vec<(usize, Result<T, ArchiveError>)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers.min(segments.len()))
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(segment) = segments.get(k) else { break mine };
                        mine.push((k, read(segment)));
                    }
                })
            })
            .collect();
        (handles.into_iter())
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    read_all.sort_by_key(|(k, _)| *k);
    read_all.into_iter().map(|(_, r)| r).collect()
}

/// What the version file says: the version, and a fingerprint of the alias and topic
/// lists, which decide the index's words and each article's curated topics. An index
/// made with other lists is rebuilt, as one of another version is: its words would
/// miss the new spellings and its topics the edited concept groups.
fn made_with(lexicons: &Lexicons) -> String {
    format!("{VERSION}lists {:016x}\n", lexicons.fingerprint())
}

/// Opens the index in `dir`, or makes it; rebuilds one of another version, one made
/// with other lists, or one that cannot be read, and says so.
fn open_dir(dir: &Path, stamp: &str) -> Result<(Index, Option<String>), ArchiveError> {
    let io = |e: std::io::Error| ArchiveError(e.to_string());
    std::fs::create_dir_all(dir).map_err(io)?;
    let version = dir.join(VERSION_FILE);
    let has_index = dir.join("meta.json").is_file();
    let mut why_rebuilt = None;
    if has_index {
        match std::fs::read_to_string(&version) {
            Ok(v) if v == stamp => match Index::open_in_dir(dir) {
                Ok(index) if index.schema() == schema().0 => return Ok((index, None)),
                Ok(_) => why_rebuilt = Some("was of another layout".to_string()),
                Err(e) => why_rebuilt = Some(format!("could not be read ({e})")),
            },
            Ok(v) if v.starts_with(VERSION) => {
                why_rebuilt = Some("was made with other alias or topic lists".to_string())
            }
            _ => why_rebuilt = Some("was made by another version".to_string()),
        }
        // The folder is the index's own (named for the library under the cache
        // directory): emptied and made again.
        std::fs::remove_dir_all(dir).map_err(io)?;
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let index = Index::create_in_dir(dir, schema().0)?;
    std::fs::write(&version, stamp).map_err(io)?;
    let warning = why_rebuilt.map(|why| format!("the archive index {why}: rebuilt"));
    Ok((index, warning))
}

/// A file's size and modification time as one number, to tell a changed file.
pub(super) fn stamp_of(s: Stamp) -> u64 {
    s.mtime_ns ^ s.size.rotate_left(40)
}

impl ArchiveIndex for Disk {
    fn update(
        &mut self,
        catalog: &Catalog,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<Updated, ArchiveError> {
        self.update_fed(catalog, Fed::default(), on)
    }

    fn related(&self, article: &Article, limit: usize) -> Result<Vec<Found>, ArchiveError> {
        self.related_of(article, limit)
    }

    fn related_all(
        &self,
        limit: usize,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<HashMap<String, Vec<Found>>, ArchiveError> {
        Disk::related_all(self, limit, on)
    }

    fn topics(&self) -> Result<Vec<super::ArchiveTopic>, ArchiveError> {
        Disk::topics(self)
    }

    fn topic_articles(&self, key: &str) -> Result<Vec<(Found, usize)>, ArchiveError> {
        Disk::topic_articles(self, key)
    }

    fn topics_articles(&self, keys: &[&str]) -> Result<super::TopicMembers, ArchiveError> {
        Disk::topics_articles(self, keys)
    }

    fn search(&self, query: &str, limit: usize) -> Result<Vec<Found>, ArchiveError> {
        let words = self.query_terms.lock().unwrap_or_else(PoisonError::into_inner).of(query);
        if words.is_empty() || limit == 0 {
            return Ok(Vec::new());
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &words {
            for (field, boost) in [(self.fields.body, 1.0), (self.fields.title, 2.0)] {
                let term = TermQuery::new(
                    Term::from_field_text(field, word),
                    IndexRecordOption::WithFreqs,
                );
                clauses.push((Occur::Should, Box::new(BoostQuery::new(Box::new(term), boost))));
            }
        }
        self.top(&BooleanQuery::new(clauses), limit)
    }
}

impl Disk {
    /// As [`ArchiveIndex::update`], after `fed` (what a [`super::Feeder`] indexed
    /// while the catalog was parsed): those articles are not read again.
    pub fn update_fed(
        &mut self,
        catalog: &Catalog,
        mut fed: Fed,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<Updated, ArchiveError> {
        let mut indexed = match fed.indexed.take() {
            Some(indexed) => indexed,
            None => self.indexed()?,
        };
        let Some(writer) = self.writer.as_mut() else {
            // Read-only: what another process committed is what there is.
            return Ok(Updated { total: indexed.len(), ..Updated::default() });
        };
        if let Some(e) = fed.failed.take() {
            writer.rollback()?;
            return Err(e.into());
        }
        let mut up = Updated { added: fed.added, changed: fed.changed, ..Updated::default() };
        let mut todo = Vec::new();
        for (i, e) in catalog.entries.iter().enumerate() {
            let stamp = catalog.stamps.get(e.file as usize).map_or(0, |s| stamp_of(*s));
            if fed.stamps.get(&e.path) == Some(&stamp) {
                // Indexed as it was parsed (any older copy deleted then): not to be
                // deleted as one no longer listed.
                indexed.remove(&e.path);
                continue;
            }
            match indexed.remove(&e.path) {
                Some(old) if old == stamp => {}
                Some(_) => {
                    up.changed += 1;
                    writer.delete_term(Term::from_field_text(self.fields.path, &e.path));
                    todo.push((i, stamp));
                }
                None => {
                    up.added += 1;
                    todo.push((i, stamp));
                }
            }
        }
        // What is left was indexed but is no longer in the library.
        for path in indexed.keys() {
            writer.delete_term(Term::from_field_text(self.fields.path, path));
        }
        up.removed = indexed.len();
        // Deletions issued and articles already handed over by the feeder.
        let mut wrote = up.removed + up.changed + fed.stamps.len();
        let total = todo.len();
        on(Indexing { done: 0, total });
        let (fields, lexicons) = (self.fields, &self.lexicons);
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(total.max(1));
        let next = std::sync::atomic::AtomicUsize::new(0);
        let (tx, rx) = mpsc::sync_channel::<Option<TantivyDocument>>(64);
        let mut failed = None;
        std::thread::scope(|s| {
            for _ in 0..workers {
                let (tx, next, todo) = (tx.clone(), &next, &todo);
                s.spawn(move || {
                    let mut finder = Finder::new(lexicons);
                    loop {
                        let j = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&(i, stamp)) = todo.get(j) else { break };
                        let doc = (catalog.article_listed(i).ok())
                            .map(|a| fields.doc(&a, stamp, &mut finder));
                        if tx.send(doc).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            for (done, doc) in rx.iter().enumerate() {
                match doc {
                    Some(doc) => {
                        wrote += 1;
                        if let Err(e) = writer.add_document(doc) {
                            failed.get_or_insert(e);
                        }
                    }
                    None => up.unreadable += 1,
                }
                on(Indexing { done: done + 1, total });
            }
        });
        if let Some(e) = failed {
            writer.rollback()?;
            return Err(e.into());
        }
        // Nothing written, nothing committed: a commit takes a new operation stamp, by
        // which what is kept beside the index is told apart (`related::commit_key`), so
        // an empty one would have a warm start find all that again.
        if wrote > 0 {
            writer.commit()?;
            self.reader.reload()?;
        }
        up.total = self.reader.searcher().num_docs() as usize;
        Ok(up)
    }
}

impl Disk {
    /// The best `limit` articles for `query`.
    fn top(&self, query: &dyn Query, limit: usize) -> Result<Vec<Found>, ArchiveError> {
        let searcher = self.reader.searcher();
        let top = searcher.search(query, &TopDocs::with_limit(limit).order_by_score())?;
        let mut found = Vec::with_capacity(top.len());
        for (score, at) in top {
            let doc: TantivyDocument = searcher.doc(at)?;
            if let Some(path) = doc.get_first(self.fields.path).and_then(|v| v.as_str()) {
                found.push(Found { path: path.to_owned(), score });
            }
        }
        // Equal scores by path, not by where the indexing threads happened to put them.
        found.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.path.cmp(&b.path)));
        Ok(found)
    }
}

impl std::fmt::Debug for Disk {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Disk").field("index", &self.index).field("warning", &self.warning).finish()
    }
}
