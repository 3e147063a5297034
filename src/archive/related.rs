//! Related articles from the archive index: an article's most telling words (count ×
//! rarity in the archive), asked as one query. Each article's word counts are kept in
//! the index, so the related articles of every article of a large library are found
//! without reading a file again, and kept beside the index until it changes.

use super::counts::{Counts, encoded, telling};
use super::disk::Disk;
use super::{ArchiveError, Found, Indexing};
use crate::corpus::Article;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::PoisonError;
use std::sync::atomic::{AtomicUsize, Ordering};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::{Searcher, TantivyDocument, Term};

/// Where the related articles of the whole library are kept, in the index's folder.
const KEPT_FILE: &str = "parallax-related.json";

/// How related articles are found: lists kept by another way of finding them are
/// found again (a kept file without it is of the first way, 0).
const HOW: u32 = 1;

/// The related articles of every indexed article, by path, as kept on disk.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct Kept {
    #[serde(default)]
    how: u32,
    /// Which commit of the index they were found in.
    key: u64,
    limit: usize,
    related: HashMap<String, Vec<(String, f32)>>,
}

impl Disk {
    /// The query of telling words, as one query over the texts.
    pub(super) fn query_of(&self, words: Vec<(String, f32)>) -> Option<BooleanQuery> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = words
            .into_iter()
            .map(|(word, weight)| {
                let term = Term::from_field_text(self.fields.body, &word);
                let q = TermQuery::new(term, IndexRecordOption::WithFreqs);
                (Occur::Should, Box::new(BoostQuery::new(Box::new(q), weight)) as Box<dyn Query>)
            })
            .collect();
        (!clauses.is_empty()).then(|| BooleanQuery::new(clauses))
    }

    /// The related articles of one article (its own path left out), best first: its
    /// telling words asked as one query for the candidates, which are then ranked as
    /// [`Disk::related_all`] ranks (the cosine of the two articles' telling words), so
    /// that the reader's selected row and `list --json` name the same related articles.
    /// The query's own score (BM25) ranked the closest take of a story set's articles
    /// right 0.023 less often mixed into a 20k archive than alone.
    pub(super) fn related_of(
        &self,
        article: &Article,
        limit: usize,
    ) -> Result<Vec<Found>, ArchiveError> {
        let searcher = self.reader.searcher();
        let n = searcher.num_docs();
        let mut failed = None;
        let mut dfs: HashMap<String, u64> = HashMap::new();
        let mut df = |w: &str| -> u64 {
            if let Some(&d) = dfs.get(w) {
                return d;
            }
            let term = Term::from_field_text(self.fields.body, w);
            let d = searcher.doc_freq(&term).unwrap_or_else(|e| {
                failed.get_or_insert(e);
                0
            });
            dfs.insert(w.to_owned(), d);
            d
        };
        let words = self.counts_of(&article.text).telling(n, &mut df);
        let mine: HashMap<String, f32> = unit(&words).collect();
        let Some(query) = self.query_of(words) else { return Ok(Vec::new()) };
        let top = searcher
            .search(&query, &TopDocs::with_limit(CANDIDATES.max(limit + 1)).order_by_score())?;
        let mut found = Vec::with_capacity(top.len());
        for (_, at) in top {
            let doc: TantivyDocument = searcher.doc(at)?;
            let Some(path) = doc.get_first(self.fields.path).and_then(|v| v.as_str()) else {
                continue;
            };
            if path == article.path {
                continue;
            }
            let counts = doc.get_first(self.fields.counts).and_then(|v| v.as_str());
            let theirs = telling(encoded(counts.unwrap_or("")), n, &mut df);
            let norm = theirs.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(f32::EPSILON);
            let score: f32 =
                theirs.iter().map(|(w, x)| mine.get(*w).copied().unwrap_or(0.0) * x).sum();
            found.push(Found { path: path.to_owned(), score: score / norm });
        }
        if let Some(e) = failed {
            return Err(e.into());
        }
        found.sort_by(|a, b| b.score.total_cmp(&a.score));
        found.truncate(limit);
        Ok(found)
    }

    /// The counts of `text`'s words, analyzed as the index does.
    pub(super) fn counts_of(&self, text: &str) -> Counts {
        let words = self.query_terms.lock().unwrap_or_else(PoisonError::into_inner).of(text);
        Counts::of(words.iter().map(String::as_str))
    }

    /// The related articles of every article in the index (up to `limit` each, its own
    /// path left out), by path: read from beside the index when it has not changed
    /// since they were found, else found (`on` says how far) and kept there.
    pub fn related_all(
        &self,
        limit: usize,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<HashMap<String, Vec<Found>>, ArchiveError> {
        let searcher = self.reader.searcher();
        let key = commit_key(&self.index, &searcher);
        let kept_file = self.dir.as_ref().map(|d| d.join(KEPT_FILE));
        let kept: Option<Kept> = (kept_file.as_ref())
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|b| serde_json::from_slice(&b).ok());
        let related = match kept {
            Some(k) if k.how == HOW && k.key == key && k.limit == limit => k.related,
            _ => {
                let related = self.find_all(&searcher, limit, on)?;
                if let Some(f) = &kept_file {
                    let kept = Kept { how: HOW, key, limit, related };
                    // Not kept (a full disk, say): found again next time, no harm.
                    let _ = crate::atomic::write_atomic_with(f, |w| {
                        Ok(serde_json::to_writer(w, &kept)?)
                    });
                    kept.related
                } else {
                    related
                }
            }
        };
        Ok(related
            .into_iter()
            .map(|(p, r)| (p, r.into_iter().map(|(path, score)| Found { path, score }).collect()))
            .collect())
    }

    fn find_all(
        &self,
        searcher: &Searcher,
        limit: usize,
        on: &mut dyn FnMut(Indexing),
    ) -> Result<HashMap<String, Vec<(String, f32)>>, ArchiveError> {
        let fail = |e: std::io::Error| ArchiveError(e.to_string());
        // Every word's document frequency and a number for it, read once, so each
        // article's telling words cost no look-up in the index.
        let mut words: HashMap<String, (u64, u32), foldhash::fast::RandomState> =
            HashMap::default();
        for segment in searcher.segment_readers() {
            let index = segment.inverted_index(self.fields.body)?;
            let mut terms = index.terms().stream().map_err(fail)?;
            while terms.advance() {
                if let Ok(word) = std::str::from_utf8(terms.key()) {
                    let df = u64::from(terms.value().doc_freq);
                    match words.get_mut(word) {
                        Some(w) => w.0 += df,
                        None => {
                            let next = words.len() as u32;
                            words.insert(word.to_owned(), (df, next));
                        }
                    }
                }
            }
        }
        let n = searcher.num_docs();
        let total = n as usize;
        on(Indexing { done: 0, total });
        // Each article's telling words, as a unit vector over word numbers (the
        // segments read on every core, in order).
        let read = |segment: &tantivy::SegmentReader| {
            let store = segment.get_store_reader(64).map_err(fail)?;
            let mut out = Vec::with_capacity(segment.num_docs() as usize);
            for id in segment.doc_ids_alive() {
                let doc: TantivyDocument = store.get(id)?;
                let Some(path) = doc.get_first(self.fields.path).and_then(|v| v.as_str()) else {
                    continue;
                };
                let counts = doc.get_first(self.fields.counts).and_then(|v| v.as_str());
                let telling = telling(encoded(counts.unwrap_or("")), n, |w| {
                    words.get(w).map_or(0, |&(df, _)| df)
                });
                let norm = telling.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(f32::EPSILON);
                let sign: Vec<(u32, f32)> = (telling.into_iter())
                    .filter_map(|(w, x)| Some((words.get(w)?.1, x / norm)))
                    .collect();
                out.push((path.to_owned(), sign));
            }
            Ok(out)
        };
        // The articles in the order of their paths, not of the index (which follows
        // the order the indexing threads finished them in): a pair's score is summed
        // from the first of the two, so the same library gives the same scores to the
        // last bit, and equal scores are told apart the same way, however indexed.
        let mut read: Vec<(String, Vec<(u32, f32)>)> =
            super::disk::per_segment(searcher, read)?.into_iter().flatten().collect();
        read.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        // Words numbered anew, from 0, in the order the articles first tell them: the
        // lists of the articles telling each word stay as short as the words told.
        let mut renumber: Vec<u32> = vec![u32::MAX; words.len()];
        let mut told = 0u32;
        let mut paths: Vec<String> = Vec::with_capacity(total);
        let mut signs: Vec<Vec<(u32, f32)>> = Vec::with_capacity(total);
        for (path, mut sign) in read {
            for (w, _) in &mut sign {
                let id = &mut renumber[*w as usize];
                if *id == u32::MAX {
                    *id = told;
                    told += 1;
                }
                *w = *id;
            }
            paths.push(path);
            signs.push(sign);
        }
        drop(words);
        Ok(closest(&signs, told as usize, total, limit, on)
            .into_iter()
            .enumerate()
            .map(|(a, found)| {
                let found = found.into_iter().map(|(b, s)| (paths[b].clone(), s)).collect();
                (paths[a].clone(), found)
            })
            .collect())
    }
}

/// Candidates the query finds for an article's related ones, ranked by cosine: on the
/// tune splits of the story sets the closest take was among the first 10 as often as
/// among the first 30.
const CANDIDATES: usize = 10;

/// `words` scaled to unit length.
fn unit(words: &[(String, f32)]) -> impl Iterator<Item = (String, f32)> + '_ {
    let norm = words.iter().map(|(_, x)| x * x).sum::<f32>().sqrt().max(f32::EPSILON);
    words.iter().map(move |(w, x)| (w.clone(), x / norm))
}

/// A word in more than this share of the articles' telling words is not followed to
/// find candidates (it still counts in their lengths): it is common enough to say
/// little, and following it costs the square of its articles.
const COMMON_SHARE: usize = 50;

/// For each article, the `limit` others whose telling words are closest to its own
/// (cosine), best first: an inverted list of the telling words, walked once an article
/// for the articles after it. A pair's score is found once, from the first of the two,
/// and offered to both.
fn closest(
    signs: &[Vec<(u32, f32)>],
    words: usize,
    n: usize,
    limit: usize,
    on: &mut dyn FnMut(Indexing),
) -> Vec<Vec<(usize, f32)>> {
    let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); words];
    for (a, sign) in signs.iter().enumerate() {
        for &(w, x) in sign {
            postings[w as usize].push((a as u32, x));
        }
    }
    let common = (n / COMMON_SHARE).max(50);
    let total = signs.len();
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(total.max(1));
    // Small runs of articles handed out in turn: the first articles have the most
    // pairs to find (every article after them), the last ones none.
    const RUN: usize = 64;
    let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
    let mut found: Vec<Vec<Best>> = Vec::with_capacity(workers);
    std::thread::scope(|s| {
        let (postings, next, done) = (&postings, &next, &done);
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(move || {
                    let mut score = vec![0f32; total];
                    let mut touched: Vec<u32> = Vec::new();
                    let mut best: Vec<Best> = (0..total).map(|_| Best::default()).collect();
                    // The least score that can still enter each article's best (the
                    // last one's, once they are full): most candidates are turned away
                    // here, without reaching the article's list.
                    let mut floor = vec![f32::NEG_INFINITY; total];
                    loop {
                        let from = next.fetch_add(RUN, Ordering::Relaxed);
                        if from >= total {
                            break best;
                        }
                        for (a, sign) in signs.iter().enumerate().skip(from).take(RUN) {
                            for &(w, x) in sign {
                                let list = &postings[w as usize];
                                if list.len() > common {
                                    continue;
                                }
                                let after = list.partition_point(|&(b, _)| b as usize <= a);
                                for &(b, y) in &list[after..] {
                                    if score[b as usize] == 0.0 {
                                        touched.push(b);
                                    }
                                    score[b as usize] += x * y;
                                }
                            }
                            for &b in &touched {
                                let b = b as usize;
                                let s = std::mem::take(&mut score[b]);
                                for (x, y) in [(a, b), (b, a)] {
                                    if s >= floor[x] {
                                        floor[x] = best[x].offer(limit, y, s);
                                    }
                                }
                            }
                            touched.clear();
                        }
                        done.fetch_add(RUN.min(total - from), Ordering::Relaxed);
                    }
                })
            })
            .collect();
        while handles.iter().any(|h| !h.is_finished()) {
            on(Indexing { done: done.load(Ordering::Relaxed).min(total), total });
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        for h in handles {
            // A worker that panicked leaves the pairs it was finding out.
            if let Ok(best) = h.join() {
                found.push(best);
            }
        }
    });
    on(Indexing { done: total, total });
    // Each worker's best for each article, merged.
    (0..total)
        .map(|a| {
            let mut merged = Best::default();
            for worker in &found {
                for &(b, s) in &worker[a].0 {
                    merged.offer(limit, b, s);
                }
            }
            merged.0
        })
        .collect()
}

/// The best candidates offered so far (up to a limit), best first: the highest score,
/// then the lowest index among equals (the order a sort of all of them would give).
#[derive(Default)]
struct Best(Vec<(usize, f32)>);

impl Best {
    /// Offers `b`; gives the least score that can still enter.
    fn offer(&mut self, limit: usize, b: usize, score: f32) -> f32 {
        let before = |x: &(usize, f32)| score.total_cmp(&x.1).then(x.0.cmp(&b)).is_gt();
        let at = self.0.iter().position(before).unwrap_or(self.0.len());
        if at < limit {
            self.0.insert(at, (b, score));
            self.0.truncate(limit);
        }
        match self.0.last() {
            Some(&(_, last)) if self.0.len() >= limit => last,
            _ => f32::NEG_INFINITY,
        }
    }
}

/// Tells one commit of the index from another, as read by `searcher`: the commit's
/// operation stamp where the folder's last commit is the one read (segments merged in
/// the background are renamed, and their deleted articles dropped, but they hold the
/// same articles under the same stamp: what was kept of them still holds), else its
/// segments and their deletions.
pub(super) fn commit_key(index: &tantivy::Index, searcher: &Searcher) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    use std::collections::BTreeSet;
    let read: BTreeSet<(String, u32)> = (searcher.segment_readers().iter())
        .map(|s| (s.segment_id().uuid_string(), s.num_deleted_docs()))
        .collect();
    let last = |meta: &tantivy::IndexMeta| -> BTreeSet<(String, u32)> {
        meta.segments.iter().map(|s| (s.id().uuid_string(), s.num_deleted_docs())).collect()
    };
    match index.load_metas() {
        Ok(meta) if last(&meta) == read => {
            "commit".hash(&mut h);
            meta.opstamp.hash(&mut h);
            searcher.num_docs().hash(&mut h);
        }
        _ => {
            for s in searcher.segment_readers() {
                s.segment_id().uuid_string().hash(&mut h);
                s.num_deleted_docs().hash(&mut h);
            }
        }
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::super::disk::Disk;
    use super::super::finder::Finder;
    use super::commit_key;
    use crate::corpus::Corpus;
    use crate::text::Lexicons;

    /// What is kept beside the index (related lists, the topic list) is kept by this
    /// key: segments merged in the background must not make it found again, and
    /// articles added must.
    #[test]
    fn a_merge_keeps_the_commit_key_and_an_added_article_changes_it() {
        let (lexicons, seeds) = (Lexicons::embedded(), Corpus::seeds());
        let dir = tempfile::tempdir().unwrap();
        let mut disk = Disk::open(Some(dir.path()), &lexicons);
        disk.replace_with(&seeds.articles[..3]).unwrap();
        let mut finder = Finder::new(&lexicons);
        let mut add = |disk: &mut Disk, i: usize| {
            let doc = disk.fields.doc(&seeds.articles[i], 0, &mut finder);
            let writer = disk.writer.as_mut().unwrap();
            writer.add_document(doc).unwrap();
            writer.commit().unwrap();
            disk.reader.reload().unwrap();
        };
        add(&mut disk, 3);
        let key = |disk: &Disk| commit_key(&disk.index, &disk.reader.searcher());
        let before = key(&disk);
        let segments = disk.index.searchable_segment_ids().unwrap();
        assert!(segments.len() >= 2, "{segments:?}");
        let writer = disk.writer.as_mut().unwrap();
        writer.merge(&segments).wait().unwrap();
        disk.reader.reload().unwrap();
        assert_eq!(disk.index.searchable_segment_ids().unwrap().len(), 1, "merged");
        assert_eq!(key(&disk), before, "the same articles under the same commit");
        add(&mut disk, 4);
        assert_ne!(key(&disk), before);
    }
}
