//! Subscriptions and the archive they fill: the feeds a reader follows (an OPML file,
//! `[feeds]` in config.toml, newsboat's `urls`), and `pull`, which writes each new
//! article of every feed into the archive folder as a Markdown file the library reads.
//! Fetching and reading feeds is `web`'s; nothing here knows about terminals.

mod note;
mod pull;
mod subscriptions;

pub use note::{file_name, key_of, markdown, slug};
pub use pull::{FeedReport, PullEvent, PullReport, default_archive, folder_name, pull};
pub use subscriptions::{ListError, Subscription, from_newsboat, from_opml, gather, newsboat_urls};
