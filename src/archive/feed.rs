//! Indexing articles while a catalog parses them ([`crate::corpus::Catalog::load_feeding`]):
//! a library read cold for the first time would otherwise have every file read and
//! its text extracted twice, once to list it and once to index it.

use super::disk::{Disk, Fed, stamp_of};
use super::finder::Finder;
use crate::corpus::{Article, Stamp};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock, PoisonError};
use tantivy::Term;
use tantivy::indexer::UserOperation;

/// Articles handed to the writer at once: one hand-over (and one wake-up of its
/// thread) per article cost more than a tenth of a core on a 20k archive.
const BATCH: usize = 32;

/// A parsing thread's reader of articles and what it has read but not handed over.
struct Batch {
    finder: Finder,
    ops: Vec<UserOperation>,
    /// Path, stamp, and whether an older copy was indexed, of each article in `ops`.
    articles: Vec<(String, u64, bool)>,
}

/// Takes the articles of a library as they are parsed, on the parsing threads, and
/// hands them to the archive index's writer; [`Disk::update_fed`] then does the rest
/// of the update and commits. The index is opened only for a library of more files
/// than `above` (a smaller one may never need it).
pub struct Feeder<'a> {
    open: Box<dyn Fn() -> Disk + Sync + 'a>,
    above: usize,
    /// The index, and what it held (`None` when that could not be read: then nothing
    /// is fed, and the update says why).
    opened: OnceLock<(Disk, Option<HashMap<String, u64>>)>,
    /// One per parsing thread at most, taken while an article is read.
    batches: Mutex<Vec<Batch>>,
    fed: Mutex<Fed>,
}

impl<'a> Feeder<'a> {
    pub fn new(open: impl Fn() -> Disk + Sync + 'a, above: usize) -> Feeder<'a> {
        Feeder {
            open: Box::new(open),
            above,
            opened: OnceLock::new(),
            batches: Mutex::new(Vec::new()),
            fed: Mutex::new(Fed::default()),
        }
    }

    /// The index, if it was opened, and what was fed to it, for [`Disk::update_fed`].
    pub fn done(self) -> (Option<Disk>, Fed) {
        let batches =
            std::mem::take(&mut *self.batches.lock().unwrap_or_else(PoisonError::into_inner));
        for mut batch in batches {
            self.hand_over(&mut batch);
        }
        let mut fed = self.fed.into_inner().unwrap_or_else(PoisonError::into_inner);
        let Some((disk, indexed)) = self.opened.into_inner() else { return (None, fed) };
        fed.indexed = indexed;
        (Some(disk), fed)
    }

    fn hand_over(&self, batch: &mut Batch) {
        let Some((disk, _)) = self.opened.get() else { return };
        let Some(writer) = disk.writer.as_ref() else { return };
        let handed = writer.run(batch.ops.drain(..).collect::<Vec<_>>());
        let mut fed = self.fed.lock().unwrap_or_else(PoisonError::into_inner);
        if let Err(e) = handed {
            fed.failed.get_or_insert(e);
        }
        for (path, stamp, changed) in batch.articles.drain(..) {
            if changed {
                fed.changed += 1;
            } else {
                fed.added += 1;
            }
            fed.stamps.insert(path, stamp);
        }
    }
}

impl crate::corpus::Feed for Feeder<'_> {
    fn wants(&self, files: usize) -> bool {
        if files <= self.above {
            return false;
        }
        let (disk, indexed) = self.opened.get_or_init(|| {
            let disk = (self.open)();
            let indexed = disk.indexed().ok();
            (disk, indexed)
        });
        disk.writer.is_some() && indexed.is_some()
    }

    /// Indexes `a` (of a file stamped `stamp`) unless the index holds it as it is.
    fn feed(&self, a: &Article, stamp: Stamp) {
        let Some((disk, Some(indexed))) = self.opened.get() else { return };
        let stamp = stamp_of(stamp);
        let old = indexed.get(&a.path).copied();
        if old == Some(stamp) || disk.writer.is_none() {
            return;
        }
        let taken = self.batches.lock().unwrap_or_else(PoisonError::into_inner).pop();
        let mut batch = taken.unwrap_or_else(|| Batch {
            finder: Finder::new(&disk.lexicons),
            ops: Vec::with_capacity(BATCH * 2),
            articles: Vec::with_capacity(BATCH),
        });
        let doc = disk.fields.doc(a, stamp, &mut batch.finder);
        if old.is_some() {
            // Before the new one: a deletion applies to what was added before it.
            let path = Term::from_field_text(disk.fields.path, &a.path);
            batch.ops.push(UserOperation::Delete(path));
        }
        batch.ops.push(UserOperation::Add(doc));
        batch.articles.push((a.path.clone(), stamp, old.is_some()));
        if batch.articles.len() >= BATCH {
            self.hand_over(&mut batch);
        }
        self.batches.lock().unwrap_or_else(PoisonError::into_inner).push(batch);
    }
}
