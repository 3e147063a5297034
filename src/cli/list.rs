//! `parallax list`: the library for scripts.

use parallax::corpus::{Corpus, Skipped};
use parallax::index::{self, Lexicons, Related};
use serde::Serialize;
use std::io::Write;

/// `{"articles":[{"path","title","byline","words","passages"}],"skipped":[{"path","reason"}]}`
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
    /// Words of content (page furniture excluded).
    pub words: usize,
    /// Content passages (page furniture, title and byline excluded).
    pub passages: usize,
    /// The closest other articles (up to 3), best first.
    pub related: Vec<Related>,
}

pub fn report<'a>(corpus: &'a Corpus, lexicons: &Lexicons) -> ListReport<'a> {
    let mut related = index::report::related(corpus, lexicons).into_iter();
    ListReport {
        articles: corpus
            .articles
            .iter()
            .map(|a| ArticleEntry {
                related: related.next().unwrap_or_default(),
                path: &a.path,
                title: &a.title,
                byline: a.byline.as_deref(),
                words: a.words,
                passages: a.content_passages(),
            })
            .collect(),
        skipped: &corpus.skipped,
    }
}

pub fn run(corpus: &Corpus, json: bool) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    let r = report(corpus, &super::lexicons()?);
    if json {
        serde_json::to_writer_pretty(&mut out, &r)?;
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
