//! The boilerplate lexicon: page furniture phrases, loaded from `assets/boilerplate.toml`.

use serde::Deserialize;
use std::sync::OnceLock;

/// Phrase lists that tell page furniture from content; see the asset file for intent.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Furniture {
    pub max_words: usize,
    pub promo: Vec<String>,
    pub credit: Vec<String>,
    pub label_prefix: Vec<String>,
    pub byline_prefix: Vec<String>,
    /// Parts of `class`/`id` names of page containers that hold furniture.
    pub container_furniture: Vec<String>,
    /// Parts of `class`/`id` names of page containers that hold content.
    pub container_content: Vec<String>,
}

/// Characters of a line looked at for a byline prefix; every prefix is shorter.
const BYLINE_HEAD: usize = 32;

const EMBEDDED: &str = include_str!("../../assets/boilerplate.toml");

impl Furniture {
    /// The lexicon shipped in the binary; parsed once.
    pub fn shipped() -> &'static Furniture {
        static CELL: OnceLock<Furniture> = OnceLock::new();
        CELL.get_or_init(|| {
            // The embedded asset is checked by a unit test, so this cannot fail at run time.
            toml::from_str(EMBEDDED).unwrap_or_else(|e| panic!("assets/boilerplate.toml: {e}"))
        })
    }

    pub fn is_promo(&self, lower: &str) -> bool {
        self.promo.iter().any(|p| lower.contains(p.as_str()))
    }

    pub fn is_credit(&self, lower: &str) -> bool {
        self.credit.iter().any(|p| lower.contains(p.as_str()))
    }

    pub fn is_label(&self, lower: &str) -> bool {
        self.label_prefix.iter().any(|p| lower.starts_with(p.as_str()))
    }

    /// Whether a container named `names` (its class and id, lower-cased) is furniture:
    /// named like furniture and not also like content.
    pub fn is_furniture_container(&self, names: &str) -> bool {
        self.names_furniture(names) && !self.names_content(names)
    }

    pub fn names_furniture(&self, names: &str) -> bool {
        self.container_furniture.iter().any(|p| names.contains(p.as_str()))
    }

    pub fn names_content(&self, names: &str) -> bool {
        self.container_content.iter().any(|p| names.contains(p.as_str()))
    }

    /// The author part of a byline line ("Feature by Milan Rai" → "Milan Rai").
    pub fn byline_name<'a>(&self, line: &'a str) -> Option<&'a str> {
        // Only the head can hold a prefix: lower-case that, not a whole (maybe huge) line.
        let lower = line.chars().take(BYLINE_HEAD).collect::<String>().to_lowercase();
        // Lower-casing can change byte lengths outside ASCII; only trust ASCII prefixes.
        self.byline_prefix.iter().find_map(|p| {
            let rest = lower.strip_prefix(p.as_str())?;
            let boundary = p.ends_with(':') || rest.starts_with([' ', ':']);
            let name = line.get(p.len()..)?.trim_start_matches([' ', ':']).trim();
            (boundary && !name.is_empty() && line.is_char_boundary(p.len())).then_some(name)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_parses_and_is_lower_case() {
        let f = Furniture::shipped();
        let lists = [&f.promo, &f.credit, &f.label_prefix, &f.byline_prefix];
        let containers = [&f.container_furniture, &f.container_content];
        for p in lists.into_iter().chain(containers).flatten() {
            assert_eq!(p, &p.to_lowercase(), "entries are matched against lower-cased text");
            assert!(!p.trim().is_empty());
        }
        assert!(f.byline_prefix.iter().all(|p| p.chars().count() < BYLINE_HEAD));
    }

    #[test]
    fn byline_prefixes() {
        let f = Furniture::shipped();
        assert_eq!(f.byline_name("An article by: Gianandrea Gaiani"), Some("Gianandrea Gaiani"));
        assert_eq!(f.byline_name("Feature by Milan Rai"), Some("Milan Rai"));
        assert_eq!(f.byline_name("BY JANE DOE"), Some("JANE DOE"));
        assert_eq!(f.byline_name("Byzantine politics"), None);
        assert_eq!(f.byline_name("By"), None);
    }
}
