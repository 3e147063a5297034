//! What every command reads before it does anything, read once: the user's
//! `config.toml` with its key bindings, and the alias, topic and framing lists (the
//! shipped ones with the user's files on top). The reader and the scripting commands
//! share it, so a broken file is the same error whichever was run.

use super::{Config, ConfigError, ConfigFile};
use crate::app::keymap::Keymap;
use crate::lens::{Framing, FramingLexicon};
use crate::text::{LexiconError, Lexicons};

/// The configuration and the lists, checked through.
#[derive(Debug)]
pub struct Startup {
    pub config: Config,
    pub keymap: Keymap,
    pub lexicons: Lexicons,
    pub framing: FramingLexicon,
    /// The config file's text, so that a check made later (the theme, which only the
    /// terminal layer can resolve) still points at its line.
    pub file: ConfigFile,
}

/// Why start-up stopped: a located problem in one of the user's files.
#[derive(Debug, thiserror::Error)]
pub enum StartupError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
}

impl Startup {
    /// Reads the user's files (the defaults without a home directory).
    pub fn read() -> Result<Startup, StartupError> {
        let file = match Config::path() {
            Some(path) => ConfigFile::read(&path)?,
            None => ConfigFile::default(),
        };
        let config = file.config()?;
        let keymap = config.keymap().map_err(|e| file.error_at(&["keys"], e.to_string()))?;
        let dir = crate::store::config_dir();
        let existing = |name: &str| dir.as_ref().map(|d| d.join(name)).filter(|p| p.is_file());
        let (aliases, topics) = (existing("aliases.toml"), existing("topics.toml"));
        let lexicons = Lexicons::with_user_files(aliases.as_deref(), topics.as_deref())?;
        let framing = FramingLexicon::read(Framing::user_path().as_deref())?;
        Ok(Startup { config, keymap, lexicons, framing, file })
    }
}
