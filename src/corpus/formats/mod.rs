//! Structured article formats: Markdown, HTML and JSON Lines.
//!
//! Each format is reduced to [`Block`]s of plain text with a role (title, byline,
//! heading, body) and the metadata the file states ([`DocMeta`]); [`Article::from_blocks`]
//! turns those into an article whose `text` is the extracted plain text. Plain `.txt`
//! files (and any file named explicitly with another extension) keep the plain-text
//! path, [`Article::parse`], where offsets are into the decoded file.

mod content;
mod date;
mod html;
mod jsonl;
mod markdown;

pub use date::{day_number, normalize as normalize_date, shown_day, sort_key as date_sort_key};
pub use jsonl::{JsonlFields, parse_line as parse_jsonl_line};

use super::decode::decode_declared;
use super::{Article, Skipped, clean};
use encoding_rs::Encoding;
use std::path::Path;

/// How a file is read, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Format {
    Text,
    Markdown,
    Html,
    Jsonl,
}

/// Extensions read when walking a folder, and the format of each: the one list, which
/// `--help` also prints, so the two cannot disagree. A file named explicitly is read
/// whatever its name (as plain text unless the extension names a format).
pub const EXTENSIONS: &[(&str, Format)] = &[
    ("txt", Format::Text),
    ("text", Format::Text),
    ("md", Format::Markdown),
    ("markdown", Format::Markdown),
    ("html", Format::Html),
    ("htm", Format::Html),
    ("xhtml", Format::Html),
    ("jsonl", Format::Jsonl),
    ("ndjson", Format::Jsonl),
];

impl Format {
    /// The format of a folder member, or `None` for an extension that is not read.
    pub fn of_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        EXTENSIONS.iter().find(|(e, _)| e.eq_ignore_ascii_case(ext)).map(|&(_, f)| f)
    }

    /// The format of a file named explicitly: read whatever its name, as text by default.
    pub fn of_path(path: &Path) -> Format {
        Format::of_extension(path).unwrap_or(Format::Text)
    }
}

/// What a block of extracted text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The headline: one passage, [`super::PassageKind::Title`].
    Title,
    /// The author line: one passage, [`super::PassageKind::Byline`].
    Byline,
    /// A section heading: one passage of its own, never joined to the next.
    Heading,
    /// Running text: split into paragraphs like a plain-text file.
    Body,
}

/// A run of extracted plain text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub text: String,
    pub role: Role,
}

impl Block {
    pub fn new(role: Role, text: impl Into<String>) -> Block {
        Block { text: text.into(), role }
    }
}

/// What a file says about itself, when it says it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
}

/// Where in its file an article was found: the whole file, or one line of an archive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Origin {
    Whole,
    /// A JSON Lines record: 1-based line number, byte offset and length of the line.
    Line {
        no: u32,
        offset: u64,
        len: u32,
    },
}

/// The articles one file holds, and what in it could not be read.
#[derive(Debug, Default)]
pub struct Parsed {
    pub articles: Vec<(Article, Origin)>,
    pub skipped: Vec<Skipped>,
}

/// Reads one file's bytes in `format`. `shown` is the display path (also the article
/// path; a JSON Lines record is `shown:LINE`). Never fails: what cannot be read is
/// skipped with a reason.
pub fn parse(shown: &str, bytes: &[u8], format: Format, fields: &JsonlFields) -> Parsed {
    if format == Format::Jsonl {
        let mut out = Parsed::default();
        jsonl::parse(shown, bytes, fields, &mut out);
        return out;
    }
    let declared = (format == Format::Html).then(|| html::declared_charset(bytes)).flatten();
    parse_decoded(shown, bytes, format, declared)
}

/// Reads a web page: HTML whose server named a charset. The header's charset comes
/// first, as browsers take it, then the page's `<meta>`; a header claiming UTF-8 for
/// bytes that are not is passed over for the `<meta>` (a server default the page
/// contradicts). Text that is valid UTF-8 is read as UTF-8 whatever either says.
pub fn parse_page(shown: &str, bytes: &[u8], header: Option<&'static Encoding>) -> Parsed {
    let declared = header
        .filter(|&e| e != encoding_rs::UTF_8 || std::str::from_utf8(bytes).is_ok())
        .or_else(|| html::declared_charset(bytes));
    parse_decoded(shown, bytes, Format::Html, declared)
}

/// What the article a whole file holds (not a JSON Lines archive) has its text made
/// of: the decoded text, or the blocks a structured format gives.
pub enum Source {
    Plain(String),
    Blocks(Vec<Block>),
}

/// The [`Source`] of the article of a file's bytes, read as [`parse`] reads them, without
/// finding its passages: what re-reads a file whose passages are known. `None` where
/// [`parse`] would give no article's text.
pub fn source_of(bytes: &[u8], format: Format) -> Option<Source> {
    let declared = (format == Format::Html).then(|| html::declared_charset(bytes)).flatten();
    let d = decode_declared(bytes, declared).ok()?;
    match format {
        Format::Jsonl => None,
        Format::Text => Some(Source::Plain(d.text)),
        Format::Markdown => Some(Source::Blocks(markdown::extract(&d.text).0)),
        Format::Html => Some(Source::Blocks(html::extract(&d.text).0)),
    }
}

fn parse_decoded(
    shown: &str,
    bytes: &[u8],
    format: Format,
    declared: Option<&'static Encoding>,
) -> Parsed {
    let mut out = Parsed::default();
    let d = match decode_declared(bytes, declared) {
        Ok(d) => d,
        Err(e) => {
            out.skipped.push(skipped(shown, e.to_string()));
            return out;
        }
    };
    let article = match format {
        Format::Text | Format::Jsonl => Some(Article::parse(shown, &d.text, d.notice)),
        Format::Markdown => structured(shown, markdown::extract(&d.text), d.notice),
        Format::Html => structured(shown, html::extract(&d.text), d.notice),
    };
    match article {
        Some(a) => out.articles.push((a, Origin::Whole)),
        None => out.skipped.push(skipped(shown, "no text (markup only)")),
    }
    out
}

fn structured(
    shown: &str,
    (blocks, meta): (Vec<Block>, DocMeta),
    notice: Option<String>,
) -> Option<Article> {
    let a = Article::from_blocks(shown, &blocks, meta, notice);
    (!a.passages.is_empty()).then_some(a)
}

fn skipped(path: &str, reason: impl Into<String>) -> Skipped {
    Skipped { path: clean::display_safe(path), reason: reason.into() }
}

/// Runs of whitespace become one space; the ends are trimmed.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests;
