//! The editable word lists: spelling variants (`assets/aliases.toml`) and concept
//! groups (`assets/topics.toml`). Both are embedded; a user file adds to them.

use super::{Analyzer, Concepts};
use serde::Deserialize;
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

const ALIASES: &str = include_str!("../../assets/aliases.toml");
const TOPICS: &str = include_str!("../../assets/topics.toml");

/// Why an alias or topic file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// Not valid TOML, or not the expected shape; `line` and `column` count from 1.
    #[error("{file}:{line}:{column}: {message}")]
    Syntax { file: String, line: usize, column: usize, message: String },
    /// Valid TOML whose content cannot be used.
    #[error("{file}: {message}")]
    Invalid { file: String, message: String },
    #[error("{file}: {source}")]
    Io {
        file: String,
        #[source]
        source: std::io::Error,
    },
}

/// Spelling variants, each mapped to its canonical form: `(variant, canonical)`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    pub pairs: Vec<(String, String)>,
}

/// One curated concept group: a label and the words or phrases that evoke it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopicDef {
    pub label: String,
    pub terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    #[serde(default)]
    topic: Vec<TopicDef>,
}

/// Aliases and concept groups together: what the topic engine reads besides articles.
#[derive(Default)]
pub struct Lexicons {
    pub aliases: Aliases,
    pub topics: Vec<TopicDef>,
    /// The analyzer and concept phrases compiled from the lists, made on first use and
    /// remade if the lists change; with the fingerprint of the lists they came from.
    prepared: Mutex<Option<(u64, Arc<Prepared>)>>,
}

/// What every index built from the same lists shares: one analyzer (its vocabulary and
/// memo of folded words and stems grow as articles are read, so a word is stemmed once
/// per process) and the concept phrases as term sequences.
pub(crate) struct Prepared {
    pub analyzer: Mutex<Analyzer>,
    pub concepts: Concepts,
}

impl Clone for Lexicons {
    fn clone(&self) -> Lexicons {
        Lexicons::new(self.aliases.clone(), self.topics.clone())
    }
}

impl PartialEq for Lexicons {
    fn eq(&self, other: &Lexicons) -> bool {
        self.aliases == other.aliases && self.topics == other.topics
    }
}

impl Eq for Lexicons {}

impl std::fmt::Debug for Lexicons {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicons")
            .field("aliases", &self.aliases.pairs.len())
            .field("topics", &self.topics.len())
            .finish()
    }
}

impl Lexicons {
    pub fn new(aliases: Aliases, topics: Vec<TopicDef>) -> Lexicons {
        Lexicons { aliases, topics, prepared: Mutex::default() }
    }

    /// A hash of the lists: what tells whether something made from them is stale.
    pub fn fingerprint(&self) -> u64 {
        let mut hasher = std::hash::DefaultHasher::new();
        (&self.aliases.pairs, &self.topics).hash(&mut hasher);
        hasher.finish()
    }

    /// The compiled lists, shared by every index built from them.
    pub(crate) fn prepared(&self) -> Arc<Prepared> {
        let fingerprint = self.fingerprint();
        let mut slot = self.prepared.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((f, p)) = slot.as_ref()
            && *f == fingerprint
        {
            return Arc::clone(p);
        }
        let mut analyzer = Analyzer::new(&self.aliases);
        let concepts = Concepts::compile(&self.topics, &mut analyzer);
        let p = Arc::new(Prepared { analyzer: Mutex::new(analyzer), concepts });
        *slot = Some((fingerprint, Arc::clone(&p)));
        p
    }

    /// The lists shipped in `assets/`.
    pub fn embedded() -> Lexicons {
        // The embedded files are fixed at build time and a unit test parses them.
        Lexicons::new(
            parse_aliases("assets/aliases.toml", ALIASES).unwrap_or_default(),
            parse_topics("assets/topics.toml", TOPICS).unwrap_or_default(),
        )
    }

    /// The embedded lists with the user's files added on top: user aliases are added,
    /// a user topic replaces the embedded one of the same label, others are appended.
    pub fn with_user_files(
        aliases: Option<&Path>,
        topics: Option<&Path>,
    ) -> Result<Lexicons, LexiconError> {
        let mut lex = Lexicons::embedded();
        if let Some(path) = aliases {
            let extra = parse_aliases(&path.display().to_string(), &read(path)?)?;
            lex.aliases.pairs.extend(extra.pairs);
        }
        if let Some(path) = topics {
            for def in parse_topics(&path.display().to_string(), &read(path)?)? {
                match lex.topics.iter_mut().find(|t| t.label == def.label) {
                    Some(old) => *old = def,
                    None => lex.topics.push(def),
                }
            }
        }
        Ok(lex)
    }
}

fn read(path: &Path) -> Result<String, LexiconError> {
    std::fs::read_to_string(path)
        .map_err(|source| LexiconError::Io { file: path.display().to_string(), source })
}

/// Parses an alias file: tables of `canonical = ["variant", ...]`, one table per kind
/// (`[places]`, `[spelling]`, …). A multi-word variant maps word by word, so it must
/// have as many words as its canonical form.
pub fn parse_aliases(file: &str, text: &str) -> Result<Aliases, LexiconError> {
    type File = toml::Table;
    let table: File = toml::from_str(text).map_err(|e| syntax(file, text, &e))?;
    let invalid = |message: String| LexiconError::Invalid { file: file.to_string(), message };
    let mut pairs = Vec::new();
    for (group, entries) in &table {
        let toml::Value::Table(entries) = entries else {
            return Err(invalid(format!("[{group}] must be a table of canonical = [variants]")));
        };
        for (canonical, variants) in entries {
            let list = variants.as_array().map(|a| a.iter().map(toml::Value::as_str).collect());
            let Some(Some(list)) = list.map(|v: Vec<_>| v.into_iter().collect::<Option<Vec<_>>>())
            else {
                return Err(invalid(format!("{group}.{canonical} must be a list of strings")));
            };
            for variant in list {
                let (cw, vw) = (canonical.split_whitespace(), variant.split_whitespace());
                if cw.clone().count() != vw.clone().count() {
                    return Err(invalid(format!(
                        "{group}.{canonical}: variant \"{variant}\" has a different number of words"
                    )));
                }
                pairs.extend(
                    vw.zip(cw).filter(|(v, c)| v != c).map(|(v, c)| (v.to_string(), c.to_string())),
                );
            }
        }
    }
    Ok(Aliases { pairs })
}

/// Parses a topic file: `[[topic]]` entries with a `label` and `terms`.
pub fn parse_topics(file: &str, text: &str) -> Result<Vec<TopicDef>, LexiconError> {
    let parsed: TopicsFile = toml::from_str(text).map_err(|e| syntax(file, text, &e))?;
    if let Some(t) = parsed.topic.iter().find(|t| t.label.trim().is_empty() || t.terms.is_empty()) {
        return Err(LexiconError::Invalid {
            file: file.to_string(),
            message: format!("topic \"{}\" needs a label and at least one term", t.label),
        });
    }
    Ok(parsed.topic)
}

/// A toml syntax error as file, line and column; shared by every lexicon file.
pub(crate) fn syntax(file: &str, text: &str, e: &toml::de::Error) -> LexiconError {
    let at = e.span().map_or(0, |s| s.start.min(text.len()));
    let before = text.get(..at).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    LexiconError::Syntax {
        file: file.to_string(),
        line,
        column,
        message: e.message().trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lists_parse() {
        assert!(parse_aliases("aliases", ALIASES).is_ok_and(|a| a.pairs.len() > 20));
        assert!(parse_topics("topics", TOPICS).is_ok_and(|t| t.len() >= 8));
    }

    #[test]
    fn syntax_error_names_file_line_and_column() {
        let err = parse_aliases("mine.toml", "[places]\nkyiv = [\"kiev\"\n").unwrap_err();
        let LexiconError::Syntax { file, line, column, .. } = &err else {
            panic!("expected a syntax error, got {err:?}");
        };
        // The unclosed array is reported where line 2 ends.
        assert_eq!((file.as_str(), *line, *column), ("mine.toml", 2, 15));
        assert!(err.to_string().starts_with("mine.toml:2:15:"), "{err}");
    }

    #[test]
    fn topic_shape_errors_have_positions() {
        let err = parse_topics("t.toml", "[[topic]]\nlabel = \"x\"\nterms = 3\n").unwrap_err();
        assert!(matches!(err, LexiconError::Syntax { line: 3, .. }), "{err:?}");
    }

    #[test]
    fn multiword_aliases_map_word_by_word() {
        let a = parse_aliases("a", "[places]\n\"chasiv yar\" = [\"chasovy yar\"]\n").unwrap();
        assert_eq!(a.pairs, [("chasovy".to_string(), "chasiv".to_string())]);
        assert!(parse_aliases("a", "[p]\n\"a b\" = [\"c\"]\n").is_err());
    }

    #[test]
    fn user_file_errors_name_the_file() {
        let dir = std::env::temp_dir().join(format!("parallax-lex-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("topics.toml");
        std::fs::write(&bad, "[[topic]\nlabel = 1").unwrap();
        let err = Lexicons::with_user_files(None, Some(&bad)).unwrap_err();
        assert!(err.to_string().contains("topics.toml:1:"), "{err}");
        let good = dir.join("more.toml");
        std::fs::write(&good, "[[topic]]\nlabel = \"drones\"\nterms = [\"drone\"]\n").unwrap();
        let lex = Lexicons::with_user_files(None, Some(&good)).unwrap();
        assert!(lex.topics.iter().any(|t| t.label == "drones"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
