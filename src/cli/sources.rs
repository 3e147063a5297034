//! What the user named — files, folders and http(s) URLs, mixed — read for the commands
//! and the reader. URLs go through the library's one fetcher and its page cache;
//! everything else is the corpus loader's, as before.

use parallax::corpus::{Article, Corpus, LoadOptions};
use parallax::web::{self, Event, FetchOptions, Fetcher, PageCache};
use std::io::IsTerminal;
use std::path::PathBuf;

/// The fetcher of this run: the defaults (10 s to connect, 30 s in all, 20 MB, 10
/// redirects; `PARALLAX_FETCH_TIMEOUT` for another deadline), the page cache in the
/// cache directory, and `--offline`.
pub fn fetcher(offline: bool) -> Fetcher {
    Fetcher::new(FetchOptions { offline, ..FetchOptions::from_env() }, PageCache::xdg())
}

/// Loads what the user named, or the embedded seeds when nothing was named.
pub fn load(paths: &[PathBuf], opts: &LoadOptions, fetcher: &Fetcher) -> anyhow::Result<Corpus> {
    if paths.is_empty() {
        return Ok(Corpus::seeds());
    }
    // Progress on stderr while it is a terminal; nothing in pipes and logs.
    let mut progress = parallax::corpus::stderr_progress("loading");
    Ok(web::load(paths, opts, fetcher, &mut say, &mut progress)?)
}

/// The one article of a file or URL named where a command takes exactly one.
pub fn one(path: &std::path::Path, fetcher: &Fetcher) -> anyhow::Result<Article> {
    let named = [PathBuf::from(path)];
    let corpus = web::load(&named, &LoadOptions::default(), fetcher, &mut say, &mut |_| {})?;
    if let Some(s) = corpus.skipped.first() {
        anyhow::bail!("{}: {}", s.path, s.reason);
    }
    corpus
        .articles
        .into_iter()
        .next()
        .ok_or_else(|| anyhow::anyhow!("{}: no article", path.display()))
}

/// What fetching says on stderr: warnings always, the URL being fetched only to a
/// person watching (a fetch can take seconds; a script's log needs no such line).
fn say(e: Event) {
    match e {
        Event::Fetching(url) if std::io::stderr().is_terminal() => eprintln!("fetching {url}"),
        Event::Fetching(_) => {}
        Event::Warning(w) => eprintln!("parallax: {w}"),
    }
}
