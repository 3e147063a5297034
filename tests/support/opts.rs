//! How a [`super::Term`] is started: size, environment, working directory.

use std::path::{Path, PathBuf};

/// Variables passed through from the test's own environment; everything else is
/// cleared so a developer's `NO_COLOR`, `COLORTERM` or ssh agent cannot leak in.
const PASS_THROUGH: [&str; 4] = ["PATH", "RUST_BACKTRACE", "RUST_LOG", "LLVM_PROFILE_FILE"];

/// How to start a program in a [`Term`].
#[derive(Debug, Clone)]
pub struct Opts {
    pub cols: u16,
    pub rows: u16,
    /// Set after the defaults (`TERM`, `LANG`, `HOME`, `XDG_*_HOME`), so these win.
    pub env: Vec<(String, String)>,
    /// Working directory; `None` means the term's temporary home.
    pub cwd: Option<PathBuf>,
}

impl Default for Opts {
    fn default() -> Self {
        Opts { cols: 80, rows: 24, env: Vec::new(), cwd: None }
    }
}

impl Opts {
    pub fn size(cols: u16, rows: u16) -> Self {
        Opts { cols, rows, ..Opts::default() }
    }

    pub fn env(mut self, key: &str, value: &str) -> Self {
        self.env.push((key.to_owned(), value.to_owned()));
        self
    }

    pub fn cwd(mut self, dir: impl Into<PathBuf>) -> Self {
        self.cwd = Some(dir.into());
        self
    }

    /// The environment a program started with these options sees, in order.
    pub(super) fn environment(&self, home: &Path) -> Vec<(String, String)> {
        let mut vars: Vec<(String, String)> = PASS_THROUGH
            .iter()
            .filter_map(|k| std::env::var(k).ok().map(|v| (k.to_string(), v)))
            .collect();
        let home = home.display().to_string();
        vars.push(("TERM".into(), "xterm-256color".into()));
        vars.push(("LANG".into(), "C.UTF-8".into()));
        vars.push(("HOME".into(), home.clone()));
        for (var, sub) in [
            ("XDG_CONFIG_HOME", ".config"),
            ("XDG_STATE_HOME", ".local/state"),
            ("XDG_CACHE_HOME", ".cache"),
        ] {
            vars.push((var.into(), format!("{home}/{sub}")));
        }
        vars.extend(self.env.iter().cloned());
        vars
    }
}
