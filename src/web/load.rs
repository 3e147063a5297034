//! What the user named, files, folders and URLs mixed, read into one corpus in the
//! order named: `parallax URL a.txt` puts the page on the left.
//!
//! A URL that fails is treated like a path that cannot be read: named alone, it is an
//! error (and the command stops before anything else happens); among others, it is
//! listed as skipped with its reason and the rest is read.

use super::expand::expand;
use super::feed::{Feed, Item, is_feed, is_feed_file, parse as parse_feed};
use super::newsboat::{is_sqlite_file, read_cache};
use super::target::{Target, target};
use super::{FetchError, Fetcher, article};
use crate::corpus::{Corpus, LoadOptions, PathError, Progress, Skipped, clean, load_with_progress};
use std::path::{Path, PathBuf};

/// Why nothing could be read of what was named.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Path(#[from] PathError),
    #[error("{url}: {reason}")]
    Fetch { url: String, reason: FetchError },
}

/// What loading tells as it goes, besides file progress.
#[derive(Debug, Clone, PartialEq)]
pub enum Event<'a> {
    /// A URL is being fetched (or read from the cache).
    Fetching(&'a str),
    /// Something that did not stop the load (a page not kept in the cache).
    Warning(String),
}

/// Reads `args` (paths and URLs) in order; paths named one after another are read
/// together, as [`load_with_progress`] reads them.
pub fn load(
    args: &[PathBuf],
    opts: &LoadOptions,
    fetcher: &Fetcher,
    on_event: &mut dyn FnMut(Event),
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Corpus, LoadError> {
    let alone = args.len() == 1;
    let mut corpus = Corpus::default();
    let mut paths: Vec<PathBuf> = Vec::new();
    for arg in args {
        let url = match target(arg) {
            Ok(Target::Path) if is_feed_file(arg) => {
                read_paths(&mut paths, opts, on_progress, &mut corpus)?;
                let got =
                    read_feed_file(arg).and_then(|feed| items(&feed, None, fetcher, &mut corpus));
                fail(got, arg, alone, &mut corpus)?;
                continue;
            }
            Ok(Target::Path) if is_sqlite_file(arg) => {
                read_paths(&mut paths, opts, on_progress, &mut corpus)?;
                let got = read_cache(arg).map(|c| {
                    corpus.articles.extend(c.articles);
                    corpus.skipped.extend(c.skipped);
                });
                fail(got, arg, alone, &mut corpus)?;
                continue;
            }
            Ok(Target::Path) => {
                paths.push(arg.clone());
                continue;
            }
            Ok(Target::Url(url)) => Ok(url),
            Err(e) => Err(e),
        };
        read_paths(&mut paths, opts, on_progress, &mut corpus)?;
        let got = url.and_then(|url| {
            on_event(Event::Fetching(url.as_str()));
            let page = fetcher.fetch(url.as_str())?;
            if let Some(w) = &page.warning {
                on_event(Event::Warning(w.clone()));
            }
            if is_feed(page.content_type.as_deref(), &page.bytes) {
                let feed = parse_feed(&page.bytes)?;
                return items(&feed, Some(&page.final_url), fetcher, &mut corpus);
            }
            article(&page).map(|a| corpus.articles.push(a))
        });
        fail(got, arg, alone, &mut corpus)?;
    }
    read_paths(&mut paths, opts, on_progress, &mut corpus)?;
    Ok(corpus)
}

/// What failed of one argument: alone, the error of the command; among others, a
/// skipped line.
fn fail(
    got: Result<(), FetchError>,
    arg: &Path,
    alone: bool,
    corpus: &mut Corpus,
) -> Result<(), LoadError> {
    let named = clean::display_safe(&arg.to_string_lossy());
    match got {
        Ok(()) => Ok(()),
        Err(reason) if alone => Err(LoadError::Fetch { url: named, reason }),
        Err(e) => {
            corpus.skipped.push(Skipped { path: named, reason: e.to_string() });
            Ok(())
        }
    }
}

/// A feed's items into the corpus: the articles read, the items that gave none listed
/// as skipped. A feed of which no item could be read is an error of its own.
fn items(
    feed: &Feed,
    from: Option<&str>,
    fetcher: &Fetcher,
    corpus: &mut Corpus,
) -> Result<(), FetchError> {
    let mut read = 0;
    for (i, (item, got)) in feed.items.iter().zip(expand(feed, from, fetcher, &|_| {})).enumerate()
    {
        match got {
            Ok(a) => {
                corpus.articles.push(a);
                read += 1;
            }
            Err(e) => corpus
                .skipped
                .push(Skipped { path: item_name(item, from, i), reason: e.to_string() }),
        }
    }
    if read == 0 {
        return Err(FetchError::EmptyFeed(feed.items.len()));
    }
    Ok(())
}

/// How an item is named in a list of what was skipped: its link, else its place.
pub fn item_name(item: &Item, feed: Option<&str>, i: usize) -> String {
    let name = item.link.clone().unwrap_or_else(|| format!("{}#{}", feed.unwrap_or("feed"), i + 1));
    clean::display_safe(&name)
}

/// A feed file named where a path goes.
fn read_feed_file(path: &Path) -> Result<Feed, FetchError> {
    let bytes = std::fs::read(path).map_err(|e| FetchError::Network(e.to_string()))?;
    parse_feed(&bytes)
}

fn read_paths(
    paths: &mut Vec<PathBuf>,
    opts: &LoadOptions,
    on_progress: &mut dyn FnMut(&Progress),
    corpus: &mut Corpus,
) -> Result<(), PathError> {
    if paths.is_empty() {
        return Ok(());
    }
    let read = load_with_progress(paths, opts, on_progress)?;
    corpus.articles.extend(read.articles);
    corpus.skipped.extend(read.skipped);
    corpus.ignored += read.ignored;
    paths.clear();
    Ok(())
}

/// Whether any argument must go through [`load`]: one written as a URL, a feed file, or
/// newsboat's cache.
pub fn needs_web(args: &[PathBuf]) -> bool {
    args.iter().any(|a| super::is_url(a) || is_feed_file(a) || is_sqlite_file(a))
}
