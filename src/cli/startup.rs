//! What every command checks before it does anything: the user's `config.toml`, with
//! its key bindings and its theme. The reader and the scripting subcommands load it
//! here, once, so a broken file is the same error (exit 2) whichever was run.

use crate::ui::Theme;
use parallax::app::keymap::Keymap;
use parallax::config::{Config, ConfigFile};

/// The configuration, checked through: whatever could be wrong with it is an error
/// with file, line and column before any command starts.
pub struct Startup {
    pub config: Config,
    pub keymap: Keymap,
    pub theme: Theme,
}

/// Loads and checks the user's configuration (the defaults without a home directory).
pub fn startup() -> anyhow::Result<Startup> {
    let file = match Config::path() {
        Some(path) => ConfigFile::read(&path)?,
        None => ConfigFile::default(),
    };
    let config = file.config()?;
    let keymap = config.keymap().map_err(|e| file.error_at(&["keys"], e.to_string()))?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // A terminal that calls itself dumb gets no colours and no optional sequences:
    // reverse video still marks the selection.
    let plain = no_color || crate::term::is_dumb();
    // The theme is resolved here, not in the reader alone: a theme that cannot be read
    // is a config error for every command, pointing at the `theme` line.
    let theme = Theme::named(&config.theme, plain).map_err(|e| file.error_at(&["theme"], e))?;
    Ok(Startup { config, keymap, theme })
}
