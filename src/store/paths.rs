//! Where parallax keeps things: the XDG base directories (`XDG_STATE_HOME`,
//! `XDG_CONFIG_HOME`, falling back to `~/.local/state` and `~/.config`).

use std::path::PathBuf;

fn xdg(var: &str, fallback: &str) -> Option<PathBuf> {
    let from_env = std::env::var_os(var).map(PathBuf::from).filter(|p| p.is_absolute());
    let dir =
        from_env.or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(fallback)))?;
    Some(dir.join("parallax"))
}

/// `$XDG_STATE_HOME/parallax`: session state and bookmarks.
pub fn state_dir() -> Option<PathBuf> {
    xdg("XDG_STATE_HOME", ".local/state")
}

/// `$XDG_CONFIG_HOME/parallax`: `config.toml`.
pub fn config_dir() -> Option<PathBuf> {
    xdg("XDG_CONFIG_HOME", ".config")
}
