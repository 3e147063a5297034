//! Feeds: RSS (0.9x, 1.0, 2.0), Atom and JSON Feed, read with feed-rs into the few
//! things parallax takes from them: the feed's name and site, and per item its title,
//! link, author, date, and the full text or the summary it carries.

use super::FetchError;
use super::fetch::mime;
use crate::corpus::formats::normalize_date;
use std::path::Path;

/// A feed as parallax reads it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Feed {
    /// The feed's own name (usually the outlet's).
    pub title: Option<String>,
    /// The site the feed is of (its first link that is not the feed itself).
    pub site: Option<String>,
    pub items: Vec<Item>,
}

/// One entry of a feed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    /// The item's id in its feed (guid, Atom id, JSON Feed id; else a hash feed-rs makes
    /// of the link and title).
    pub id: String,
    pub title: Option<String>,
    /// The link as written (possibly relative), checked only when followed.
    pub link: Option<String>,
    pub author: Option<String>,
    /// RFC 3339, in UTC (feed-rs reads every date to an instant).
    pub date: Option<String>,
    /// The item's full text, as HTML.
    pub content: Option<String>,
    /// A summary or excerpt, as HTML: the article is fetched from `link` instead.
    pub summary: Option<String>,
}

/// Extensions of a file that may be a feed (a named file is then sniffed).
const EXTENSIONS: &[&str] = &["rss", "atom", "xml", "rdf", "json", "feed"];

/// Whether a response is a feed: a feed type, or generic XML or JSON (or no type) whose
/// body begins as a feed does.
pub fn is_feed(content_type: Option<&str>, bytes: &[u8]) -> bool {
    match content_type.map(mime).as_deref() {
        Some("application/rss+xml" | "application/atom+xml" | "application/feed+json") => true,
        Some("text/html" | "application/xhtml+xml") => false,
        _ => sniff(bytes),
    }
}

/// Whether a named file is a feed: a feed's extension and a feed's first bytes.
pub fn is_feed_file(path: &Path) -> bool {
    let named = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)));
    if !named || !path.is_file() {
        return false;
    }
    let mut head = Vec::with_capacity(4096);
    let read = std::fs::File::open(path)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 4096), &mut head));
    read.is_ok() && sniff(&head)
}

/// The first bytes of an RSS, RDF, Atom or JSON feed.
fn sniff(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        return head.contains("jsonfeed.org/version");
    }
    let lower = head.to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return false;
    }
    lower.starts_with('<') && ["<rss", "<feed", "<rdf:rdf"].iter().any(|t| lower.contains(t))
}

/// Reads a feed. Its text is untrusted: everything taken from it goes through the
/// corpus's cleaning when it becomes an article.
pub fn parse(bytes: &[u8]) -> Result<Feed, FetchError> {
    let parsed = feed_rs::parser::parse(bytes).map_err(|e| FetchError::NotFeed(one_line(&e)))?;
    let text = |t: Option<feed_rs::model::Text>| {
        t.map(|t| t.content.trim().to_owned()).filter(|s| !s.is_empty())
    };
    let site = parsed
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .map(|l| l.href.clone());
    let items = parsed
        .entries
        .into_iter()
        .map(|e| {
            let content = e
                .content
                .and_then(|c| {
                    let plain = c.content_type.essence().to_string() == "text/plain";
                    c.body.map(|b| if plain { paragraphs(&b) } else { b })
                })
                .filter(|b| !b.trim().is_empty());
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(e.links.first())
                .map(|l| l.href.trim().to_owned());
            Item {
                id: e.id,
                title: text(e.title),
                link,
                author: e.authors.iter().find_map(|p| p.name.clone()).filter(|n| !n.is_empty()),
                date: e.published.or(e.updated).map(|d| normalize_date(&d.to_rfc3339())),
                content,
                summary: text(e.summary),
            }
        })
        .collect();
    Ok(Feed { title: text(parsed.title), site, items })
}

/// A parser's message on one line.
fn one_line(e: &dyn std::fmt::Display) -> String {
    e.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Plain text as HTML paragraphs, one per blank-line-separated block, escaped.
fn paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| format!("<p>{}</p>", escape(p)))
        .collect()
}

/// Text safe inside HTML.
pub(crate) fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_are_told_from_pages() {
        let rss = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel></channel></rss>";
        assert!(is_feed(Some("text/xml; charset=utf-8"), rss));
        assert!(is_feed(None, rss));
        assert!(is_feed(
            Some("application/json"),
            br#"{"version":"https://jsonfeed.org/version/1.1"}"#
        ));
        assert!(!is_feed(Some("application/json"), br#"{"a":1}"#));
        assert!(!is_feed(None, b"<!DOCTYPE html><html><body>rss feed</body></html>"));
        assert!(!is_feed(Some("text/html"), rss));
    }

    #[test]
    fn a_plain_text_item_becomes_escaped_paragraphs() {
        assert_eq!(paragraphs("a <b>\n\n c & d "), "<p>a &lt;b&gt;</p><p>c &amp; d</p>");
    }

    #[test]
    fn a_broken_feed_is_an_error_not_a_panic() {
        assert!(matches!(parse(b"<rss><channel><item><title>x"), Err(FetchError::NotFeed(_))));
        assert!(matches!(parse(b"\xff\xfe\x00garbage"), Err(FetchError::NotFeed(_))));
    }
}
