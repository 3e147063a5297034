//! A pulled article as a Markdown file of the archive: front matter the Markdown reader
//! reads back (title, author, date, outlet, url), the headline, then the article's
//! paragraphs, escaped so that nothing in them reads as Markdown syntax. Its file name
//! is made only of the date, a slug of the title and a key, whatever the feed says.

use crate::corpus::formats::{day_number, shown_day};
use crate::corpus::{Article, PassageKind};

/// The archive file name of an article: `YYYY-MM-DD-slug-KEY.md` (`undated-` when it has
/// no date). `key` identifies the item; the rest is for people and may change.
pub fn file_name(a: &Article, key: u64) -> String {
    let day = a.date.as_deref().filter(|d| day_number(d).is_some()).map_or("undated", shown_day);
    let slug = slug(&a.title, 80);
    let slug = if slug.is_empty() { "article".to_owned() } else { slug };
    format!("{day}-{slug}-{key:016x}.md")
}

/// The key of a file name made by [`file_name`], if it is one.
pub fn key_of(name: &str) -> Option<u64> {
    let stem = name.strip_suffix(".md")?;
    let (_, key) = stem.rsplit_once('-')?;
    (key.len() == 16).then(|| u64::from_str_radix(key, 16).ok()).flatten()
}

/// Lower-case letters and digits, runs of anything else one `-`, at most `max` bytes.
/// Only alphanumerics pass, so no separator, dot, control or direction mark can.
pub fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.chars().flat_map(char::to_lowercase) {
        let piece = if c.is_alphanumeric() { c } else { '-' };
        if piece == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        if out.len() + piece.len_utf8() > max {
            break;
        }
        out.push(piece);
    }
    out.trim_end_matches('-').to_owned()
}

/// The file's text.
pub fn markdown(a: &Article, feed: &str) -> String {
    let mut out = String::from("---\n");
    let fields = [
        ("title", Some(a.title.as_str())),
        ("author", a.byline.as_deref()),
        ("date", a.date.as_deref()),
        ("outlet", a.outlet.as_deref()),
        ("url", a.url.as_deref()),
        ("feed", Some(feed)),
    ];
    for (key, value) in fields {
        if let Some(v) = value.map(one_line).filter(|v| !v.is_empty()) {
            out.push_str(&format!("{key}: {v}\n"));
        }
    }
    out.push_str("---\n\n# ");
    out.push_str(&escape(&one_line(&a.title)));
    out.push('\n');
    for (i, p) in a.passages.iter().enumerate() {
        if p.kind == PassageKind::Body {
            out.push('\n');
            out.push_str(&escape(&one_line(a.passage_text(i))));
            out.push('\n');
        }
    }
    out
}

/// Runs of whitespace (line breaks too) as one space: a front matter value or a
/// paragraph on one line, so no line of it can end the front matter or start a block.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text that Markdown reads back as itself: inline syntax escaped everywhere, and what
/// would start a block (a heading, list, quote, rule) escaped at the start.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        let block_start = i == 0 && matches!(c, '#' | '-' | '+' | '=' | ':');
        let numbered = matches!(c, '.' | ')') && s[..i].chars().all(|d| d.is_ascii_digit());
        if block_start || numbered || "\\`*_[]<>&!|~$^{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::formats::{Format, JsonlFields, parse};

    #[test]
    fn names_are_safe_and_keys_come_back() {
        assert_eq!(slug("../../etc/passwd", 80), "etc-passwd");
        assert_eq!(slug("\u{202e}Évian: talks\x1b[31m, day 2", 80), "évian-talks-31m-day-2");
        assert_eq!(slug("...", 80), "");
        assert!(slug(&"ж".repeat(100), 80).len() <= 80);
        let mut a = Article::parse("x", "Talks / resume\n\nDelegates met.", None);
        a.date = Some("2024-03-05T10:00:00Z".into());
        let name = file_name(&a, 0xab);
        assert_eq!(name, "2024-03-05-talks-resume-00000000000000ab.md");
        assert_eq!(key_of(&name), Some(0xab));
        assert_eq!(key_of("notes.md"), None);
    }

    #[test]
    fn the_markdown_reader_reads_back_what_was_written() {
        let text = "# Not a heading *really*\n\n1. Not a list, <b>not html</b> & [not](a link)\n\n\
                    - nor a bullet\n\n---\n\nplain";
        let mut a = Article::parse("x", text, None);
        a.title = "Title: with --- \"quotes\"\nand a break".into();
        a.byline = Some("A. Writer".into());
        a.date = Some("2024-03-05T10:00:00+01:00".into());
        a.outlet = Some("The Daily".into());
        a.url = Some("https://daily.example/a".into());
        let md = markdown(&a, "https://daily.example/rss");
        let p = parse("a.md", md.as_bytes(), Format::Markdown, &JsonlFields::default());
        let (b, _) = &p.articles[0];
        assert_eq!(b.title, "Title: with --- \"quotes\" and a break");
        assert_eq!(b.byline.as_deref(), Some("A. Writer"));
        assert_eq!(b.date.as_deref(), Some("2024-03-05T10:00:00+01:00"));
        assert_eq!(b.outlet.as_deref(), Some("The Daily"));
        assert_eq!(b.url.as_deref(), Some("https://daily.example/a"));
        for i in 0..a.passages.len() {
            if a.passages[i].kind == PassageKind::Body {
                let want = one_line(a.passage_text(i));
                assert!(b.text.contains(&want), "{want:?} not in {:?}", b.text);
            }
        }
    }
}
