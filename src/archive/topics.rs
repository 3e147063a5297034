//! Each article's topics in the archive index, and the library's topics read back from
//! it: what lets a large library have its topic list, its topic filter and a topic
//! across outlets without every text in memory.
//!
//! At update time each article's topics are found in it alone
//! ([`crate::index::article_topics`]) and kept as tokens of one field: `T` and the
//! topic's key once per passage on it (so the term's frequency is the passage count);
//! how the article words each is kept beside them. The topic list is a walk of that
//! field's term dictionary, labelled from the kept wordings of the articles.

use super::disk::Disk;
use super::finder::kept_wordings;
use super::{ArchiveError, ArchiveTopic, Found, TopicMembers};
use crate::index::TopicKind;
use crate::index::article_topics::CURATED;
use crate::text::Lexicons;
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use tantivy::postings::Postings;
use tantivy::schema::{IndexRecordOption, Value};
use tantivy::termdict::TermMerger;
use tantivy::{DocSet, TERMINATED, TantivyDocument, Term};

/// A wording of a topic: canonical or not, how many articles use it, the wording.
type Used = (bool, u32, String);

/// Where the topic list is kept, in the index's folder: a warm start reads it rather
/// than walking the term dictionary.
const KEPT_FILE: &str = "parallax-topics.json";

/// The topic list as kept on disk.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
struct Kept {
    /// Which commit of the index (and which topic lists) it was read from.
    key: u64,
    topics: Vec<ArchiveTopic>,
}

impl Disk {
    /// The archive's topics: curated ones that occur at all (in `topics.toml` order),
    /// then names and phrases found in two or more articles, by articles then passages
    /// (one label once: a name and a phrase may read alike).
    pub fn topics(&self) -> Result<Vec<ArchiveTopic>, ArchiveError> {
        let searcher = self.reader.searcher();
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            super::related::commit_key(&self.index, &searcher).hash(&mut h);
            self.lexicons.topics.iter().for_each(|d| d.label.hash(&mut h));
            h.finish()
        };
        let kept_file = self.dir.as_ref().map(|d| d.join(KEPT_FILE));
        let kept: Option<Kept> = (kept_file.as_ref())
            .and_then(|f| std::fs::read(f).ok())
            .and_then(|b| serde_json::from_slice(&b).ok());
        if let Some(kept) = kept.filter(|k| k.key == key) {
            return Ok(kept.topics);
        }
        let kept = Kept { key, topics: self.walk_topics(&searcher)? };
        // Kept for the next start; a folder that cannot take it only costs the walk.
        if let Some(f) = kept_file {
            let _ = crate::atomic::write_atomic_with(&f, |w| Ok(serde_json::to_writer(w, &kept)?));
        }
        Ok(kept.topics)
    }

    /// The topic list, from the term dictionary.
    fn walk_topics(&self, searcher: &tantivy::Searcher) -> Result<Vec<ArchiveTopic>, ArchiveError> {
        let segments = searcher.segment_readers();
        let inverted = (segments.iter())
            .map(|s| s.inverted_index(self.fields.topics))
            .collect::<Result<Vec<_>, _>>()?;
        let io = |e: std::io::Error| ArchiveError(e.to_string());
        let range = |from: &str, to: &str| {
            (inverted.iter())
                .map(|i| i.terms().range().ge(from).lt(to).into_stream())
                .collect::<Result<Vec<_>, _>>()
                .map_err(io)
        };
        let mut found: Vec<ArchiveTopic> = Vec::new();
        let mut merger = TermMerger::new(range("T", "U")?);
        while merger.advance() {
            let Ok(key) = std::str::from_utf8(&merger.key()[1..]) else { continue };
            let curated = key.starts_with(CURATED);
            let infos: Vec<_> = merger.current_segment_ords_and_term_infos().collect();
            // At most this many articles (deleted ones are counted until a merge).
            if !curated && infos.iter().map(|(_, i)| i.doc_freq).sum::<u32>() < 2 {
                continue;
            }
            let (mut articles, mut passages) = (0, 0);
            for (s, info) in infos {
                let alive = segments[s].alive_bitset();
                let mut postings = inverted[s]
                    .read_postings_from_terminfo(&info, IndexRecordOption::WithFreqs)
                    .map_err(io)?;
                while postings.doc() != TERMINATED {
                    if alive.is_none_or(|a| a.is_alive(postings.doc())) {
                        articles += 1;
                        passages += postings.term_freq() as usize;
                    }
                    postings.advance();
                }
            }
            if articles >= if curated { 1 } else { 2 } {
                let kind = if curated { TopicKind::Curated } else { TopicKind::Discovered };
                found.push(ArchiveTopic {
                    key: key.to_owned(),
                    label: String::new(),
                    kind,
                    terms: Vec::new(),
                    articles,
                    passages,
                });
            }
        }
        // Wordings, counted by the articles that use them.
        let at: HashMap<&str, usize> =
            found.iter().enumerate().map(|(i, t)| (t.key.as_str(), i)).collect();
        // One list a topic, filled from every segment at once: no segment's counts
        // held apart to be merged after (at 100k, tens of megabytes).
        let wordings: Vec<Mutex<Vec<Used>>> = found.iter().map(|_| Mutex::default()).collect();
        super::disk::per_segment(searcher, |s| self.count_wordings(s, &at, &wordings))?;
        drop(at);
        let wordings =
            wordings.into_iter().map(|w| w.into_inner().unwrap_or_else(PoisonError::into_inner));
        for (t, mut w) in found.iter_mut().zip(wordings) {
            w.sort_by(|a, b| (b.0, b.1).cmp(&(a.0, a.1)).then_with(|| a.2.cmp(&b.2)));
            // One wording, canonical or not, is one term.
            let mut terms: Vec<String> = Vec::new();
            for (_, _, s) in w {
                if !terms.contains(&s) {
                    terms.push(s);
                }
            }
            t.terms = terms;
            t.label = match t.kind {
                TopicKind::Curated => t.key[CURATED.len_utf8()..].to_owned(),
                TopicKind::Discovered => t.terms.first().cloned().unwrap_or_default(),
            };
        }
        Ok(order(found, &self.lexicons))
    }

    /// Counts how the live articles of `segment` word the topics `at` numbers, into
    /// `wordings` (each wording, canonical or not, with the articles that use it).
    fn count_wordings(
        &self,
        segment: &tantivy::SegmentReader,
        at: &HashMap<&str, usize>,
        wordings: &[Mutex<Vec<Used>>],
    ) -> Result<(), ArchiveError> {
        let store = segment.get_store_reader(64).map_err(|e| ArchiveError(e.to_string()))?;
        for id in segment.doc_ids_alive() {
            let doc: TantivyDocument = store.get(id)?;
            let kept = doc.get_first(self.fields.wordings).and_then(|v| v.as_str());
            for (key, canonical, text) in kept_wordings(kept.unwrap_or("")) {
                let Some(mine) = at.get(key).and_then(|&i| wordings.get(i)) else { continue };
                let mut mine = mine.lock().unwrap_or_else(PoisonError::into_inner);
                match mine.iter_mut().find(|w| w.0 == canonical && w.2 == text) {
                    Some(w) => w.1 += 1,
                    None => mine.push((canonical, 1, text.to_owned())),
                }
            }
        }
        Ok(())
    }

    /// The articles that speak of the topic `key`, by path, with their passages on it.
    pub fn topic_articles(&self, key: &str) -> Result<Vec<(Found, usize)>, ArchiveError> {
        let searcher = self.reader.searcher();
        let term = Term::from_field_text(self.fields.topics, &format!("T{key}"));
        let mut out = Vec::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.topics)?;
            let io = |e: std::io::Error| ArchiveError(e.to_string());
            let Some(mut postings) =
                inverted.read_postings(&term, IndexRecordOption::WithFreqs).map_err(io)?
            else {
                continue;
            };
            let store = segment.get_store_reader(64).map_err(io)?;
            let alive = segment.alive_bitset();
            while postings.doc() != TERMINATED {
                let doc = postings.doc();
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    let stored: TantivyDocument = store.get(doc)?;
                    if let Some(path) = stored.get_first(self.fields.path).and_then(|v| v.as_str())
                    {
                        let n = postings.term_freq() as usize;
                        out.push((Found { path: path.to_owned(), score: n as f32 }, n));
                    }
                }
                postings.advance();
            }
        }
        Ok(out)
    }
}

/// One segment's part of [`Disk::topics_articles`]: its live articles' paths, and per
/// topic asked (number in `paths`, passages on it).
type SegmentMembers = (Vec<String>, Vec<Vec<(u32, u32)>>);

impl Disk {
    /// The articles of each topic of `keys`, by path, with their passages on it: the
    /// segments read on every core, each path read from the paths' terms (not from the
    /// stored articles, which would all be decompressed).
    pub fn topics_articles(&self, keys: &[&str]) -> Result<TopicMembers, ArchiveError> {
        let searcher = self.reader.searcher();
        let parts = super::disk::per_segment(&searcher, |s| self.segment_members(s, keys))?;
        let mut out = TopicMembers { paths: Vec::new(), of: vec![Vec::new(); keys.len()] };
        for part in parts {
            let (paths, of) = part;
            let first = out.paths.len() as u32;
            out.paths.extend(paths);
            for (all, mine) in out.of.iter_mut().zip(of) {
                all.extend(mine.into_iter().map(|(p, n)| (first + p, n)));
            }
        }
        // By path, whichever segment an article is in.
        let rank = {
            let mut order: Vec<u32> = (0..out.paths.len() as u32).collect();
            order.sort_by(|&a, &b| out.paths[a as usize].cmp(&out.paths[b as usize]));
            let mut rank = vec![0u32; order.len()];
            for (r, &p) in order.iter().enumerate() {
                rank[p as usize] = r as u32;
            }
            rank
        };
        for members in &mut out.of {
            members.sort_unstable_by_key(|&(p, _)| rank[p as usize]);
        }
        Ok(out)
    }

    fn segment_members(
        &self,
        segment: &tantivy::SegmentReader,
        keys: &[&str],
    ) -> Result<SegmentMembers, ArchiveError> {
        let io = |e: std::io::Error| ArchiveError(e.to_string());
        // Each live document's number among this segment's paths.
        let mut numbered = vec![u32::MAX; segment.max_doc() as usize];
        let mut paths = Vec::new();
        self.each_path(segment, |path, doc| {
            if let Some(n) = numbered.get_mut(doc as usize) {
                *n = paths.len() as u32;
                paths.push(path.to_owned());
            }
        })?;
        let topics = segment.inverted_index(self.fields.topics)?;
        let mut of = vec![Vec::new(); keys.len()];
        for (key, members) in keys.iter().zip(&mut of) {
            let term = Term::from_field_text(self.fields.topics, &format!("T{key}"));
            let Some(mut postings) =
                topics.read_postings(&term, IndexRecordOption::WithFreqs).map_err(io)?
            else {
                continue;
            };
            while postings.doc() != TERMINATED {
                let n = numbered.get(postings.doc() as usize).copied().unwrap_or(u32::MAX);
                if n != u32::MAX {
                    members.push((n, postings.term_freq()));
                }
                postings.advance();
            }
        }
        Ok((paths, of))
    }
}

/// Curated topics in `topics.toml` order, then the discovered ones by articles, then
/// passages, then label; a label already taken is left out.
fn order(found: Vec<ArchiveTopic>, lexicons: &Lexicons) -> Vec<ArchiveTopic> {
    let rank: HashMap<&str, usize> =
        lexicons.topics.iter().enumerate().map(|(i, d)| (d.label.as_str(), i)).collect();
    let (mut curated, mut discovered): (Vec<_>, Vec<_>) =
        found.into_iter().partition(|t| t.kind == TopicKind::Curated);
    curated.retain(|t| rank.contains_key(t.label.as_str()));
    curated.sort_by_key(|t| rank.get(t.label.as_str()).copied());
    discovered.sort_by(|a, b| {
        (b.articles, b.passages).cmp(&(a.articles, a.passages)).then_with(|| a.label.cmp(&b.label))
    });
    let mut seen: std::collections::HashSet<String> =
        curated.iter().map(|t| t.label.to_lowercase()).collect();
    discovered.retain(|t| !t.label.is_empty() && seen.insert(t.label.to_lowercase()));
    curated.extend(discovered);
    curated
}
