//! `parallax extract`: what parallax reads of one page or file — headline, byline,
//! outlet, date and the article's text — as a person or a script would check it.

use parallax::corpus::Article;
use serde::Serialize;
use std::io::Write;

/// `{"path","title","byline","outlet","date","url","text","paragraphs"}`: `text` is the
/// content paragraphs (title, byline and page furniture left out) joined by blank lines.
#[derive(Debug, Serialize)]
struct Extracted<'a> {
    path: &'a str,
    title: &'a str,
    byline: Option<&'a str>,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    text: String,
    paragraphs: Vec<&'a str>,
}

pub fn run(article: &Article, json: bool) -> anyhow::Result<()> {
    let paragraphs: Vec<&str> = article
        .passages
        .iter()
        .filter(|p| p.is_content())
        .map(|p| article.text[p.range.clone()].trim())
        .collect();
    let e = Extracted {
        path: &article.path,
        title: &article.title,
        byline: article.byline.as_deref(),
        outlet: article.outlet.as_deref(),
        date: article.date.as_deref(),
        url: article.url.as_deref(),
        text: paragraphs.join("\n\n"),
        paragraphs,
    };
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer(&mut out, &e)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "{}", e.title)?;
    for (label, value) in [("by", e.byline), ("outlet", e.outlet), ("date", e.date), ("url", e.url)]
    {
        if let Some(v) = value {
            writeln!(out, "{label}: {v}")?;
        }
    }
    writeln!(out)?;
    writeln!(out, "{}", e.text)?;
    Ok(())
}
