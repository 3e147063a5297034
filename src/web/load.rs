//! What the user named, files, folders and URLs mixed, read into one corpus in the
//! order named: `parallax URL a.txt` puts the page on the left.
//!
//! A URL that fails is treated like a path that cannot be read: named alone, it is an
//! error (and the command stops before anything else happens); among others, it is
//! listed as skipped with its reason and the rest is read.

use super::target::{Target, target};
use super::{FetchError, Fetcher, article};
use crate::corpus::{Corpus, LoadOptions, PathError, Progress, Skipped, clean, load_with_progress};
use std::path::PathBuf;

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
            article(&page)
        });
        let named = clean::display_safe(&arg.to_string_lossy());
        match got {
            Ok(a) => corpus.articles.push(a),
            Err(reason) if alone => return Err(LoadError::Fetch { url: named, reason }),
            Err(e) => corpus.skipped.push(Skipped { path: named, reason: e.to_string() }),
        }
    }
    read_paths(&mut paths, opts, on_progress, &mut corpus)?;
    Ok(corpus)
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

/// Whether any argument is written as a URL (and so must go through [`load`]).
pub fn any_url(args: &[PathBuf]) -> bool {
    args.iter().any(|a| super::is_url(a))
}
