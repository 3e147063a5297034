//! Command line: arguments (clap) and the scripting subcommands.

mod diff;
mod export;
mod extract;
mod index;
mod library;
mod list;
mod notes;
mod pull;
mod search;
mod sources;
mod startup;
mod topics;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use parallax::config::Startup;
use parallax::web::Fetcher;
use std::path::PathBuf;

/// parallax — read two articles side by side, and jump between the passages where
/// they speak of the same thing.
///
/// With no PATH, opens the seed corpus built into the binary (or `corpus` from
/// config.toml). With exactly two files or URLs, opens them side by side at once. The last
/// session (pair, positions) is restored unless --fresh is given.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, about, long_about)]
pub struct Cli {
    /// Files, folders and http(s) URLs to read (the extensions read in folders are filled in by
    /// [`parse`] from the loader's own list).
    pub paths: Vec<PathBuf>,
    /// Start without restoring the last session (nothing is deleted; bookmarks stay).
    #[arg(long)]
    pub fresh: bool,
    /// Read web pages only from the page cache: a URL not fetched before is an error.
    #[arg(long, global = true)]
    pub offline: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the library: title, byline, word and passage counts, skipped files.
    List {
        /// Files and folders (default: the built-in seed corpus).
        paths: Vec<PathBuf>,
        /// Machine-readable output (shape documented in README).
        #[arg(long)]
        json: bool,
    },
    /// Print the topics of the corpus: curated concept groups and discovered names,
    /// with the passages (and byte spans) where each occurs.
    Topics {
        /// Files and folders (default: the built-in seed corpus).
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// Link the passages of two articles: for each passage of LEFT, the passages of
    /// RIGHT that speak of the same thing, best first, with the shared terms.
    Align {
        left: PathBuf,
        right: PathBuf,
        /// Matches per passage.
        #[arg(long, default_value_t = parallax::index::report::DEFAULT_TOP)]
        top: usize,
        #[arg(long)]
        json: bool,
    },
    /// Propose spelling variants the alias table does not join (close capitalised
    /// names across articles).
    Variants {
        /// Files and folders (default: the built-in seed corpus).
        paths: Vec<PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// The framing lens of two articles: which spelling of each variant each uses,
    /// loaded terms, who is quoted, and the figures of linked passages side by side.
    Lens {
        left: PathBuf,
        right: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Compare two articles: as versions of one text (a wire story republished, an
    /// article edited), a diff down to the word; otherwise, for each linked passage,
    /// what each says that the other does not.
    Diff {
        left: PathBuf,
        right: PathBuf,
        /// Machine-readable output (shape documented in README).
        #[arg(long)]
        json: bool,
    },
    /// One page to share: the two articles side by side, linked passages pointing at
    /// each other, with the contrast marks (or the changes of two versions).
    Export {
        left: PathBuf,
        right: PathBuf,
        /// A self-contained HTML page (inline style, no script, nothing fetched).
        #[arg(long, conflicts_with = "md")]
        html: bool,
        /// Markdown, for notes.
        #[arg(long)]
        md: bool,
    },
    /// Search the texts of an archive: the articles whose words match QUERY, best
    /// first, each with the passage that says most of it. Words match as the reader
    /// matches them (stems, spelling variants); the index is kept in the cache folder
    /// and updated for new, changed and removed files.
    Search {
        query: String,
        /// Files and folders (default: the built-in seed corpus).
        paths: Vec<PathBuf>,
        /// Hits to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        #[arg(long)]
        json: bool,
    },
    /// Fetch every subscribed feed into the archive folder, one Markdown file per new
    /// article. Subscriptions: feeds.opml in the config folder, [feeds] urls in
    /// config.toml, newsboat's urls file; or the feed URLs and OPML files named here.
    /// Exit code 1 when a feed failed (the others are still pulled).
    Pull {
        /// Feed URLs and OPML files to pull instead of the subscriptions.
        lists: Vec<PathBuf>,
        /// The archive folder (default: [feeds] archive, else
        /// $XDG_DATA_HOME/parallax/archive).
        #[arg(long)]
        into: Option<PathBuf>,
        /// Machine-readable output (shape documented in README).
        #[arg(long)]
        json: bool,
    },
    /// Print what parallax reads of one page or file: headline, byline, outlet, date and
    /// the article's text, page furniture left out.
    Extract {
        /// A file or an http(s) URL.
        path: PathBuf,
        /// Machine-readable output (shape documented in README).
        #[arg(long)]
        json: bool,
    },
    /// Print every bookmark with its note and the passage quoted, ready to paste.
    Notes {
        /// Output format.
        #[arg(long, value_enum, default_value_t = Export::Md)]
        export: Export,
    },
    /// Print the configuration file with every default and comment.
    Config {
        /// Print the full default config.toml (the only mode for now).
        #[arg(long, required = true)]
        default: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Export {
    Md,
    Json,
}

/// The command line as given. The help of PATH names the extensions a folder is read
/// for from the loader's own list, so a new format cannot be left out of `--help`.
pub fn parse() -> Cli {
    let command = Cli::command().mut_arg("paths", |a| a.help(paths_help()));
    Cli::from_arg_matches(&command.get_matches()).unwrap_or_else(|e| e.exit())
}

fn paths_help() -> String {
    let extensions: Vec<String> =
        parallax::corpus::EXTENSIONS.iter().map(|(e, _)| format!(".{e}")).collect();
    format!(
        "Files, folders and http(s) URLs to read (folders recursively: {})",
        extensions.join(", ")
    )
}

pub use sources::{fetcher, load};
pub use startup::startup;

/// `config --default`. It needs no configuration of its own: it is how a user repairs a
/// broken config file, so it works whatever that file says.
pub fn print_default_config() -> anyhow::Result<()> {
    print!("{}", parallax::config::Config::default_text());
    Ok(())
}

/// Runs a subcommand, printing to stdout, with what start-up read and checked; URLs
/// among its paths go through `web`.
/// The exit code is 0, or what the command says (`pull`: 1 when a feed failed).
pub fn run(command: Command, startup: &Startup, web: &Fetcher) -> anyhow::Result<u8> {
    if let Command::Pull { lists, into, json } = &command {
        return pull::run(lists, into.as_deref(), *json, startup, web);
    }
    run_printing(command, startup, web).map(|()| 0)
}

fn run_printing(command: Command, startup: &Startup, web: &Fetcher) -> anyhow::Result<()> {
    let lexicons = &startup.lexicons;
    let load = |paths: &[PathBuf]| sources::load(paths, &Default::default(), web);
    match command {
        Command::List { paths, json } => list::run(&paths, json, startup, web),
        Command::Topics { paths, json } => topics::run(&paths, json, startup, web),
        Command::Align { left, right, top, json } => {
            let (l, r) = (sources::one(&left, web)?, sources::one(&right, web)?);
            index::align(&l, &r, top, lexicons, json)
        }
        Command::Variants { paths, json } => {
            let corpus = if paths.is_empty() || parallax::web::needs_web(&paths) {
                load(&paths)?
            } else {
                library::texts(&paths, startup, "variants")?
            };
            index::variants(&corpus, lexicons, json)
        }
        Command::Lens { left, right, json } => {
            let (l, r) = (sources::one(&left, web)?, sources::one(&right, web)?);
            index::lens(&l, &r, startup, json)
        }
        Command::Diff { left, right, json } => {
            diff::run(&diff::side(&left, web)?, &diff::side(&right, web)?, lexicons, json)
        }
        Command::Export { left, right, md, .. } => {
            export::run(&diff::side(&left, web)?, &diff::side(&right, web)?, lexicons, md)
        }
        Command::Search { query, paths, limit, json } => {
            search::run(&query, &paths, limit, json, startup, web)
        }
        Command::Extract { path, json } => extract::run(&sources::one(&path, web)?, json),
        Command::Notes { export } => notes::run(export, &startup.config.jsonl),
        Command::Config { .. } => print_default_config(),
        // Answered by `run`, with its own exit code.
        Command::Pull { .. } => Ok(()),
    }
}
