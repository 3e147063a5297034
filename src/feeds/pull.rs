//! `pull`: every subscribed feed fetched into the archive folder, one Markdown file per
//! new article, so the library grows day by day. An item already in the archive is
//! known by the key in its file name and is not fetched again; a feed that fails is
//! reported with its reason and the others are pulled all the same.

use super::Subscription;
use super::note::{file_name, key_of, markdown, slug};
use crate::atomic::write_atomic;
use crate::corpus::Skipped;
use crate::web::{Fetcher, Item, expand, is_feed, item_name, parse_feed};
use serde::Serialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// What pulling one feed did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FeedReport {
    pub url: String,
    /// The feed's own name, else the subscription's.
    pub title: Option<String>,
    /// Files written, relative to the archive folder.
    pub new: Vec<String>,
    /// Items already in the archive.
    pub already: usize,
    /// New items that gave no article (their link failed, or was refused); they are
    /// tried again on the next pull.
    pub skipped: Vec<Skipped>,
    /// Why the feed itself could not be pulled.
    pub error: Option<String>,
}

/// What a whole pull did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct PullReport {
    pub archive: String,
    pub feeds: Vec<FeedReport>,
}

impl PullReport {
    /// Feeds that could not be pulled.
    pub fn failed(&self) -> usize {
        self.feeds.iter().filter(|f| f.error.is_some()).count()
    }

    /// Articles written in all.
    pub fn written(&self) -> usize {
        self.feeds.iter().map(|f| f.new.len()).sum()
    }
}

/// Progress, as it happens.
#[derive(Debug)]
pub enum PullEvent<'a> {
    /// Feed `n` (from 1) of `of` is being fetched.
    Feed { n: usize, of: usize, url: &'a str },
    /// A feed is done.
    Done(&'a FeedReport),
}

/// Pulls every feed of `subs` into `archive`, one folder per feed's site.
pub fn pull(
    subs: &[Subscription],
    archive: &Path,
    fetcher: &Fetcher,
    on_event: &mut dyn FnMut(PullEvent),
) -> PullReport {
    let mut report = PullReport {
        archive: archive.display().to_string(),
        feeds: Vec::with_capacity(subs.len()),
    };
    for (n, sub) in subs.iter().enumerate() {
        on_event(PullEvent::Feed { n: n + 1, of: subs.len(), url: &sub.url });
        let mut feed = FeedReport {
            url: crate::corpus::clean::display_safe(&sub.url),
            title: sub.title.clone(),
            ..FeedReport::default()
        };
        if let Err(e) = pull_one(sub, archive, fetcher, &mut feed) {
            feed.error = Some(e);
        }
        on_event(PullEvent::Done(&feed));
        report.feeds.push(feed);
    }
    report
}

fn pull_one(
    sub: &Subscription,
    archive: &Path,
    fetcher: &Fetcher,
    report: &mut FeedReport,
) -> Result<(), String> {
    let page = fetcher.fetch(&sub.url).map_err(|e| e.to_string())?;
    if !is_feed(page.content_type.as_deref(), &page.bytes) {
        let what = page.content_type.as_deref().unwrap_or("no content type");
        return Err(format!("not a feed: {}", what.split(';').next().unwrap_or(what)));
    }
    let mut feed = parse_feed(&page.bytes).map_err(|e| e.to_string())?;
    if let Some(t) = &feed.title {
        report.title = Some(crate::corpus::clean::display_safe(t));
    }
    let folder = archive.join(folder_name(&sub.url));
    let mut kept = keys_in(&folder);
    let mut keys = Vec::new();
    feed.items.retain(|item| {
        let key = item_key(item, &page.final_url);
        let new = kept.insert(key);
        if new {
            keys.push(key);
        } else {
            report.already += 1;
        }
        new
    });
    if feed.items.is_empty() {
        return Ok(());
    }
    let from = Some(page.final_url.as_str());
    let got = expand(&feed, from, fetcher, &|_| {});
    for (i, ((item, key), got)) in feed.items.iter().zip(keys).zip(got).enumerate() {
        let skip = |reason: String| Skipped { path: item_name(item, from, i), reason };
        let a = match got {
            Ok(a) => a,
            Err(e) => {
                report.skipped.push(skip(e.to_string()));
                continue;
            }
        };
        let name = file_name(&a, key);
        // An archive that cannot be written fails the feed (and the exit code) rather
        // than leaving every item skipped.
        write_atomic(&folder.join(&name), markdown(&a, &sub.url).as_bytes())
            .map_err(|e| format!("not written to {}: {e}", folder.display()))?;
        report.new.push(format!("{}/{name}", folder_name(&sub.url)));
    }
    Ok(())
}

/// The archive folder of a feed: its host, as a slug (`news-example-org`).
pub fn folder_name(feed_url: &str) -> String {
    let host = url::Url::parse(feed_url).ok().and_then(|u| u.host_str().map(str::to_owned));
    let host = host.as_deref().map(|h| h.strip_prefix("www.").unwrap_or(h)).unwrap_or("feed");
    let s = slug(host, 80);
    if s.is_empty() { "feed".to_owned() } else { s }
}

/// The keys of the articles already in a folder (none when it does not exist yet).
fn keys_in(folder: &Path) -> HashSet<u64> {
    let Ok(entries) = std::fs::read_dir(folder) else { return HashSet::new() };
    entries.filter_map(|e| e.ok()?.file_name().to_str().and_then(key_of)).collect()
}

/// What identifies an item across pulls: its link, made absolute, when it has one (the
/// same article through two subscriptions is one file), else its id within its feed.
fn item_key(item: &Item, feed_url: &str) -> u64 {
    let base = url::Url::parse(feed_url).ok();
    let identity = match (&item.link, base) {
        (Some(link), Some(base)) => base.join(link.trim()).map_or(link.clone(), |u| u.to_string()),
        (Some(link), None) => link.clone(),
        (None, _) => format!("{feed_url}\n{}", item.id),
    };
    identity
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// `$XDG_DATA_HOME/parallax/archive`, else `~/.local/share/parallax/archive`.
pub fn default_archive() -> Option<PathBuf> {
    let from_env = std::env::var_os("XDG_DATA_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    let dir = from_env
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))?;
    Some(dir.join("parallax").join("archive"))
}
