//! Checking that a program left the terminal as it found it: run `stty -a` in
//! the same pty after it exits.

use std::time::Duration;

use super::{Opts, Term, bin, quote};

impl Term {
    /// Runs parallax, then `stty -a` in the same pty once it has exited; read the
    /// result with [`Term::stty_after_exit`].
    pub fn parallax_then_stty(args: &[&str], opts: Opts) -> Term {
        let mut line = quote(bin());
        for arg in args {
            line.push(' ');
            line.push_str(&quote(arg));
        }
        Term::shell(&format!("{line}; {STTY_PROBE}"), opts)
    }

    /// After [`Term::parallax_then_stty`] (or a shell line ending in
    /// [`STTY_PROBE`]): waits for the probe and returns what it printed.
    #[track_caller]
    pub fn stty_after_exit(&self, timeout: Duration) -> Stty {
        self.wait_raw(b"stty]", timeout);
        let raw = String::from_utf8_lossy(&self.raw()).into_owned();
        let start = raw.rfind("[stty exit=").expect("probe start marker");
        let body = &raw[start + "[stty exit=".len()..raw.rfind("stty]").expect("probe end marker")];
        let (code, modes) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        Stty { app_exit: code.trim().parse().expect("probe exit code"), modes: modes.to_owned() }
    }
}

/// Shell text that prints the previous command's exit code and the terminal's
/// modes between markers. Append it to a shell line with `; `.
pub const STTY_PROBE: &str = "echo \"[stty exit=$?\"; stty -a; echo 'stty]'";

/// What [`STTY_PROBE`] printed.
#[derive(Debug)]
pub struct Stty {
    /// Exit code of the command before the probe.
    pub app_exit: i32,
    /// `stty -a` output.
    pub modes: String,
}

impl Stty {
    /// Whether a mode word (`icanon`, `echo`) is on: listed bare, not as `-word`.
    pub fn has(&self, mode: &str) -> bool {
        self.modes.split_whitespace().any(|w| w == mode)
    }

    /// The terminal is back in the cooked mode a shell expects.
    #[track_caller]
    pub fn assert_cooked(&self) {
        for mode in ["icanon", "echo", "isig"] {
            assert!(self.has(mode), "terminal left without `{mode}`:\n{}", self.modes);
        }
    }
}
