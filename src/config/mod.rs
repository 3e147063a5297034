//! User configuration: `config.toml` in the XDG config directory, any subset of
//! `assets/config.toml` merged over the defaults. Errors name file, line and column.

mod startup;

pub use startup::{Startup, StartupError};

use crate::app::keymap::{Keymap, KeymapError};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use toml::de::DeTable;

/// The documented default configuration, as `parallax config --default` prints it.
pub const DEFAULT_TOML: &str = include_str!("../../assets/config.toml");

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub theme: String,
    pub mouse: bool,
    pub max_width: u16,
    pub corpus: String,
    pub follow: bool,
    /// Which fields of a JSON Lines record hold what.
    pub jsonl: crate::corpus::JsonlFields,
    /// How a library is read.
    pub library: LibraryConfig,
    /// Subscribed feeds and where `pull` writes their articles.
    pub feeds: FeedsConfig,
    /// Key overrides per screen, checked when applied to the keymap.
    pub keys: toml::Table,
}

/// The `[library]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LibraryConfig {
    /// Above this many articles the topics come from the archive index.
    pub topics_from_archive_above: usize,
}

impl Default for LibraryConfig {
    fn default() -> LibraryConfig {
        LibraryConfig {
            topics_from_archive_above: crate::app::background::TOPICS_FROM_ARCHIVE_ABOVE,
        }
    }
}

/// The `[feeds]` table.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedsConfig {
    /// Feed URLs, besides those of `feeds.opml` and newsboat's `urls`.
    pub urls: Vec<String>,
    /// The archive folder `pull` writes to; "" = `$XDG_DATA_HOME/parallax/archive`.
    pub archive: String,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            theme: "default".into(),
            mouse: false,
            max_width: 0,
            corpus: String::new(),
            follow: false,
            jsonl: crate::corpus::JsonlFields::default(),
            library: LibraryConfig::default(),
            feeds: FeedsConfig::default(),
            keys: toml::Table::new(),
        }
    }
}

/// A configuration problem, located in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}:{column}: {message}")]
pub struct ConfigError {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// A config file's text, kept after parsing so that a check only the binary can make
/// (the theme, resolved with the screen's styles) still points at its line.
#[derive(Debug, Clone, Default)]
pub struct ConfigFile {
    pub path: String,
    src: String,
}

impl ConfigFile {
    /// Reads `path`; a missing file is an empty one, which is the defaults.
    pub fn read(path: &Path) -> Result<ConfigFile, ConfigError> {
        let name = path.display().to_string();
        match std::fs::read_to_string(path) {
            Ok(src) => Ok(ConfigFile { path: name, src }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(ConfigFile { path: name, src: String::new() })
            }
            Err(e) => Err(ConfigError { path: name, line: 1, column: 1, message: e.to_string() }),
        }
    }

    /// The configuration this file gives, key bindings checked.
    pub fn config(&self) -> Result<Config, ConfigError> {
        Config::parse(&self.src, &self.path)
    }

    /// An error about the value at `key` (`["theme"]`, `["keys", "reading"]`), located
    /// at that value; at the file's start when the file does not set it.
    pub fn error_at(&self, key: &[&str], message: impl Into<String>) -> ConfigError {
        let at = value_span(&self.src, key).map_or(0, |s| s.start);
        located(&self.src, &self.path, at, message.into())
    }
}

impl Config {
    /// The user's config file path, if a home or XDG directory is known.
    pub fn path() -> Option<PathBuf> {
        crate::store::config_dir().map(|d| d.join("config.toml"))
    }

    /// Parses a config file's text; `name` is used in error messages. The key overrides
    /// are checked here too, so a bad binding is reported before the screen changes.
    pub fn parse(src: &str, name: &str) -> Result<Config, ConfigError> {
        let config: Config = toml::from_str(src).map_err(|e| {
            let at = e.span().map_or(0, |s| s.start);
            located(src, name, at, e.message().trim().to_owned())
        })?;
        if let Err(e) = config.keymap() {
            let at = keymap_error_at(src, &config.keys).unwrap_or(0);
            return Err(located(src, name, at, e.to_string()));
        }
        Ok(config)
    }

    /// The keymap: defaults with this configuration's overrides.
    pub fn keymap(&self) -> Result<Keymap, KeymapError> {
        Keymap::default_map().with_overrides(&self.keys)
    }

    /// `config --default`: the documented defaults, then the default key bindings for
    /// reference, commented out.
    pub fn default_text() -> String {
        let mut out = String::from(DEFAULT_TOML);
        out.push_str("\n# The default key bindings, for reference:\n#\n");
        for line in crate::app::keymap::DEFAULT_KEYMAP.lines() {
            if let Some(table) = line.strip_prefix('[') {
                out.push_str(&format!("# [keys.{table}\n"));
            } else if line.is_empty() {
                out.push_str("#\n");
            } else {
                out.push_str(&format!("# {line}\n"));
            }
        }
        out
    }
}

fn located(src: &str, path: &str, at: usize, message: String) -> ConfigError {
    let (line, column) = line_col(src, at);
    ConfigError { path: path.into(), line, column, message }
}

/// The span of the value at `key` in a TOML document.
fn value_span(src: &str, key: &[&str]) -> Option<std::ops::Range<usize>> {
    let doc = DeTable::parse(src).ok()?;
    let (last, tables) = key.split_last()?;
    let mut table = doc.get_ref();
    for name in tables {
        table = table.get(*name)?.get_ref().as_table()?;
    }
    table.get(*last).map(|v| v.span())
}

/// Where in `src` the first bad key override is: the screen's name for an unknown
/// screen, the action's name for an unknown action, the value when it is not a list of
/// key names, and the key itself for one that does not parse or is bound twice.
///
/// The keymap reports which screen failed, not where; so the overrides are replayed
/// one entry, then one key, at a time until the first that fails, and that entry's
/// span is looked up in the document.
fn keymap_error_at(src: &str, keys: &toml::Table) -> Option<usize> {
    let doc = DeTable::parse(src).ok()?;
    let spans = doc.get_ref().get("keys")?.get_ref().as_table()?;
    let fails = |done: &toml::Table, screen: &str, bindings: toml::Table| {
        let mut trial = done.clone();
        trial.insert(screen.to_owned(), toml::Value::Table(bindings));
        Keymap::default_map().with_overrides(&trial).is_err()
    };
    let mut done = toml::Table::new();
    for (screen, bindings) in keys {
        let (screen_key, screen_value) = spans.get_key_value(screen.as_str())?;
        let (Some(bindings), Some(binding_spans)) =
            (bindings.as_table(), screen_value.get_ref().as_table())
        else {
            return Some(screen_value.span().start);
        };
        if fails(&done, screen, toml::Table::new()) {
            return Some(screen_key.span().start);
        }
        let mut actions = toml::Table::new();
        for (action, value) in bindings {
            let (action_key, value_span) = binding_spans.get_key_value(action.as_str())?;
            let Some(list) = value_span.get_ref().as_array() else {
                return Some(value_span.span().start);
            };
            if let Some(not_a_name) = list.iter().find(|k| k.get_ref().as_str().is_none()) {
                return Some(not_a_name.span().start);
            }
            let with = |keys: &[toml::Value]| {
                let mut trial = actions.clone();
                trial.insert(action.clone(), toml::Value::Array(keys.to_vec()));
                trial
            };
            if fails(&done, screen, with(&[])) {
                return Some(action_key.span().start);
            }
            let given = value.as_array()?;
            for (i, key) in list.iter().enumerate() {
                if fails(&done, screen, with(given.get(..=i)?)) {
                    return Some(key.span().start);
                }
            }
            actions.insert(action.clone(), value.clone());
        }
        done.insert(screen.clone(), toml::Value::Table(actions));
    }
    None
}

/// 1-based line and column (in chars) of byte offset `at`.
pub fn line_col(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_default_is_the_default() {
        assert_eq!(Config::parse(DEFAULT_TOML, "default").unwrap(), Config::default());
    }

    #[test]
    fn the_printed_default_parses_too() {
        assert_eq!(Config::parse(&Config::default_text(), "printed").unwrap(), Config::default());
    }

    #[test]
    fn a_subset_merges_over_the_defaults() {
        let c = Config::parse("mouse = true\n", "c").unwrap();
        assert!(c.mouse);
        assert_eq!(c.theme, "default");
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = Config::parse("mouse = true\nmax_width = \"wide\"\n", "cfg.toml").unwrap_err();
        assert_eq!((e.path.as_str(), e.line, e.column), ("cfg.toml", 2, 13), "{e}");
        let e = Config::parse("\n\ncolour = 3\n", "cfg.toml").unwrap_err();
        assert_eq!(e.line, 3, "{e}");
        assert!(e.message.contains("colour"), "{e}");
    }

    #[test]
    fn a_bad_key_override_is_located_at_itself_not_its_table() {
        let at = |src: &str| {
            let e = Config::parse(src, "cfg.toml").unwrap_err();
            ((e.line, e.column), e.message)
        };
        // An unknown action: its own name, on its own line.
        let (pos, message) = at("[keys.reading]\nfly = [\"j\"]\n");
        assert_eq!(pos, (2, 1), "{message}");
        assert!(message.contains("fly") && message.contains("reading"), "{message}");
        // A key name that does not parse: that value, not the action.
        let (pos, message) = at("mouse = true\n[keys.reading]\ndown = [\"j\", \"ctrl-\"]\n");
        assert_eq!(pos, (3, 14), "{message}");
        assert!(message.contains("ctrl-"), "{message}");
        // A key given twice: its second use.
        let (pos, message) = at("[keys.reading]\ndown = [\"j\", \"x\", \"x\"]\n");
        assert_eq!(pos, (2, 19), "{message}");
        assert!(message.contains("bound to both"), "{message}");
        // Not a list of names: the value.
        let (pos, _) = at("[keys.library]\nup = \"k\"\n");
        assert_eq!(pos, (2, 6));
        // An unknown screen: its name in the header; later entries are not blamed.
        let (pos, message) = at("[keys.reading]\ndown = [\"j\"]\n[keys.nowhere]\ndown = [\"j\"]\n");
        assert_eq!(pos, (3, 7), "{message}");
        // Inline tables are located the same way.
        let (pos, _) = at("keys = { reading = { down = [\"j\"], fly = [\"f\"] } }\n");
        assert_eq!(pos, (1, 36));
    }

    #[test]
    fn a_later_check_points_at_the_value_it_checked() {
        let file =
            ConfigFile { path: "cfg.toml".into(), src: "mouse = true\ntheme = \"nope\"\n".into() };
        let e = file.error_at(&["theme"], "theme \"nope\": not shipped");
        assert_eq!(e.to_string(), "cfg.toml:2:9: theme \"nope\": not shipped");
        let unset = ConfigFile { path: "cfg.toml".into(), src: String::new() };
        assert_eq!(
            (unset.error_at(&["theme"], "x").line, unset.config()),
            (1, Ok(Config::default()))
        );
    }

    proptest::proptest! {
        #[test]
        fn config_survives_a_round_trip(
            theme in "[a-z0-9/._-]{0,20}",
            mouse in proptest::bool::ANY,
            max_width in proptest::num::u16::ANY,
            corpus in "\\PC{0,30}",
            follow in proptest::bool::ANY,
            title_field in "[a-z_]{1,12}",
            down in proptest::sample::select(vec!["j", "ctrl-n", "down", "J"]),
        ) {
            let mut keys = toml::Table::new();
            let mut reading = toml::Table::new();
            reading.insert("down".into(), toml::Value::Array(vec![toml::Value::String(down.into())]));
            keys.insert("reading".into(), toml::Value::Table(reading));
            let url = format!("https://{title_field}.example/rss");
            let jsonl =
                crate::corpus::JsonlFields { title: vec![title_field], ..Default::default() };
            let feeds = FeedsConfig { urls: vec![url], archive: corpus.clone() };
            let library = LibraryConfig::default();
            let c = Config { theme, mouse, max_width, corpus, follow, jsonl, library, feeds, keys };
            let text = toml::to_string(&c).unwrap();
            proptest::prop_assert_eq!(Config::parse(&text, "rt").unwrap(), c);
        }
    }

    #[test]
    fn jsonl_fields_are_configurable_and_typos_are_errors() {
        let c = Config::parse("[jsonl]\ntext = [\"article_body\"]\n", "c").unwrap();
        assert_eq!(c.jsonl.text, ["article_body"]);
        assert_eq!(c.jsonl.title, crate::corpus::JsonlFields::default().title, "others kept");
        let e = Config::parse("\n[jsonl]\ntitel = [\"h\"]\n", "c").unwrap_err();
        assert_eq!((e.line, e.message.contains("titel")), (3, true), "{e}");
    }

    #[test]
    fn key_overrides_take_keys_from_other_actions() {
        let c = Config::parse("[keys.reading]\nnext_passage = [\"j\"]\n", "c").unwrap();
        let km = c.keymap().unwrap();
        use crate::app::{Action, Context, Key};
        assert_eq!(km.lookup(Context::Reading, Key::char('j')), Some(Action::NextPassage));
        assert_eq!(km.lookup(Context::Reading, Key::char('}')), None, "only the keys given");
        assert_eq!(km.lookup(Context::Reading, Key::char('k')), Some(Action::Up));
    }
}
