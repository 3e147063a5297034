//! End-to-end harness: runs a program in a real pseudo-terminal and reads what it
//! draws through a vt100 emulator, so a test sees the screen a user would see.
//!
//! Used from integration tests with `mod support;`. Every wait is bounded and, on
//! timeout, panics with the current screen; dropping a [`Term`] kills its process
//! group, so a failing test leaves nothing running.

// Each test binary uses a different part of the harness.
#![allow(dead_code)]

pub mod keys;
mod opts;
pub mod ssh;
mod stty;
mod term;
mod wait;

pub use opts::Opts;
#[allow(unused_imports)] // not every test binary names these
pub use stty::{STTY_PROBE, Stty};
pub use term::Term;

use std::time::Duration;

/// The usual bound for a wait: long enough for a loaded CI machine, short enough
/// that a hang fails quickly.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// The parallax binary Cargo built for this test run.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_parallax")
}

/// Runs the binary as a script would, with `home` for its home and XDG folders, so no
/// test reads or writes the user's config, cache or state.
pub fn parallax_in(home: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(bin())
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .output()
        .expect("run parallax")
}

/// Quotes `s` for a POSIX shell.
pub fn quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

/// Bytes as readable text: UTF-8 kept, ESC as `\e`, other controls escaped.
pub fn printable(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\x1b' => out.push_str("\\e"),
            c if c.is_control() => out.extend(c.escape_debug()),
            c => out.push(c),
        }
    }
    out
}
