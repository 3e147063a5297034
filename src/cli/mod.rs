//! Command line: arguments (clap) and the scripting subcommands' JSON.

mod list;

use clap::{Parser, Subcommand};
use parallax::corpus::Corpus;
use std::path::PathBuf;

/// parallax — read two articles side by side, and jump between the passages where
/// they speak of the same thing.
///
/// With no PATH, opens the seed corpus built into the binary. With exactly two files,
/// opens them side by side at once.
#[derive(Debug, Parser)]
#[command(name = "parallax", version, about, long_about)]
pub struct Cli {
    /// Files and folders to read (folders recursively: .txt and .md).
    pub paths: Vec<PathBuf>,
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
}

/// Loads what the user named, or the embedded seeds when nothing was named.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    if paths.is_empty() {
        return Ok(Corpus::seeds());
    }
    Ok(Corpus::load(paths)?)
}

/// Runs a subcommand, printing to stdout.
pub fn run(command: Command) -> anyhow::Result<()> {
    match command {
        Command::List { paths, json } => list::run(&load(&paths)?, json),
    }
}
