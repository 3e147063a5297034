//! Start-up as the binary finishes it: the library's [`Startup`] (configuration, key
//! bindings, lists), then the theme, which only the terminal layer can resolve — a
//! theme that cannot be read is a config error for every command, at its line.

use crate::ui::Theme;
use parallax::config::Startup;

/// Reads and checks everything a command needs before it starts.
pub fn startup() -> anyhow::Result<(Startup, Theme)> {
    let startup = Startup::read()?;
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    // A terminal that calls itself dumb gets no colours and no optional sequences:
    // reverse video still marks the selection.
    let plain = no_color || crate::term::is_dumb();
    let theme = Theme::named(&startup.config.theme, plain)
        .map_err(|e| startup.file.error_at(&["theme"], e))?;
    Ok((startup, theme))
}
