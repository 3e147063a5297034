//! Spelling as framing: which form of each variant group of the alias table an article
//! writes ("Kiev" or "Kyiv", "Zaporozhye" or "Zaporizhzhia", "defence" or "defense").
//!
//! Forms are matched as whole words, folded (case and possessive do not matter), with
//! the regular inflections of the form (`-s`, `-es`, `-d`, `-ed`, `-ing`). A form that is
//! also a common word ("us" for the United States) only counts written in capitals.

use super::scan::Scan;
use crate::text::{Aliases, fold_into, is_stop};
use std::collections::HashMap;
use std::ops::Range;

/// The variant groups of an alias table: canonical form first, then the variants.
#[derive(Debug, Clone, Default)]
pub(crate) struct Groups {
    /// Per group, its forms folded; `forms[g][0]` is the canonical form.
    pub forms: Vec<Vec<String>>,
    index: HashMap<String, (u32, u32)>,
}

/// One occurrence of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Use {
    pub group: u32,
    pub form: u32,
    pub span: Range<usize>,
}

const INFLECTIONS: &[&str] = &["s", "es", "d", "ed", "ing", "ings"];

impl Groups {
    pub fn new(aliases: &Aliases) -> Groups {
        let mut groups = Groups::default();
        let mut by_canonical: HashMap<String, u32> = HashMap::new();
        let (mut v, mut c) = (String::new(), String::new());
        for (variant, canonical) in &aliases.pairs {
            fold_into(variant, &mut v);
            fold_into(canonical, &mut c);
            if v.is_empty() || c.is_empty() || v == c {
                continue;
            }
            let g = *by_canonical.entry(c.clone()).or_insert_with(|| {
                groups.forms.push(vec![c.clone()]);
                (groups.forms.len() - 1) as u32
            });
            let forms = &mut groups.forms[g as usize];
            if !forms.contains(&v) {
                forms.push(v.clone());
            }
        }
        for (g, forms) in groups.forms.iter().enumerate() {
            for (f, form) in forms.iter().enumerate() {
                // A form listed in two groups stays with the first.
                groups.index.entry(form.clone()).or_insert((g as u32, f as u32));
            }
        }
        groups
    }

    fn lookup(&self, folded: &str) -> Option<(u32, u32)> {
        if let Some(&hit) = self.index.get(folded) {
            return Some(hit);
        }
        INFLECTIONS.iter().find_map(|end| {
            let base = folded.strip_suffix(end)?;
            let exact = self.index.get(base);
            // "mobilising" → "mobilise", "defences" handled above by "s".
            let with_e = || {
                let hit = self.index.get(&format!("{base}e"))?;
                matches!(*end, "ing" | "ed" | "ings").then_some(hit)
            };
            exact.or_else(with_e).copied()
        })
    }

    /// The forms used in a scanned passage.
    pub fn find(&self, scan: &Scan, out: &mut Vec<Use>) {
        if self.index.is_empty() {
            return;
        }
        for t in &scan.toks {
            let Some((group, form)) = self.lookup(&t.folded) else {
                continue;
            };
            let written = &self.forms[group as usize][form as usize];
            if is_stop(written) && !t.upper {
                continue;
            }
            out.push(Use { group, form, span: t.span.clone() });
        }
    }
}

/// A form as shown: the word as written, possessive dropped.
pub(crate) fn shown(word: &str) -> &str {
    crate::text::without_possessive(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uses(text: &str) -> Vec<(String, String)> {
        let aliases = Aliases {
            pairs: vec![
                ("kiev".into(), "kyiv".into()),
                ("usa".into(), "us".into()),
                ("mobilize".into(), "mobilise".into()),
            ],
        };
        let g = Groups::new(&aliases);
        let scan = Scan::new(text, 0..text.len());
        let mut out = Vec::new();
        g.find(&scan, &mut out);
        out.iter()
            .map(|u| {
                (
                    g.forms[u.group as usize][u.form as usize].clone(),
                    text[u.span.clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn whole_words_case_possessives_inflections() {
        let got = uses("Kiev’s forces left KYIV; Kievan Rus. They mobilized, mobilising.");
        let got: Vec<_> = got.iter().map(|(f, w)| (f.as_str(), w.as_str())).collect();
        assert_eq!(
            got,
            [
                ("kiev", "Kiev’s"),
                ("kyiv", "KYIV"),
                ("mobilize", "mobilized"),
                ("mobilise", "mobilising")
            ]
        );
    }

    #[test]
    fn common_word_forms_need_capitals() {
        let got = uses("Tell us about the US and the U.S. and the USA.");
        let words: Vec<_> = got.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(words, ["US", "U.S", "USA"]);
    }
}
