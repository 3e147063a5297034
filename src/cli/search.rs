//! `parallax search QUERY [PATH…]`: the articles of an archive whose words match the
//! query, best first, each with the passage that says most of it. The archive index is
//! kept beside the index cache and brought up to date first, file by file, so a second
//! search of an unchanged archive reads no article.

use parallax::archive::{ArchiveIndex, Disk, Found, Indexing, Updated, passage_of};
use parallax::config::Startup;
use parallax::corpus::{Article, Catalog, CatalogEvent, LoadOptions, Progress};
use parallax::web::Fetcher;
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use std::path::PathBuf;

/// `{"query", "hits": [{"path", "title", "outlet", "date", "score", "passage", "span",
/// "text"}], "index": {"added", "changed", "removed", "unreadable", "total"},
/// "warnings": [..]}`
#[derive(Debug, Serialize)]
struct SearchReport {
    query: String,
    hits: Vec<Hit>,
    index: IndexReport,
    warnings: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Hit {
    path: String,
    title: String,
    outlet: Option<String>,
    date: Option<String>,
    score: f32,
    /// The passage that says most of the query (index into the article's passages),
    /// its byte span in the decoded text, and its text.
    passage: Option<usize>,
    span: Option<[usize; 2]>,
    text: Option<String>,
}

#[derive(Debug, Serialize)]
struct IndexReport {
    added: usize,
    changed: usize,
    removed: usize,
    unreadable: usize,
    total: usize,
}

/// Reads a hit's article, by its path as the library lists it.
type Reader = Box<dyn Fn(&str) -> Option<Article>>;

/// `parallax search QUERY [PATH…]`: the seeds when nothing is named.
pub fn run(
    query: &str,
    paths: &[PathBuf],
    limit: usize,
    json: bool,
    startup: &Startup,
    web: &Fetcher,
) -> anyhow::Result<()> {
    let lexicons = &startup.lexicons;
    let mut warnings = Vec::new();
    let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
    // The seeds, or what names a URL, are indexed in memory for this search: a page is
    // kept in the page cache, not in an archive's index.
    let in_memory = paths.is_empty() || parallax::web::needs_web(paths);
    let (found, updated, read): (Vec<Found>, Updated, Reader) = if in_memory {
        let corpus = super::sources::load(paths, &opts, web)?;
        let mut index = Disk::in_memory(lexicons, None);
        let updated = index.replace_with(&corpus.articles)?;
        let found = index.search(query, limit)?;
        let read = move |path: &str| corpus.articles.iter().find(|a| a.path == path).cloned();
        (found, updated, Box::new(read))
    } else {
        let mut progress = parallax::corpus::stderr_progress("loading");
        let mut on = |e: CatalogEvent| match e {
            CatalogEvent::Progress(p) => progress(&p),
            CatalogEvent::Warning(w) => warnings.push(w),
            CatalogEvent::Batch { .. } => {}
        };
        let dir = parallax::corpus::archive_dir(paths, &opts);
        let open = || Disk::open(dir.as_deref(), lexicons);
        // Every file parsed to be listed is indexed then, read once.
        let feeder = parallax::archive::Feeder::new(open, 0);
        let catalog = Catalog::load_feeding(paths, &opts, &mut on, Some(&feeder))?;
        let (opened, fed) = feeder.done();
        let mut index = opened.unwrap_or_else(open);
        warnings.extend(index.warning.take());
        let start = std::time::Instant::now();
        let updated = index.update_fed(&catalog, fed, &mut archive_bar("indexing", start))?;
        let found = index.search(query, limit)?;
        let at: HashMap<String, usize> =
            catalog.entries.iter().enumerate().map(|(i, e)| (e.path.clone(), i)).collect();
        let read = move |path: &str| at.get(path).and_then(|&i| catalog.article(i).ok());
        (found, updated, Box::new(read))
    };
    let hits = found
        .into_iter()
        .filter_map(|f| {
            let a = read(&f.path)?;
            let passage = passage_of(&a, query, &lexicons.aliases);
            let range = passage.and_then(|p| a.passages.get(p)).map(|p| p.range.clone());
            Some(Hit {
                score: f.score,
                passage,
                span: range.as_ref().map(|r| [r.start, r.end]),
                text: range.map(|r| a.text[r].to_owned()),
                path: a.path,
                title: a.title,
                outlet: a.outlet,
                date: a.date,
            })
        })
        .collect();
    let report = SearchReport {
        query: query.to_owned(),
        hits,
        index: IndexReport {
            added: updated.added,
            changed: updated.changed,
            removed: updated.removed,
            unreadable: updated.unreadable,
            total: updated.total,
        },
        warnings,
    };
    print(&report, json)
}

/// How much of a passage a plain listing shows.
const EXCERPT_CHARS: usize = 200;

fn print(r: &SearchReport, json: bool) -> anyhow::Result<()> {
    for w in &r.warnings {
        eprintln!("parallax: {w}");
    }
    if json {
        return super::index::print_json(r);
    }
    let mut out = std::io::stdout().lock();
    if r.hits.is_empty() {
        writeln!(out, "no article of {} matches {:?}", r.index.total, r.query)?;
    }
    for h in &r.hits {
        let about: Vec<&str> =
            [h.outlet.as_deref(), h.date.as_deref()].into_iter().flatten().collect();
        let about =
            if about.is_empty() { String::new() } else { format!(" — {}", about.join(", ")) };
        writeln!(out, "{:6.2}  {}{about}  ({})", h.score, h.title, h.path)?;
        if let Some(text) = &h.text {
            let mut excerpt: String = text.chars().take(EXCERPT_CHARS).collect();
            if text.chars().nth(EXCERPT_CHARS).is_some() {
                excerpt.push('…');
            }
            writeln!(out, "        {excerpt}")?;
        }
    }
    Ok(())
}

/// A bar on stderr (while it is a terminal) for how far the archive index is, timed
/// from `start`: updating it, or relating every article.
pub(super) fn archive_bar(label: &str, start: std::time::Instant) -> impl FnMut(Indexing) {
    let mut bar = parallax::corpus::stderr_progress(label);
    move |i: Indexing| {
        bar(&Progress {
            done: i.done,
            total: i.total,
            articles: i.done,
            skipped: 0,
            cached: 0,
            elapsed: start.elapsed(),
        })
    }
}
