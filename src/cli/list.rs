//! `parallax list`: the library for scripts.
//!
//! A folder is listed through the index cache, like the reader's library: a second run
//! on an unchanged archive parses nothing. Related articles come from the topic index
//! of every text, or above `[library] topics_from_archive_above` articles (where that
//! index costs too much memory) from the archive index, whose word counts and related
//! lists are kept beside the index cache: a second run on an unchanged archive reads no
//! text.

use parallax::archive::Disk;
use parallax::config::Startup;
use parallax::corpus::{Catalog, Corpus, LoadOptions, Skipped};
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

/// `parallax list [PATH…]`: the seeds when nothing is named. With a URL among the
/// paths, everything named is read into memory (pages have no place in the index
/// cache: the page cache keeps them).
pub fn run(paths: &[PathBuf], json: bool, startup: &Startup, web: &Fetcher) -> anyhow::Result<()> {
    let lexicons = &startup.lexicons;
    if paths.is_empty() || parallax::web::needs_web(paths) {
        let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
        let corpus = super::sources::load(paths, &opts, web)?;
        let passages: Vec<usize> = corpus.articles.iter().map(|a| a.content_passages()).collect();
        let related = index::report::related(&corpus, lexicons);
        return print(&report(&corpus, &passages, related), json);
    }
    let mut library = super::library::open(paths, startup)?;
    let catalog = &library.catalog;
    let passages: Vec<usize> = catalog.entries.iter().map(|e| e.content_passages()).collect();
    if let Some(index) = library.index.take() {
        let related = from_archive(catalog, index)?;
        return print(&report(&library.stubs(), &passages, related), json);
    }
    let corpus = library.texts();
    let related = index::report::related(&corpus, lexicons);
    print(&report(&corpus, &passages, related), json)
}

/// The related articles of every entry of `catalog`, from its archive index (progress
/// on stderr while it is a terminal).
fn from_archive(catalog: &Catalog, index: Disk) -> anyhow::Result<Vec<Vec<Related>>> {
    let mut on = super::search::archive_bar("relating", std::time::Instant::now());
    let mut all = index.related_all(index::report::RELATED_SHOWN, &mut on)?;
    drop(index);
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
