//! JSON Lines archives: one article per line. A line that cannot be read is skipped
//! and reported as `path:LINE` with the reason; the rest of the file still loads.

use super::{Block, DocMeta, Origin, Parsed, Role, normalize_date, skipped};
use crate::corpus::Article;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Which JSON fields hold what; each list is tried in order, the first non-empty wins.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct JsonlFields {
    pub title: Vec<String>,
    pub text: Vec<String>,
    pub outlet: Vec<String>,
    pub byline: Vec<String>,
    pub date: Vec<String>,
    pub url: Vec<String>,
}

impl Default for JsonlFields {
    fn default() -> JsonlFields {
        let v = |names: &[&str]| names.iter().map(|s| s.to_string()).collect();
        JsonlFields {
            title: v(&["title", "headline"]),
            text: v(&["text", "body", "content"]),
            outlet: v(&["source", "outlet", "site"]),
            byline: v(&["author", "byline", "authors"]),
            date: v(&["date", "published"]),
            url: v(&["url", "link"]),
        }
    }
}

pub fn parse(shown: &str, bytes: &[u8], fields: &JsonlFields, out: &mut Parsed) {
    if bytes.is_empty() {
        return out.skipped.push(skipped(shown, "empty file"));
    }
    if bytes.contains(&0) {
        return out.skipped.push(skipped(shown, "binary file (contains NUL bytes)"));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return out.skipped.push(skipped(shown, "no text (whitespace only)"));
    }
    let mut offset = 0usize;
    for (i, raw) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let no = i + 1;
        let origin = Origin::Line { no: no as u32, offset: offset as u64, len: raw.len() as u32 };
        offset += raw.len();
        let here = format!("{shown}:{no}");
        match record(&here, raw, i == 0, fields) {
            Ok(Some(a)) => out.articles.push((a, origin)),
            Ok(None) => {}
            Err(reason) => out.skipped.push(skipped(&here, reason)),
        }
    }
}

/// One line, as found at `offset` when the article is opened again on demand.
pub fn parse_line(here: &str, raw: &[u8], fields: &JsonlFields) -> Result<Option<Article>, String> {
    record(here, raw, true, fields)
}

fn record(
    here: &str,
    raw: &[u8],
    first: bool,
    fields: &JsonlFields,
) -> Result<Option<Article>, String> {
    let raw = if first { raw.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(raw) } else { raw };
    let line = std::str::from_utf8(raw)
        .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))?;
    if line.trim().is_empty() {
        return Ok(None); // blank lines between records are allowed
    }
    let value: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let Value::Object(o) = value else {
        return Err("not a JSON object".into());
    };
    let body = field(&o, &fields.text)
        .ok_or_else(|| format!("no text (none of {})", fields.text.join(", ")))?;
    let meta = DocMeta {
        title: field(&o, &fields.title),
        byline: field(&o, &fields.byline),
        date: field(&o, &fields.date).map(|d| normalize_date(&d)),
        outlet: field(&o, &fields.outlet),
        url: field(&o, &fields.url),
    };
    let mut blocks = Vec::with_capacity(3);
    if let Some(t) = &meta.title {
        blocks.push(Block::new(Role::Title, t.clone()));
    }
    if let Some(b) = &meta.byline {
        blocks.push(Block::new(Role::Byline, b.clone()));
    }
    blocks.push(Block::new(Role::Body, body));
    Ok(Some(Article::from_blocks(here, &blocks, meta, None)))
}

/// The first of `names` present with a non-empty value: a string, a number, a list of
/// strings (joined), or an object's `name`.
fn field(o: &Map<String, Value>, names: &[String]) -> Option<String> {
    names.iter().find_map(|n| text_of(o.get(n)?)).filter(|s| !s.trim().is_empty())
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Object(o) => o.get("name").and_then(text_of),
        Value::Array(a) => {
            let parts: Vec<String> = a.iter().filter_map(text_of).collect();
            (!parts.is_empty()).then(|| parts.join(", "))
        }
        _ => None,
    }
}
