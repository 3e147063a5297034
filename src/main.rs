//! The parallax binary: arguments first (errors print on the normal screen and exit
//! 2), then either a scripting subcommand or the reader in the terminal.

mod cli;
mod term;
mod ui;

use clap::Parser;
use cli::Cli;
use parallax::app::{App, Keymap, open_pair};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match cli.command {
        Some(command) => cli::run(command).map(|()| 0),
        None => read(&cli.paths),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn read(paths: &[std::path::PathBuf]) -> anyhow::Result<u8> {
    let corpus = cli::load(paths)?;
    // `parallax a b`, like `vimdiff a b`: two files open side by side at once.
    let pair = paths.len() == 2 && paths.iter().all(|p| p.is_file()) && corpus.articles.len() == 2;
    let mut app = App::new(corpus, Keymap::default_map());
    if pair {
        open_pair(&mut app, 0, 1);
    }
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let theme = ui::Theme::shipped(no_color);
    term::run(app, &theme).map_err(|e| e.context("terminal"))
}
