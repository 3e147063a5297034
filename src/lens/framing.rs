//! The loaded-terms lexicon (`assets/framing.toml`): framing-laden expressions, each in
//! a category, and the matcher that finds them in a passage.
//!
//! A term is a sequence of words compared folded (case, width, possessive, hyphen or
//! space between the parts of a compound do not matter). Its last word also matches a
//! plural in `s`/`es`; a word ending in `*` matches any word that begins with it.
//! Matches are leftmost-longest and never overlap; an `ignore` phrase that wins a
//! position ("sanctions regime") hides the shorter loaded term inside it.

use super::scan::{Scan, is_space};
use crate::text::lexicon::syntax;
use crate::text::{LexiconError, fold_into};
use serde::Deserialize;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

const FRAMING: &str = include_str!("../../assets/framing.toml");

/// A category of loaded terms.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub name: String,
    /// What the category gathers, for the reader.
    #[serde(default)]
    pub about: String,
    pub terms: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    category: Vec<Category>,
    #[serde(default)]
    ignore: Vec<String>,
}

/// One word of a compiled term.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Pattern {
    word: String,
    prefix: bool,
}

/// A compiled term: its words, and which category it is in (`None` for ignored phrases).
#[derive(Debug, Clone)]
struct Compiled {
    words: Vec<Pattern>,
    category: Option<usize>,
    /// Index into [`Framing::terms`] (for loaded terms).
    term: usize,
}

/// The framing lexicon, compiled for matching.
#[derive(Debug, Clone, Default)]
pub struct Framing {
    pub categories: Vec<Category>,
    pub ignore: Vec<String>,
    /// Every loaded term as written in the lexicon, with its category index.
    pub terms: Vec<(String, usize)>,
    compiled: Vec<Compiled>,
    /// Compiled terms by their first word; terms starting with a prefix pattern apart.
    by_first: HashMap<String, Vec<usize>>,
    prefixed: Vec<usize>,
}

/// A loaded term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Index into [`Framing::terms`].
    pub term: usize,
    pub span: Range<usize>,
}

impl Framing {
    /// The lexicon shipped in `assets/framing.toml`.
    pub fn embedded() -> Framing {
        // Fixed at build time; a unit test parses it.
        Framing::parse("assets/framing.toml", FRAMING).unwrap_or_default()
    }

    /// A user's framing file, parsed and checked.
    pub(super) fn read_user_file(path: &Path) -> Result<Framing, LexiconError> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|source| LexiconError::Io { file: file.clone(), source })?;
        Framing::parse(&file, &text)
    }

    /// `$XDG_CONFIG_HOME/parallax/framing.toml`, if it exists.
    pub fn user_path() -> Option<std::path::PathBuf> {
        crate::store::config_dir().map(|d| d.join("framing.toml")).filter(|p| p.is_file())
    }

    /// Parses a framing file: `[[category]]` tables with `name`, `about` and `terms`,
    /// and an optional top-level `ignore` list.
    pub fn parse(file: &str, text: &str) -> Result<Framing, LexiconError> {
        let parsed: File = toml::from_str(text).map_err(|e| syntax(file, text, &e))?;
        let invalid = |message: String| LexiconError::Invalid { file: file.to_string(), message };
        for c in &parsed.category {
            if c.name.trim().is_empty() {
                return Err(invalid("a category needs a name".into()));
            }
            if let Some(t) = c.terms.iter().find(|t| compile(t).is_empty()) {
                return Err(invalid(format!("category \"{}\": term \"{t}\" has no words", c.name)));
            }
        }
        let mut framing =
            Framing { categories: parsed.category, ignore: parsed.ignore, ..Framing::default() };
        framing.prepare();
        Ok(framing)
    }

    /// Merges a user's lexicon on top: a category of the same name gains the user's
    /// terms, a new one is appended, `ignore` phrases are added.
    pub(super) fn merge(&mut self, other: Framing) {
        for c in other.categories {
            match self.categories.iter_mut().find(|old| old.name == c.name) {
                Some(old) => {
                    for t in c.terms {
                        if !old.terms.contains(&t) {
                            old.terms.push(t);
                        }
                    }
                    if !c.about.is_empty() {
                        old.about = c.about;
                    }
                }
                None => self.categories.push(c),
            }
        }
        self.ignore.extend(other.ignore);
        self.prepare();
    }

    fn prepare(&mut self) {
        self.terms.clear();
        self.compiled.clear();
        self.by_first.clear();
        self.prefixed.clear();
        let mut seen: HashMap<Vec<Pattern>, usize> = HashMap::new();
        for (ci, c) in self.categories.iter().enumerate() {
            for t in &c.terms {
                let words = compile(t);
                if words.is_empty() || seen.contains_key(&words) {
                    continue; // the first category that lists a term keeps it
                }
                seen.insert(words.clone(), ci);
                self.terms.push((t.clone(), ci));
                self.compiled.push(Compiled {
                    words,
                    category: Some(ci),
                    term: self.terms.len() - 1,
                });
            }
        }
        for t in &self.ignore {
            let words = compile(t);
            if !words.is_empty() {
                self.compiled.push(Compiled { words, category: None, term: usize::MAX });
            }
        }
        for (i, c) in self.compiled.iter().enumerate() {
            if c.words[0].prefix {
                self.prefixed.push(i);
            } else {
                self.by_first.entry(c.words[0].word.clone()).or_default().push(i);
            }
        }
    }

    /// The category of a term (index into [`Framing::terms`]).
    pub fn category_of(&self, term: usize) -> &str {
        self.terms
            .get(term)
            .and_then(|&(_, c)| self.categories.get(c))
            .map_or("", |c| c.name.as_str())
    }

    /// Loaded terms in a scanned passage, leftmost-longest, not overlapping.
    pub(crate) fn find(&self, text: &str, scan: &Scan, out: &mut Vec<Hit>) {
        let toks = &scan.toks;
        let mut i = 0;
        while i < toks.len() {
            let mut best: Option<(usize, usize)> = None; // (words matched, compiled index)
            let candidates =
                self.by_first.get(&toks[i].folded).into_iter().flatten().chain(&self.prefixed);
            for &ci in candidates {
                let c = &self.compiled[ci];
                let n = c.words.len();
                if i + n > toks.len() || best.is_some_and(|(m, _)| m >= n) {
                    continue;
                }
                let fits = c.words.iter().enumerate().all(|(k, p)| {
                    let joined = k == 0 || joins(scan.gap_before(text, i + k));
                    joined && word_matches(p, &toks[i + k].folded, k + 1 == n)
                });
                if fits {
                    best = Some((n, ci));
                }
            }
            match best {
                Some((n, ci)) => {
                    let c = &self.compiled[ci];
                    if c.category.is_some() {
                        out.push(Hit {
                            term: c.term,
                            span: toks[i].span.start..toks[i + n - 1].span.end,
                        });
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }
}

/// Words of a term join across spaces, hyphens and a line break, never across punctuation.
fn joins(gap: &str) -> bool {
    is_space(gap) || gap.chars().all(|c| c.is_whitespace() || crate::text::is_hyphen(c))
}

fn word_matches(p: &Pattern, word: &str, last: bool) -> bool {
    if p.prefix {
        return word.starts_with(&p.word);
    }
    word == p.word
        || (last
            && word.len() > p.word.len()
            && word.starts_with(&p.word)
            && matches!(&word[p.word.len()..], "s" | "es"))
}

fn compile(term: &str) -> Vec<Pattern> {
    let mut folded = String::new();
    term.split(|c: char| c.is_whitespace() || crate::text::is_hyphen(c))
        .filter_map(|w| {
            let (w, prefix) = match w.strip_suffix('*') {
                Some(w) => (w, true),
                None => (w, false),
            };
            fold_into(w, &mut folded);
            folded.retain(|c| c.is_alphanumeric() || c == '.');
            (!folded.is_empty()).then(|| Pattern { word: folded.clone(), prefix })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(f: &Framing, text: &str) -> Vec<String> {
        let scan = Scan::new(text, 0..text.len());
        let mut hits = Vec::new();
        f.find(text, &scan, &mut hits);
        hits.iter().map(|h| text[h.span.clone()].to_string()).collect()
    }

    const SMALL: &str = "ignore = [\"sanctions regime\"]\n[[category]]\nname = \"a\"\nterms = [\"regime\", \"Kiev regime\", \"full-scale invasion\", \"terror*\"]\n";

    #[test]
    fn embedded_lexicon_parses() {
        let f = Framing::embedded();
        assert!(f.categories.len() >= 6, "{:?}", f.categories.len());
        assert!(f.terms.len() > 60);
    }

    #[test]
    fn leftmost_longest_with_plurals_possessives_and_prefixes() {
        let f = Framing::parse("t", SMALL).unwrap();
        assert_eq!(
            found(&f, "The Kiev regime’s full scale invasions."),
            ["Kiev regime’s", "full scale invasions"]
        );
        assert_eq!(
            found(&f, "a sanctions regime; terrorists and terrorism"),
            ["terrorists", "terrorism"]
        );
        assert!(found(&f, "Kiev. Regime").contains(&"Regime".to_string()));
        assert_eq!(found(&f, "Kiev. Regime").len(), 1);
        assert!(found(&f, "regimen").is_empty());
    }

    #[test]
    fn syntax_errors_name_file_line_and_column() {
        let err = Framing::parse("mine.toml", "[[category]]\nname = \"x\"\nterms = [\"a\"\n")
            .unwrap_err();
        assert!(err.to_string().starts_with("mine.toml:3:"), "{err}");
        assert!(Framing::parse("m", "[[category]]\nname = \"x\"\nterms = [\"--\"]\n").is_err());
    }
}
