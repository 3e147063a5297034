//! newsboat's `cache.db` read as a library: every item newsboat keeps (table
//! `rss_item`) an article, the title of its feed (table `rss_feed`) its outlet. The
//! database is opened read-only, so a running newsboat is never disturbed, and every
//! value in it is untrusted: a column of an unexpected type reads as empty.

use super::FetchError;
use super::expand::from_content;
use super::feed::Item;
use crate::corpus::formats::normalize_date;
use crate::corpus::{Corpus, Skipped, clean};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// Whether a named file is an SQLite database (by its first 16 bytes).
pub fn is_sqlite_file(path: &Path) -> bool {
    let mut head = [0u8; 16];
    let read =
        std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head));
    read.is_ok() && &head == b"SQLite format 3\0"
}

const ITEMS: &str = "SELECT i.url, i.title, i.author, i.pubDate, i.content, f.title \
                     FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl";

/// The items of a newsboat cache as articles, in the cache's order; items without text
/// are listed as skipped.
pub fn read_cache(path: &Path) -> Result<Corpus, FetchError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let bad = |e: rusqlite::Error| FetchError::NotNewsboat(e.to_string());
    let conn = Connection::open_with_flags(path, flags).map_err(bad)?;
    let mut stmt = conn.prepare(ITEMS).map_err(bad)?;
    let mut rows = stmt.query([]).map_err(bad)?;
    let mut corpus = Corpus::default();
    let mut n = 0;
    while let Some(row) = rows.next().map_err(bad)? {
        n += 1;
        let text = |i: usize| row.get_ref(i).ok().and_then(text);
        let date = row.get_ref(3).ok().and_then(|v| match v {
            ValueRef::Integer(secs) => chrono::DateTime::from_timestamp(secs, 0),
            _ => None,
        });
        let link = text(0);
        let item = Item {
            id: link.clone().unwrap_or_default(),
            title: text(1),
            link: link.clone(),
            author: text(2),
            date: date.map(|d| normalize_date(&d.to_rfc3339())),
            content: text(4),
            summary: None,
        };
        let shown = format!("{}#{n}", path.display());
        let got = match &item.content {
            Some(html) => from_content(&item, html, link.as_deref(), Some(&shown), n - 1),
            None => Err(FetchError::NoText),
        };
        match got {
            Ok(mut a) => {
                a.outlet = a.outlet.or_else(|| text(5).map(|t| clean::display_safe(&t)));
                corpus.articles.push(a);
            }
            Err(e) => corpus.skipped.push(Skipped {
                path: clean::display_safe(link.as_deref().unwrap_or(&shown)),
                reason: e.to_string(),
            }),
        }
    }
    Ok(corpus)
}

/// A text column's value; an integer as its digits; anything else, nothing.
fn text(v: ValueRef) -> Option<String> {
    let s = match v {
        ValueRef::Text(b) | ValueRef::Blob(b) => String::from_utf8_lossy(b).trim().to_owned(),
        ValueRef::Integer(i) => i.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}
