//! A feed's items as articles. An item that carries its full text is read from it; an
//! item with only a summary is fetched from its link, a few at a time on worker
//! threads. A link is followed only when it is an http(s) URL: a feed can never make
//! parallax read a local file.

use super::feed::{Feed, Item, escape};
use super::target::{fetchable, site};
use super::{FetchError, Fetcher, article};
use crate::corpus::formats::parse_page;
use crate::corpus::{Article, clean};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Links fetched at once: enough to hide a server's latency, few enough to be polite
/// to one outlet's server.
pub const AT_ONCE: usize = 8;

/// What one item gave: its article, or why it gave none.
pub type ItemResult = Result<Article, FetchError>;

/// The articles of `feed`'s items, in the feed's order. `from` is the feed's URL (links
/// are resolved against it), or `None` for a feed read from a file, whose links must
/// be absolute. `on_fetch` is told of each link as it is fetched (from worker threads).
pub fn expand(
    feed: &Feed,
    from: Option<&str>,
    fetcher: &Fetcher,
    on_fetch: &(dyn Fn(&str) + Sync),
) -> Vec<ItemResult> {
    let base = from.and_then(|u| url::Url::parse(u).ok());
    let outlet = feed
        .title
        .clone()
        .or_else(|| feed.site.as_deref().and_then(site))
        .or_else(|| from.and_then(site));
    let mut out: Vec<Option<ItemResult>> = Vec::with_capacity(feed.items.len());
    let mut to_fetch: Vec<(usize, url::Url)> = Vec::new();
    for (i, item) in feed.items.iter().enumerate() {
        let link = item.link.as_deref().map(|l| link_url(l, base.as_ref()));
        match (&item.content, link) {
            (Some(html), link) => {
                let url = link.and_then(Result::ok).map(|u| u.to_string());
                out.push(Some(from_content(item, html, url.as_deref(), from, i)));
            }
            (None, Some(Ok(url))) => {
                to_fetch.push((i, url));
                out.push(None);
            }
            (None, Some(Err(e))) => out.push(Some(Err(e))),
            (None, None) => out.push(Some(match &item.summary {
                Some(summary) => from_content(item, summary, None, from, i),
                None => Err(FetchError::NoText),
            })),
        }
    }
    let fetched = fetch_all(&to_fetch, fetcher, on_fetch);
    for ((i, _), got) in to_fetch.iter().zip(fetched) {
        out[*i] = Some(got.map(|a| with_item(a, &feed.items[*i])));
    }
    out.into_iter()
        .map(|r| {
            r.unwrap_or(Err(FetchError::NoText)).map(|mut a| {
                if a.outlet.is_none() {
                    a.outlet = outlet.as_deref().map(clean::display_safe);
                }
                a
            })
        })
        .collect()
}

/// An item's link as a URL to fetch: absolute, or relative to the feed's own URL; only
/// http and https.
fn link_url(link: &str, base: Option<&url::Url>) -> Result<url::Url, FetchError> {
    let url = match (url::Url::parse(link), base) {
        (Ok(u), _) => u,
        (Err(url::ParseError::RelativeUrlWithoutBase), Some(b)) => {
            b.join(link).map_err(|e| FetchError::BadUrl(e.to_string()))?
        }
        (Err(url::ParseError::RelativeUrlWithoutBase), None) => {
            return Err(FetchError::BadUrl("a path in a feed is not read".into()));
        }
        (Err(e), _) => return Err(FetchError::BadUrl(e.to_string())),
    };
    fetchable(&url)?;
    Ok(url)
}

/// Fetches `links` [`AT_ONCE`] at a time; results in the order of `links`.
fn fetch_all(
    links: &[(usize, url::Url)],
    fetcher: &Fetcher,
    on_fetch: &(dyn Fn(&str) + Sync),
) -> Vec<ItemResult> {
    let next = AtomicUsize::new(0);
    let results: Vec<Mutex<Option<ItemResult>>> = links.iter().map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..AT_ONCE.min(links.len()) {
            s.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some((_, url)) = links.get(n) else { break };
                    on_fetch(url.as_str());
                    let got = fetcher.fetch(url.as_str()).and_then(|p| article(&p));
                    if let Ok(mut slot) = results[n].lock() {
                        *slot = Some(got);
                    }
                }
            });
        }
    });
    results
        .into_iter()
        .map(|m| m.into_inner().ok().flatten().unwrap_or(Err(FetchError::NoText)))
        .collect()
}

/// The article of an item that carries its text: the HTML read as a page is, with the
/// item's title, author and date. Its path is its link, else the feed's `#N`.
pub(crate) fn from_content(
    item: &Item,
    html: &str,
    url: Option<&str>,
    feed: Option<&str>,
    i: usize,
) -> ItemResult {
    let title = item.title.as_deref().map(escape).unwrap_or_default();
    let doc = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><article><h1>{title}</h1>{html}</article></body></html>"
    );
    let shown = url.map_or_else(|| format!("{}#{}", feed.unwrap_or("feed"), i + 1), str::to_owned);
    let parsed = parse_page(&shown, doc.as_bytes(), Some(encoding_rs::UTF_8));
    let (a, _) = parsed.articles.into_iter().next().ok_or(FetchError::NoText)?;
    if a.content_passages() == 0 {
        return Err(FetchError::NoText);
    }
    let mut a = with_item(a, item);
    a.url = url.map(clean::display_safe);
    Ok(a)
}

/// What the feed says of an item where the page did not say it.
fn with_item(mut a: Article, item: &Item) -> Article {
    let safe = |s: &Option<String>| s.as_deref().map(clean::display_safe);
    if a.byline.is_none() {
        a.byline = safe(&item.author);
    }
    if item.date.is_some() {
        // The feed's date is the instant the outlet published it; a page's is often a day.
        a.date = safe(&item.date);
    }
    if a.title.is_empty()
        && let Some(t) = safe(&item.title)
    {
        a.title = t;
    }
    a
}
