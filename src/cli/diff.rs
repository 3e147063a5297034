//! `parallax diff LEFT RIGHT`: two versions of one text as a unified diff (words that
//! changed marked `[-…-]` and `{+…+}`, as wdiff does), or, for two tellings that are
//! not versions, what each linked passage says that the other does not.

use super::index::print_json;
use super::sources::one;
use parallax::corpus::Article;
use parallax::diff::{HunkKind, Linked, Report, Versions};
use parallax::lens::{Side, Span};
use parallax::text::Lexicons;
use parallax::web::Fetcher;
use std::io::Write;
use std::path::Path;

pub fn run(l: &Article, r: &Article, lexicons: &Lexicons, json: bool) -> anyhow::Result<()> {
    if json {
        return print_json(&Report::build(l, r, lexicons));
    }
    let versions = Versions::compare(l, r);
    let mut out = std::io::stdout().lock();
    writeln!(out, "--- {}\t{}", l.path, l.title)?;
    writeln!(out, "+++ {}\t{}", r.path, r.title)?;
    if !versions.versions {
        let linked = parallax::diff::report::linked(l, r, lexicons);
        writeln!(
            out,
            "not versions of one text (similarity {:.2}); {} linked passages:",
            versions.similarity,
            linked.len()
        )?;
        for link in &linked {
            contrast(&mut out, l, r, link)?;
        }
        return Ok(());
    }
    writeln!(out, "versions: {}, similarity {:.2}", versions.describe(), versions.similarity)?;
    for h in &versions.hunks {
        let line = |a: &Article, s: Option<Span>| s.map(|s| line_of(&a.text, s.start));
        let at = match (line(l, h.left), line(r, h.right)) {
            (Some(a), Some(b)) => format!("left line {a}, right line {b}"),
            (Some(a), None) => format!("left line {a}"),
            (None, Some(b)) => format!("right line {b}"),
            (None, None) => String::new(),
        };
        let kind = format!("{:?}", h.kind).to_lowercase();
        writeln!(out, "@@ {kind}: {at} @@")?;
        for (side, a, span, sign) in
            [(Side::Left, &l, h.left, '-'), (Side::Right, &r, h.right, '+')]
        {
            let Some(span) = span else { continue };
            let marks: Vec<Span> =
                h.words.iter().filter(|w| w.side == side).map(|w| w.span).collect();
            let (open, close) = if sign == '-' { ("[-", "-]") } else { ("{+", "+}") };
            let text = marked(&a.text, span, &marks, (open, close));
            if h.kind == HunkKind::Changed || span.end > span.start {
                writeln!(out, "{sign} {}", text.split_whitespace().collect::<Vec<_>>().join(" "))?;
            }
        }
    }
    Ok(())
}

/// An article from a path; an empty (or blank) file is an empty article, so that a
/// side with nothing in it compares as nothing rather than failing.
pub(super) fn side(path: &Path, web: &Fetcher) -> anyhow::Result<Article> {
    one(path, web).or_else(|e| match std::fs::read(path) {
        Ok(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
            Ok(Article::parse(&path.display().to_string(), "", None))
        }
        _ => Err(e),
    })
}

/// Line number (from 1) of a byte offset.
fn line_of(text: &str, at: usize) -> usize {
    text.get(..at).map_or(0, |t| t.matches('\n').count()) + 1
}

/// `text[span]` with each of `marks` wrapped in `open`…`close`.
fn marked(text: &str, span: Span, marks: &[Span], (open, close): (&str, &str)) -> String {
    let mut out = String::new();
    let mut at = span.start;
    for m in marks {
        out.push_str(text.get(at..m.start).unwrap_or(""));
        out.push_str(open);
        out.push_str(text.get(m.range()).unwrap_or(""));
        out.push_str(close);
        at = m.end;
    }
    out.push_str(text.get(at..span.end).unwrap_or(""));
    out
}

fn contrast(out: &mut impl Write, l: &Article, r: &Article, link: &Linked) -> anyhow::Result<()> {
    let words = |a: &Article, spans: &[Span]| {
        spans.iter().filter_map(|s| a.text.get(s.range())).collect::<Vec<_>>().join(", ")
    };
    writeln!(out, "[{}] ⇄ [{}]", link.left, link.right)?;
    writeln!(out, "  only left:  {}", words(l, &link.left_only))?;
    writeln!(out, "  only right: {}", words(r, &link.right_only))?;
    let reworded: Vec<String> = (link.reworded.iter())
        .map(|p| {
            let (a, b) = (l.text.get(p.left.range()), r.text.get(p.right.range()));
            format!("{} ⇄ {}", a.unwrap_or(""), b.unwrap_or(""))
        })
        .collect();
    writeln!(out, "  reworded:   {}", reworded.join(", "))?;
    Ok(())
}
