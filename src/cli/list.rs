//! `parallax list`: the library for scripts.
//!
//! A folder is listed through the index cache, like the reader's library: a second run
//! on an unchanged archive parses nothing. Related articles come from the topic index
//! of every text, or above [`RELATED_IN_MEMORY_LIMIT`] articles (where that index costs
//! too much memory) from the archive index, whose word counts and related lists are kept
//! beside the index cache: a second run on an unchanged archive reads no text.

use parallax::archive::{Disk, Fed, Feeder};
use parallax::config::Startup;
use parallax::corpus::{Catalog, CatalogEvent, Corpus, LoadOptions, Skipped, archive_dir};
use parallax::index::{self, Related};
use parallax::web::Fetcher;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;

/// `{"articles":[{"path","title","byline","outlet","date","url","words","passages","related"}],
/// "skipped":[{"path","reason"}]}`
#[derive(Debug, Serialize)]
pub struct ListReport<'a> {
    pub articles: Vec<ArticleEntry<'a>>,
    pub skipped: &'a [Skipped],
}

#[derive(Debug, Serialize)]
pub struct ArticleEntry<'a> {
    pub path: &'a str,
    pub title: &'a str,
    pub byline: Option<&'a str>,
    /// The outlet, when the file says (HTML meta, JSON Lines field).
    pub outlet: Option<&'a str>,
    /// The publication date, ISO `YYYY-MM-DD…` where it could be read as one.
    pub date: Option<&'a str>,
    /// Where it was published: a fetched page's URL after redirects, else what the
    /// file says (canonical link, JSON Lines field).
    pub url: Option<&'a str>,
    /// Words of content (page furniture excluded).
    pub words: usize,
    /// Content passages (page furniture, title and byline excluded).
    pub passages: usize,
    /// The closest other articles (up to 3), best first.
    pub related: Vec<Related>,
}

/// The report of `corpus`, whose article `i` has `passages[i]` content passages (its
/// texts may be stubs), with `related[i]` (none when `related` is shorter).
pub fn report<'a>(
    corpus: &'a Corpus,
    passages: &[usize],
    related: Vec<Vec<Related>>,
) -> ListReport<'a> {
    let mut related = related.into_iter();
    ListReport {
        articles: corpus
            .articles
            .iter()
            .zip(passages)
            .map(|(a, &passages)| ArticleEntry {
                related: related.next().unwrap_or_default(),
                path: &a.path,
                title: &a.title,
                byline: a.byline.as_deref(),
                outlet: a.outlet.as_deref(),
                date: a.date.as_deref(),
                url: a.url.as_deref(),
                words: a.words,
                passages,
            })
            .collect(),
        skipped: &corpus.skipped,
    }
}

/// Above this many articles related articles come from the archive index: the topic
/// index costs about 75 KB an article, so past this a listing would pass 500 MB.
pub const RELATED_IN_MEMORY_LIMIT: usize = 5_000;

/// `parallax list [PATH…]`: the seeds when nothing is named. With a URL among the
/// paths, everything named is read into memory (pages have no place in the index
/// cache: the page cache keeps them).
pub fn run(paths: &[PathBuf], json: bool, startup: &Startup, web: &Fetcher) -> anyhow::Result<()> {
    let (lexicons, jsonl) = (&startup.lexicons, &startup.config.jsonl);
    let opts = LoadOptions { jsonl: jsonl.clone(), ..LoadOptions::default() };
    if paths.is_empty() || parallax::web::needs_web(paths) {
        let corpus = super::sources::load(paths, &opts, web)?;
        let passages: Vec<usize> = corpus.articles.iter().map(|a| a.content_passages()).collect();
        let related = index::report::related(&corpus, lexicons);
        return print(&report(&corpus, &passages, related), json);
    }
    // Progress on stderr while it is a terminal; nothing in pipes and logs.
    let mut progress = parallax::corpus::stderr_progress("loading");
    let mut on = |e: CatalogEvent| match e {
        CatalogEvent::Progress(p) => progress(&p),
        CatalogEvent::Warning(w) => eprintln!("parallax: {w}"),
        CatalogEvent::Batch { .. } => {}
    };
    // A library too large for the topic index in memory takes its related articles
    // from the archive index: indexed as it is listed, each file read once.
    let dir = archive_dir(paths, &opts);
    let open = || Disk::open(dir.as_deref(), lexicons);
    let feeder = Feeder::new(open, RELATED_IN_MEMORY_LIMIT);
    let catalog = Catalog::load_feeding(paths, &opts, &mut on, Some(&feeder))?;
    let (opened, fed) = feeder.done();
    let passages: Vec<usize> = catalog.entries.iter().map(|e| e.content_passages()).collect();
    if catalog.len() > RELATED_IN_MEMORY_LIMIT {
        let mut index = opened.unwrap_or_else(open);
        if let Some(w) = index.warning.take() {
            eprintln!("parallax: {w}");
        }
        let related = from_archive(&catalog, &mut index, fed)?;
        drop(index);
        let stubs = Corpus {
            articles: catalog.entries.iter().map(|e| e.stub()).collect(),
            skipped: catalog.skipped.clone(),
            ignored: catalog.ignored,
        };
        return print(&report(&stubs, &passages, related), json);
    }
    let corpus = catalog.texts(&opts, &mut |_| {});
    let related = index::report::related(&corpus, lexicons);
    print(&report(&corpus, &passages, related), json)
}

/// The related articles of every entry of `catalog`, from the archive index brought up
/// to date first (progress on stderr while it is a terminal).
fn from_archive(
    catalog: &Catalog,
    index: &mut Disk,
    fed: Fed,
) -> anyhow::Result<Vec<Vec<Related>>> {
    let start = std::time::Instant::now();
    index.update_fed(catalog, fed, &mut super::search::archive_bar("indexing", start))?;
    let mut on = super::search::archive_bar("relating", start);
    let mut all = index.related_all(index::report::RELATED_SHOWN, &mut on)?;
    let round = |x: f32| ((f64::from(x) * 10_000.0).round() / 10_000.0) as f32;
    Ok((catalog.entries.iter())
        .map(|e| {
            let found = all.remove(&e.path).unwrap_or_default();
            found.into_iter().map(|f| Related { path: f.path, score: round(f.score) }).collect()
        })
        .collect())
}

fn print(r: &ListReport, json: bool) -> anyhow::Result<()> {
    if json {
        return super::index::print_json(r);
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for a in &r.articles {
        let byline = a.byline.map(|b| format!(" — {b}")).unwrap_or_default();
        writeln!(
            out,
            "{:>6} words  {:>3} passages  {}{}  ({})",
            a.words, a.passages, a.title, byline, a.path
        )?;
    }
    for s in r.skipped {
        writeln!(out, "skipped  {}: {}", s.path, s.reason)?;
    }
    out.flush()?;
    Ok(())
}
