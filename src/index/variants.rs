//! Proposing spelling variants the alias table does not know: capitalised names, in
//! different articles or the same one, that are close once transliteration habits are
//! set aside ("Chasovy"/"Chasiv", "Zelenskiy"/"Zelenskyy").

use super::Index;
use crate::text::{Occ, TermId, fold_into};
use std::collections::HashMap;

/// Below this similarity (1 − edit distance / length) two names are different names.
const MIN_SIMILARITY: f32 = 0.75;
/// Shorter names are too easily close by accident.
const MIN_LEN: usize = 4;
/// Endings that make a related word rather than a variant ("Russia"/"Russian").
const DERIVED: &[&str] =
    &["n", "an", "ian", "ean", "ns", "ans", "ians", "s", "es", "ese", "i", "is", "ish"];

/// One spelling of a name.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantForm {
    pub text: String,
    pub count: u32,
    /// Article numbers in the index.
    pub articles: Vec<usize>,
}

/// Two spellings that are probably the same name.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub forms: [VariantForm; 2],
    pub similarity: f32,
}

struct Form {
    term: TermId,
    shown: String,
    count: u32,
    articles: Vec<usize>,
}

impl Index<'_> {
    /// Pairs of name spellings not already joined by the alias table, most alike first.
    pub fn variants(&self) -> Vec<Variant> {
        let mut forms: HashMap<String, Form> = HashMap::new();
        let mut folded = String::new();
        for (a, doc) in self.docs.iter().enumerate() {
            let text = &self.articles[a].text;
            for o in doc.iter().flat_map(|p| &p.occs) {
                let whole = !o.is(Occ::PIECE) && !o.is(Occ::COMPOUND);
                if !whole || !o.is(Occ::CAPITAL) || o.is(Occ::NUMBER) || o.is(Occ::STOP) {
                    continue;
                }
                if !self.stat(o.term).is_name() {
                    continue;
                }
                let surface = text.get(o.span()).unwrap_or("");
                fold_into(surface, &mut folded);
                if folded.chars().count() < MIN_LEN || o.is(Occ::TITLE) {
                    continue;
                }
                let f = forms.entry(folded.clone()).or_insert_with(|| Form {
                    term: o.term,
                    shown: surface.trim_end_matches("'s").trim_end_matches("’s").to_string(),
                    count: 0,
                    articles: Vec::new(),
                });
                f.count += 1;
                if f.articles.last() != Some(&a) {
                    f.articles.push(a);
                }
            }
        }
        let mut keys: Vec<&String> = forms.keys().collect();
        keys.sort();
        let translit: Vec<Vec<char>> = keys.iter().map(|k| transliteration_key(k)).collect();
        let mut out = Vec::new();
        for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                let (x, y) = (&forms[keys[i]], &forms[keys[j]]);
                if x.term == y.term
                    || translit[i].first() != translit[j].first()
                    || derived(keys[i], keys[j])
                {
                    continue;
                }
                let (cx, cy): (Vec<char>, Vec<char>) =
                    (keys[i].chars().collect(), keys[j].chars().collect());
                if cx.len().abs_diff(cy.len()) * 4 > cx.len().max(cy.len()) {
                    continue;
                }
                let similarity = ratio(&cx, &cy).max(ratio(&translit[i], &translit[j]));
                if similarity >= MIN_SIMILARITY {
                    out.push(Variant { forms: [form(x), form(y)], similarity });
                }
            }
        }
        out.sort_by(|a, b| {
            b.similarity.total_cmp(&a.similarity).then(a.forms[0].text.cmp(&b.forms[0].text))
        });
        out
    }
}

fn form(f: &Form) -> VariantForm {
    VariantForm { text: f.shown.clone(), count: f.count, articles: f.articles.clone() }
}

fn derived(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let trimmed = short.char_indices().last().map_or(short, |(i, _)| &short[..i]);
    [short, trimmed]
        .iter()
        .any(|base| long.strip_prefix(base).is_some_and(|rest| DERIVED.contains(&rest)))
}

/// Folds habits of transliteration: y/i, g/h, kh/h, zh/z, doubled letters.
fn transliteration_key(s: &str) -> Vec<char> {
    let s = s.replace("kh", "h").replace("zh", "z").replace("ts", "c");
    let mut out: Vec<char> = Vec::new();
    for c in s.chars() {
        let c = match c {
            'y' | 'j' => 'i',
            'g' => 'h',
            c => c,
        };
        if out.last() != Some(&c) {
            out.push(c);
        }
    }
    out
}

/// 1 − Levenshtein distance / longer length.
fn ratio(a: &[char], b: &[char]) -> f32 {
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1).min(row[j] + 1).min(diagonal + usize::from(ca != cb));
            diagonal = above;
        }
    }
    1.0 - row[b.len()] as f32 / longest as f32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(a: &str, b: &str) -> f32 {
        let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
        ratio(&a, &b)
    }

    #[test]
    fn edit_ratio() {
        assert_eq!(r("kyiv", "kyiv"), 1.0);
        assert_eq!(r("kiev", "kyiv"), 0.5);
        assert_eq!(r("", "ab"), 0.0);
    }

    #[test]
    fn transliteration_brings_variants_closer() {
        assert_eq!(transliteration_key("zelenskyy"), transliteration_key("zelenskiy"));
        assert_eq!(transliteration_key("lugansk"), transliteration_key("luhansk"));
    }

    #[test]
    fn derived_words_are_not_variants() {
        assert!(derived("russia", "russian"));
        assert!(derived("ukraine", "ukrainian"));
        assert!(!derived("zelensky", "zelenskyy"));
    }
}
