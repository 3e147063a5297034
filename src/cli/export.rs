//! `parallax export LEFT RIGHT --html | --md`: the pair to share. The HTML is one
//! self-contained page — inline style, no script, nothing fetched — with the two
//! articles side by side (stacked on a phone), each linked passage pointing at its
//! counterpart, and the contrast marks of `d` (or, for two versions of one text, the
//! words that changed). Article text is untrusted: every byte of it is escaped.

use parallax::corpus::Article;
use parallax::diff::report::contrasts;
use parallax::diff::{HunkKind, Mark, Versions};
use parallax::text::Lexicons;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::Write;
use std::ops::Range;

/// What is marked in each article: byte ranges with a CSS class, and the links.
struct Marked {
    versions: Versions,
    marks: [Vec<(Range<usize>, &'static str)>; 2],
    /// Passage → its counterpart in the other article.
    links: [HashMap<usize, usize>; 2],
}

fn marked(l: &Article, r: &Article, lexicons: &Lexicons) -> Marked {
    let versions = Versions::compare(l, r);
    let mut m = Marked { marks: Default::default(), links: Default::default(), versions };
    if m.versions.versions {
        for h in &m.versions.hunks {
            for w in &h.words {
                m.marks[w.side.index()].push((w.span.range(), "changed"));
            }
            match h.kind {
                HunkKind::Removed => m.marks[0].extend(h.left.map(|s| (s.range(), "removed"))),
                HunkKind::Added => m.marks[1].extend(h.right.map(|s| (s.range(), "added"))),
                HunkKind::Changed => {}
            }
        }
    } else {
        for (p, q, c) in contrasts(l, r, lexicons) {
            m.links[0].insert(p, q);
            m.links[1].entry(q).or_insert(p);
            for side in 0..2 {
                m.marks[side].extend(c.marks[side].iter().map(|(range, mark)| {
                    let class = match mark {
                        Mark::Only => "only",
                        Mark::Reworded => "reworded",
                        Mark::Respelled => "respelled",
                        Mark::Figure => "figure",
                    };
                    (range.clone(), class)
                }));
            }
        }
    }
    for marks in &mut m.marks {
        marks.sort_by_key(|(r, _)| r.start);
    }
    m
}

pub fn run(l: &Article, r: &Article, lexicons: &Lexicons, md: bool) -> anyhow::Result<()> {
    let m = marked(l, r, lexicons);
    let page = if md { markdown(l, r, &m) } else { html(l, r, &m) };
    let mut out = std::io::stdout().lock();
    out.write_all(page.as_bytes())?;
    Ok(())
}

const STYLE: &str = "body{font:17px/1.5 Georgia,serif;margin:0 auto;max-width:78rem;padding:1rem;color:#222;background:#fdfdf8}\
h1{font-size:1.3rem}h2{font-size:1.1rem;border-bottom:1px solid #ccc}\
.pair{display:grid;grid-template-columns:1fr 1fr;gap:2rem}\
@media (max-width:760px){.pair{grid-template-columns:1fr}body{font-size:16px}}\
p{margin:.6rem 0}a.link{text-decoration:none;color:#06c;margin-right:.3rem}\
.only{text-decoration:underline;text-decoration-color:#c80;background:#fff3d6}\
.reworded{font-style:italic;background:#dff4f4}\
.respelled{font-style:italic;text-decoration:underline dotted;background:#f4e4f8}\
.figure{font-weight:bold;text-decoration:underline;background:#fde0dc}\
.changed{background:#ffe08a}.removed{background:#fde0dc;text-decoration:line-through}\
.added{background:#dcf5dc}.furniture{color:#999;font-size:.8rem;margin:.2rem 0}.legend span{margin-right:1rem}.summary{color:#555}";

fn html(l: &Article, r: &Article, m: &Marked) -> String {
    let mut o = String::new();
    let title = format!("{} ⇄ {}", l.title, r.title);
    let _ = write!(
        o,
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><style>{STYLE}</style></head><body>\n<header><h1>{}</h1>",
        escape(&title),
        escape(&title)
    );
    let v = &m.versions;
    let summary = if v.versions {
        format!("Versions of one text: {} (similarity {:.2}).", v.describe(), v.similarity)
    } else {
        format!("Two tellings; {} passages linked to their counterpart.", m.links[0].len())
    };
    let _ = write!(o, "<p class=\"summary\">{}</p><p class=\"legend\">", escape(&summary));
    let legend: &[(&str, &str)] = if v.versions {
        &[("changed", "words changed"), ("removed", "only the left"), ("added", "only the right")]
    } else {
        &[
            ("only", "said only here"),
            ("reworded", "in other words"),
            ("respelled", "spelled otherwise"),
            ("figure", "a figure only here"),
        ]
    };
    for (class, what) in legend {
        let _ = write!(o, "<span class=\"{class}\">{what}</span>");
    }
    o.push_str("</p></header>\n<main class=\"pair\">\n");
    for (side, a, id, other) in [(0, l, 'l', 'r'), (1, r, 'r', 'l')] {
        let _ = writeln!(o, "<article><h2>{}</h2>", escape(&a.title));
        for (i, p) in a.passages.iter().enumerate() {
            // Page furniture (teasers, credits) is kept, quietly: it is part of the file.
            let furniture = p.kind == parallax::corpus::PassageKind::Boilerplate;
            let class = if furniture { " class=\"furniture\"" } else { "" };
            let _ = write!(o, "<p id=\"{id}{i}\"{class}>");
            if let Some(q) = m.links[side].get(&i) {
                let _ = write!(
                    o,
                    "<a class=\"link\" href=\"#{other}{q}\" title=\"its counterpart\">↔</a>"
                );
            }
            let marks = &m.marks[side];
            let mut at = p.range.start;
            for (range, class) in
                marks.iter().filter(|(r, _)| r.start >= p.range.start && r.end <= p.range.end)
            {
                if range.start < at {
                    continue; // overlapping marks: the first wins
                }
                o.push_str(&escape(&a.text[at..range.start]));
                let _ =
                    write!(o, "<span class=\"{class}\">{}</span>", escape(&a.text[range.clone()]));
                at = range.end;
            }
            o.push_str(&escape(&a.text[at..p.range.end]));
            o.push_str("</p>\n");
        }
        o.push_str("</article>\n");
    }
    o.push_str("</main></body></html>\n");
    o
}

/// Notes: each linked pair quoted, what only one says in bold, other words in italics;
/// for versions, the changes.
fn markdown(l: &Article, r: &Article, m: &Marked) -> String {
    let mut o = format!("# {} ⇄ {}\n\n", l.title, r.title);
    let v = &m.versions;
    if v.versions {
        let _ = writeln!(
            o,
            "Versions of one text: {} (similarity {:.2}).\n",
            v.describe(),
            v.similarity
        );
        for h in &v.hunks {
            for (span, a, sign) in [(h.left, l, "-"), (h.right, r, "+")] {
                if let Some(s) = span {
                    let _ = writeln!(o, "{sign} {}", one_line(&a.text[s.range()]));
                }
            }
            o.push('\n');
        }
        return o;
    }
    let mut pairs: Vec<(&usize, &usize)> = m.links[0].iter().collect();
    pairs.sort();
    for (&p, &q) in pairs {
        for (side, a, i) in [(0, l, p), (1, r, q)] {
            let Some(range) = a.passages.get(i).map(|p| p.range.clone()) else { continue };
            let mut at = range.start;
            let mut line = String::new();
            for (mr, class) in
                m.marks[side].iter().filter(|(x, _)| x.start >= range.start && x.end <= range.end)
            {
                if mr.start < at {
                    continue;
                }
                line.push_str(&a.text[at..mr.start]);
                let wrap = if matches!(*class, "only" | "figure") { "**" } else { "_" };
                let _ = write!(line, "{wrap}{}{wrap}", &a.text[mr.clone()]);
                at = mr.end;
            }
            line.push_str(&a.text[at..range.end]);
            let _ = writeln!(o, "> {}  \n> — {}\n", one_line(&line), a.title);
        }
        o.push_str("---\n\n");
    }
    o
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text as HTML: the five characters that could open markup or end an attribute.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_open_markup() {
        let l = Article::parse(
            "l.txt",
            "A <script>alert(1)</script> title\n\nBody & \"quotes\" <b>here</b>.",
            None,
        );
        let page = html(&l, &l, &marked(&l, &l, &Lexicons::embedded()));
        assert!(!page.contains("<script>") && !page.contains("<b>"), "{page}");
        assert!(page.contains("&lt;script&gt;") && page.contains("Body &amp; &quot;quotes&quot;"));
        assert!(!page.contains("http"), "nothing fetched from elsewhere");
    }
}
