//! `parallax align`, `variants` and `lens`: the topic engine for scripts.

use parallax::config::Startup;
use parallax::corpus::{Article, Corpus};
use parallax::index::{Lexicons, report};
use parallax::lens::Lens;
use std::io::Write;

/// `value` as pretty JSON on stdout, buffered: unbuffered, a listing of 100k articles
/// would be a write for every line.
pub(super) fn print_json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
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
