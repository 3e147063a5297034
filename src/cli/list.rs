//! `parallax list`: the library for scripts.
//!
//! A folder is listed through the index cache, like the reader's library: a second run
//! on an unchanged archive parses nothing. Related articles need every text and the
//! topic index, so above [`TOPIC_INDEX_LIMIT`] articles they are left out (and stderr
//! says so).

use parallax::app::background::TOPIC_INDEX_LIMIT;
use parallax::config::Startup;
use parallax::corpus::{Catalog, CatalogEvent, Corpus, LoadOptions, Skipped};
use parallax::index::{self, Lexicons, Related};
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
/// texts may be stubs), with related articles when `lexicons` are given.
pub fn report<'a>(
    corpus: &'a Corpus,
    passages: &[usize],
    lexicons: Option<&Lexicons>,
) -> ListReport<'a> {
    let mut related =
        lexicons.map(|l| index::report::related(corpus, l)).unwrap_or_default().into_iter();
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
    let (lexicons, jsonl) = (&startup.lexicons, &startup.config.jsonl);
    let opts = LoadOptions { jsonl: jsonl.clone(), ..LoadOptions::default() };
    if paths.is_empty() || parallax::web::needs_web(paths) {
        let corpus = super::sources::load(paths, &opts, web)?;
        let passages: Vec<usize> = corpus.articles.iter().map(|a| a.content_passages()).collect();
        return print(&report(&corpus, &passages, Some(lexicons)), json);
    }
    // Progress on stderr while it is a terminal; nothing in pipes and logs.
    let mut progress = parallax::corpus::stderr_progress("loading");
    let mut on = |e: CatalogEvent| match e {
        CatalogEvent::Progress(p) => progress(&p),
        CatalogEvent::Warning(w) => eprintln!("parallax: {w}"),
        CatalogEvent::Batch { .. } => {}
    };
    let catalog = Catalog::load(paths, &opts, &mut on)?;
    let passages: Vec<usize> = catalog.entries.iter().map(|e| e.content_passages()).collect();
    if catalog.len() > TOPIC_INDEX_LIMIT {
        eprintln!(
            "parallax: {} articles, over {TOPIC_INDEX_LIMIT}: related articles are not computed",
            catalog.len()
        );
        let stubs = Corpus {
            articles: catalog.entries.iter().map(|e| e.stub()).collect(),
            skipped: catalog.skipped.clone(),
            ignored: catalog.ignored,
        };
        return print(&report(&stubs, &passages, None), json);
    }
    let corpus = catalog.texts(&opts, &mut |_| {});
    print(&report(&corpus, &passages, Some(lexicons)), json)
}

fn print(r: &ListReport, json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, r)?;
        writeln!(out)?;
        return Ok(());
    }
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
    Ok(())
}
