//! An article: its cleaned text, its passages, and what the text says about itself.

use super::formats::{Block, DocMeta, Role, Source};
use super::{classify, clean, segment};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// What a passage is to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PassageKind {
    /// The headline.
    Title,
    /// An author line ("Feature by …", a name under the title, "Authors: …").
    Byline,
    /// A paragraph of the article proper.
    Body,
    /// Page furniture: subscription teasers, credits, "Topics:" lines, site chrome.
    Boilerplate,
}

/// A paragraph, as a byte range into [`Article::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Passage {
    pub range: Range<usize>,
    pub kind: PassageKind,
}

impl Passage {
    /// Whether the passage is the article's content (what words, topics and links count).
    pub fn is_content(&self) -> bool {
        self.kind == PassageKind::Body
    }
}

/// One article of the library.
#[derive(Debug, Clone)]
pub struct Article {
    /// Where it came from, display-safe (a file path, or `seeds/…` for embedded seeds).
    pub path: String,
    /// The decoded text with controls neutralised; same byte length as the decoded text.
    pub text: String,
    pub passages: Vec<Passage>,
    pub title: String,
    pub byline: Option<String>,
    /// Words in content passages.
    pub words: usize,
    /// How the file was decoded, when that was not plain UTF-8.
    pub notice: Option<String>,
    /// Publication date, when the file says (ISO `YYYY-MM-DD…` when it could be read as a
    /// date, so that sorting the strings sorts the dates; otherwise as written).
    pub date: Option<String>,
    /// The outlet (site or publication), when the file says.
    pub outlet: Option<String>,
    /// Where the article was published, when the file says.
    pub url: Option<String>,
}

impl Article {
    /// Builds an article from decoded text; `path` is only used for display and naming.
    pub fn parse(path: &str, decoded: &str, notice: Option<String>) -> Article {
        let text = clean::neutralise(decoded);
        let ranges = segment::passages(&text);
        let meta = classify::classify(&text, &ranges);
        let passages: Vec<Passage> = ranges
            .into_iter()
            .zip(meta.kinds)
            .map(|(range, kind)| Passage { range, kind })
            .collect();
        let words =
            passages.iter().zip(&meta.words).filter(|(p, _)| p.is_content()).map(|(_, w)| w).sum();
        let title = meta
            .title
            .map(|t| clean::display_safe(&t))
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| file_stem(path));
        Article {
            path: clean::display_safe(path),
            byline: meta.byline.map(|b| clean::display_safe(&b)),
            text,
            passages,
            title,
            words,
            notice,
            date: None,
            outlet: None,
            url: None,
        }
    }

    /// Builds an article from the blocks a structured format (Markdown, HTML, JSON
    /// Lines) extracted. The article's `text` is that *extracted* plain text — the blocks
    /// joined by blank lines, markup gone — and every offset is into it, not into the
    /// file. A heading is its own passage; a body block is split into paragraphs like a
    /// plain-text file. When the format named a title (or a byline) those passages are
    /// taken as such and only phrase-based furniture is looked for; otherwise the
    /// plain-text heuristics classify the extracted passages.
    pub fn from_blocks(
        path: &str,
        blocks: &[Block],
        meta: DocMeta,
        notice: Option<String>,
    ) -> Article {
        let (raw, spans) = joined(blocks);
        let text = clean::neutralise(&raw);
        let mut ranges = Vec::new();
        let mut fixed = Vec::new();
        for (span, role) in spans {
            let pieces = match role {
                Role::Body => segment::passages(&text[span.clone()]),
                _ => std::iter::once(0..span.len()).collect(),
            };
            for r in pieces {
                let r = trim(&text, span.start + r.start..span.start + r.end);
                if r.is_empty() {
                    continue;
                }
                ranges.push(r);
                fixed.push(match role {
                    Role::Title => Some(PassageKind::Title),
                    Role::Byline => Some(PassageKind::Byline),
                    Role::Heading | Role::Body => None,
                });
            }
        }
        let has_title = fixed.contains(&Some(PassageKind::Title));
        let found = if has_title {
            classify::classify_structured(&text, &ranges, &fixed)
        } else {
            classify::classify(&text, &ranges)
        };
        let passages: Vec<Passage> = ranges
            .into_iter()
            .zip(found.kinds)
            .map(|(range, kind)| Passage { range, kind })
            .collect();
        let words =
            passages.iter().zip(&found.words).filter(|(p, _)| p.is_content()).map(|(_, w)| w).sum();
        let safe = |s: Option<String>| s.map(|s| clean::display_safe(&s)).filter(|s| !s.is_empty());
        let title =
            safe(meta.title).or_else(|| safe(found.title)).unwrap_or_else(|| file_stem(path));
        Article {
            path: clean::display_safe(path),
            byline: safe(meta.byline).or_else(|| safe(found.byline)),
            text,
            passages,
            title,
            words,
            notice,
            date: safe(meta.date),
            outlet: safe(meta.outlet),
            url: safe(meta.url),
        }
    }

    /// The text of passage `i`, as it stands in the file (line breaks included).
    pub fn passage_text(&self, i: usize) -> &str {
        self.passages.get(i).map_or("", |p| &self.text[p.range.clone()])
    }

    /// The article's date as days since 1970-01-01, where it is known as a date.
    pub fn day(&self) -> Option<i64> {
        self.date.as_deref().and_then(super::formats::day_number)
    }

    /// Number of content passages.
    pub fn content_passages(&self) -> usize {
        self.passages.iter().filter(|p| p.is_content()).count()
    }
}

fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let start = r.start + (s.len() - s.trim_start().len());
    let end = r.end - (s.len() - s.trim_end().len());
    if start >= end { start..start } else { start..end }
}

fn file_stem(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    clean::display_safe(stem)
}

/// The blocks' text joined by blank lines (empty blocks left out), with each block's
/// span in it and role.
fn joined(blocks: &[Block]) -> (String, Vec<(Range<usize>, Role)>) {
    let mut raw = String::new();
    let mut spans = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.text.trim().is_empty() {
            continue;
        }
        if !raw.is_empty() {
            raw.push_str("\n\n");
        }
        let start = raw.len();
        raw.push_str(&b.text);
        spans.push((start..raw.len(), b.role));
    }
    (raw, spans)
}

/// The text [`Article::parse`] or [`Article::from_blocks`] makes of a file's
/// [`Source`], without finding its passages.
pub(crate) fn text_of(source: Source) -> String {
    match source {
        Source::Plain(decoded) => clean::neutralise(&decoded),
        Source::Blocks(blocks) => clean::neutralise(&joined(&blocks).0),
    }
}
