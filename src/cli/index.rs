//! `parallax topics`, `align` and `variants`: the topic engine for scripts.

use parallax::archive::ArchiveIndex;
use parallax::config::Startup;
use parallax::corpus::{Article, Corpus, LoadOptions};
use parallax::index::{Lexicons, report};
use parallax::lens::Lens;
use parallax::web::Fetcher;
use std::io::Write;
use std::path::PathBuf;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `value` as pretty JSON on stdout, buffered: unbuffered, a listing of 100k articles
/// would be a write for every line.
pub(super) fn print_json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// `parallax topics [PATH…]`: the seeds when nothing is named. A library above
/// [`super::library::IN_MEMORY_LIMIT`] articles gives its topics from the archive index,
/// each article with its passage count only.
pub fn topics_of(
    paths: &[PathBuf],
    json: bool,
    startup: &Startup,
    web: &Fetcher,
) -> anyhow::Result<()> {
    let lexicons = &startup.lexicons;
    if paths.is_empty() || parallax::web::needs_web(paths) {
        let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
        return topics(Topics::Of(&super::sources::load(paths, &opts, web)?), lexicons, json);
    }
    let library = super::library::open(paths, startup)?;
    match &library.index {
        None => topics(Topics::Of(&library.texts()), lexicons, json),
        Some(index) => topics(archive_topics(index)?, lexicons, json),
    }
}

/// The topics of an archive index, as [`report::topics`] gives a library's (without
/// the passages, which it does not keep).
fn archive_topics(index: &dyn ArchiveIndex) -> anyhow::Result<Topics<'static>> {
    let found = index.topics()?;
    let keys: Vec<&str> = found.iter().map(|t| t.key.as_str()).collect();
    let members = index.topics_articles(&keys)?;
    let topics = (found.iter().zip(members.of))
        .map(|(t, of)| report::TopicEntry {
            label: t.label.clone(),
            kind: t.kind,
            terms: t.terms.clone(),
            articles: (of.into_iter())
                .map(|(p, n)| report::TopicArticle {
                    path: members.paths[p as usize].clone(),
                    count: n as usize,
                    passages: None,
                })
                .collect(),
        })
        .collect();
    Ok(Topics::Made(report::TopicsReport { topics }))
}

/// Topics to print: of articles in memory, or already made.
enum Topics<'a> {
    Of(&'a Corpus),
    Made(report::TopicsReport),
}

fn topics(of: Topics, lexicons: &Lexicons, json: bool) -> anyhow::Result<()> {
    let r = match of {
        Topics::Of(corpus) => report::topics(corpus, lexicons),
        Topics::Made(r) => r,
    };
    if json {
        return print_json(&r);
    }
    // Labels are padded by display width, not chars, to the longest one (up to a
    // cap; longer ones are cut), so the columns after them line up.
    let width = r.topics.iter().map(|t| t.label.width()).max().unwrap_or(0).min(LABEL_MAX);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for t in &r.topics {
        let passages: usize = t.articles.iter().map(|a| a.count).sum();
        writeln!(
            out,
            "{}  {:>10}  {} articles, {} passages",
            fit(&t.label, width),
            format!("{:?}", t.kind).to_lowercase(),
            t.articles.len(),
            passages
        )?;
    }
    out.flush()?;
    Ok(())
}

/// The widest a topic label's column gets in plain `topics` output.
const LABEL_MAX: usize = 40;

/// `s` in exactly `width` terminal columns: padded with spaces, or cut with "…".
fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if s.width() <= width {
        out.push_str(s);
        used = s.width();
    } else {
        for c in s.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

pub fn align(
    l: &Article,
    r: &Article,
    top: usize,
    lexicons: &Lexicons,
    json: bool,
) -> anyhow::Result<()> {
    let report = report::align(l, r, top, lexicons);
    if json {
        return print_json(&report);
    }
    let mut out = std::io::stdout().lock();
    let first_words = |a: &Article, id: usize| -> String {
        a.passage_text(id).split_whitespace().take(10).collect::<Vec<_>>().join(" ")
    };
    for link in &report.links {
        writeln!(out, "[{}] {}…", link.left, first_words(l, link.left))?;
        if link.matches.is_empty() {
            writeln!(out, "      (nothing in {} relates)", r.title)?;
        }
        for m in &link.matches {
            let weak = if m.strength == parallax::index::Strength::Weak { " weak" } else { "" };
            writeln!(
                out,
                "  {:.2}{weak} [{}] {}…  ({})",
                m.score,
                m.right,
                first_words(r, m.right),
                m.shared.join(", ")
            )?;
        }
    }
    Ok(())
}

pub fn variants(corpus: &Corpus, lexicons: &Lexicons, json: bool) -> anyhow::Result<()> {
    let r = report::variants(corpus, lexicons);
    if json {
        return print_json(&r);
    }
    let mut out = std::io::stdout().lock();
    for v in &r.variants {
        let [a, b] = &v.forms;
        writeln!(
            out,
            "{} ×{}  |  {} ×{}   ({:.2})",
            a.text, a.count, b.text, b.count, v.similarity
        )?;
    }
    Ok(())
}

/// Exactly one article from a path that must be a readable article file.
/// The shipped framing lexicon, plus the user's `framing.toml` from the config directory.
pub fn lens(l: &Article, r: &Article, startup: &Startup, json: bool) -> anyhow::Result<()> {
    let lens = Lens::build(l, r, &startup.lexicons, startup.framing.get());
    if json {
        return print_json(&lens);
    }
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}  ⇄  {}", l.title, r.title)?;
    writeln!(out, "\nspelling")?;
    for v in &lens.variants {
        let side = |f: &[parallax::lens::FormUse]| {
            f.iter().map(|u| format!("{} ×{}", u.form, u.count)).collect::<Vec<_>>().join(" ")
        };
        writeln!(out, "  {:<30} | {}", side(&v.left), side(&v.right))?;
    }
    writeln!(out, "\nloaded terms")?;
    for t in &lens.loaded {
        writeln!(
            out,
            "  {:<28} {:>3} | {:<3} [{}]",
            t.term, t.left.count, t.right.count, t.category
        )?;
    }
    let a = &lens.attributions;
    let names =
        |s: &[parallax::lens::Source]| s.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ");
    writeln!(out, "\nquoted by both: {}", names(&a.both))?;
    writeln!(out, "only left: {}", names(&a.left_only))?;
    writeln!(out, "only right: {}", names(&a.right_only))?;
    writeln!(out, "\nfigures of linked passages")?;
    for f in lens.figures.iter().filter(|f| !f.disagree.is_empty()) {
        let texts = |fs: &[parallax::lens::Figure]| {
            fs.iter().map(|x| x.text.as_str()).collect::<Vec<_>>().join(", ")
        };
        writeln!(
            out,
            "  [{}] {}  ≠  [{}] {}",
            f.left_passage,
            texts(&f.left),
            f.right_passage,
            texts(&f.right)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_cuts_by_display_width() {
        assert_eq!(fit("Kyiv", 6), "Kyiv  ");
        assert_eq!(fit("基辅", 6), "基辅  ", "two columns a character");
        assert_eq!(fit("a very long label", 8), "a very …");
        assert_eq!(fit("基辅基辅", 6).width(), 6, "a wide char never overflows the cut");
    }
}
