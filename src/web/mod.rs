//! Articles from where readers find them: web pages named by their URL, and feeds
//! (RSS, Atom, JSON Feed, by URL or file) whose items become articles, and newsboat's
//! cache of items.
//!
//! This module owns fetching (one kept HTTP client: redirects, timeouts, a size cap,
//! proxies from the environment), the page cache (bytes plus a sidecar, revalidated
//! on the next run) and turning a page into an article through the corpus's own
//! HTML path, so a page is decoded, cleaned and neutralised exactly as a file is.
//! Nothing here knows about terminals.

mod cache;
mod expand;
mod feed;
mod fetch;
mod load;
mod newsboat;
mod page;
mod target;

pub use cache::{PageCache, Sidecar};
pub use expand::{AT_ONCE, ItemResult, expand};
pub use feed::{Feed, Item, is_feed, is_feed_file, parse as parse_feed};
pub use fetch::{FetchOptions, Fetcher, Got, Page};
pub use load::{Event, LoadError, item_name, load, needs_web};
pub use newsboat::{is_sqlite_file, read_cache as read_newsboat_cache};
pub use page::article;
pub use target::{Target, is_url, target};

/// Why a URL gave no article. The messages are what the user reads after the URL.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    #[error("refused: {0}:// is not fetched")]
    Scheme(String),
    #[error("refused: not a URL ({0})")]
    BadUrl(String),
    #[error("refused: redirected to {0}:// (only http and https are fetched)")]
    RedirectScheme(String),
    #[error("HTTP {0}")]
    Status(u16),
    #[error("timed out after {0} s")]
    TimedOut(f64),
    #[error("too many redirects (more than {0})")]
    TooManyRedirects(u32),
    #[error("TLS error: {0}")]
    Tls(String),
    #[error("not a feed: {0}")]
    NotFeed(String),
    #[error("no item of the feed could be read ({0} items)")]
    EmptyFeed(usize),
    #[error("not a newsboat cache: {0}")]
    NotNewsboat(String),
    #[error("not HTML: {0}")]
    NotHtml(String),
    #[error("too large: over {0} MB")]
    TooLarge(u64),
    #[error("no article text on the page")]
    NoText,
    #[error("not in the page cache (--offline)")]
    NotCached,
    #[error("host not found")]
    HostNotFound,
    #[error("{0}")]
    Network(String),
}
