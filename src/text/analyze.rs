//! From text to interned terms: each word folded, stemmed and aliased once per
//! distinct spelling (a cache keeps the corpus-wide cost to one hash lookup a word).

use super::background::{Background, UNSEEN};
use super::fold::fold_into;
use super::lexicon::Aliases;
use super::occ::{Cached, Occ, TermId, unresolved};
use super::stop::{is_date, is_stop, is_title, is_vague};
use super::words::Words;
use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashMap;

/// Maps keyed by words from the articles: foldhash is randomly seeded, as std's hasher
/// is, and costs a fraction of SipHash on short words; nothing iterates them.
type WordMap<V> = HashMap<String, V, foldhash::fast::RandomState>;
use std::ops::Range;

/// Small words allowed inside a name, between capitalised words.
const CONNECTORS: &[&str] = &["for", "of", "the"];

/// Turns passages into [`Occ`]s and owns the term vocabulary.
pub struct Analyzer {
    stemmer: Stemmer,
    stem_alias: HashMap<String, String>,
    terms: Vec<String>,
    /// Per term, how common it is in general English (see [`Background`]).
    common: Vec<f32>,
    /// Background probability of the canonical stems that aliases join (the rest are
    /// looked up in [`Background`] as they are interned).
    stem_common: HashMap<String, f32>,
    ids: WordMap<TermId>,
    /// Words as written, to what they fold to (`None`: nothing, e.g. a lone apostrophe).
    cache: WordMap<Option<Cached>>,
    words: Words,
    folded: String,
}

impl Clone for Analyzer {
    fn clone(&self) -> Analyzer {
        Analyzer {
            stemmer: Stemmer::create(Algorithm::English),
            stem_alias: self.stem_alias.clone(),
            terms: self.terms.clone(),
            common: self.common.clone(),
            stem_common: self.stem_common.clone(),
            ids: self.ids.clone(),
            cache: self.cache.clone(),
            words: Words::default(),
            folded: String::new(),
        }
    }
}

impl Analyzer {
    pub fn new(aliases: &Aliases) -> Analyzer {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut folded = String::new();
        let mut stem_alias = HashMap::new();
        for (variant, canonical) in &aliases.pairs {
            fold_into(variant, &mut folded);
            let v = stemmer.stem(&folded).into_owned();
            fold_into(canonical, &mut folded);
            let c = stemmer.stem(&folded).into_owned();
            if v != c {
                stem_alias.insert(v, c);
            }
        }
        // A canonical stem stands for its variants too: "kyiv" is as common as "kyiv"
        // and "kiev" together.
        let background = Background::english();
        let mut stem_common: HashMap<String, f32> = HashMap::new();
        for (variant, canonical) in &stem_alias {
            let p =
                stem_common.entry(canonical.clone()).or_insert_with(|| background.of(canonical));
            *p += background.of(variant);
        }
        Analyzer {
            stemmer,
            stem_alias,
            terms: Vec::new(),
            common: Vec::new(),
            stem_common,
            ids: WordMap::default(),
            cache: WordMap::default(),
            words: Words::default(),
            folded,
        }
    }

    /// The id of a vocabulary entry, adding it if new. Concept labels are interned
    /// under a prefix no word can have, so they share the id space with stems.
    pub fn intern(&mut self, s: &str) -> TermId {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = TermId::try_from(self.terms.len()).unwrap_or(TermId::MAX);
        let common = self.stem_common.get(s).copied();
        self.common.push(common.unwrap_or_else(|| Background::english().of(s)));
        self.terms.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    /// The stem (or label) of a term id.
    pub fn term(&self, id: TermId) -> &str {
        self.terms.get(id as usize).map_or("", String::as_str)
    }

    /// How common a term is in general English, per word of text ([`UNSEEN`] for a
    /// name or word the background does not know, and for concept labels).
    pub fn common(&self, id: TermId) -> f32 {
        self.common.get(id as usize).copied().unwrap_or(UNSEEN)
    }

    /// Number of distinct terms so far.
    pub fn vocabulary(&self) -> usize {
        self.terms.len()
    }

    /// Appends the words of `text[range]` to `out`.
    pub fn analyze(&mut self, text: &str, range: Range<usize>, out: &mut Vec<Occ>) {
        let mut words = std::mem::take(&mut self.words);
        for w in words.split(text, range) {
            if let Some(c) = self.lookup(&text[w.span.clone()]) {
                out.push(unresolved(w).resolved(c));
            }
        }
        self.words = words;
    }

    /// [`Analyzer::analyze`] for words already met, which needs no change to the
    /// analyzer and so can run on several threads: a word met for the first time is
    /// appended unresolved and its position in `out` pushed to `new`, for
    /// [`Analyzer::resolve`] to finish in text order (the order that numbers terms).
    pub fn analyze_known(
        &self,
        words: &mut Words,
        text: &str,
        range: Range<usize>,
        out: &mut Vec<Occ>,
        new: &mut Vec<usize>,
    ) {
        for w in words.split(text, range) {
            match self.cache.get(&text[w.span.clone()]) {
                Some(Some(c)) => out.push(unresolved(w).resolved(*c)),
                Some(None) => {}
                None => {
                    new.push(out.len());
                    out.push(unresolved(w));
                }
            }
        }
    }

    /// Finishes the words [`Analyzer::analyze_known`] left unresolved, as
    /// [`Analyzer::analyze`] would have (dropping those that fold to nothing).
    pub fn resolve(&mut self, text: &str, out: &mut Vec<Occ>, new: &[usize]) {
        let mut dropped = Vec::new();
        for &i in new {
            let Some(o) = out.get_mut(i) else { continue };
            match self.lookup(text.get(o.span()).unwrap_or("")) {
                Some(c) => *o = o.resolved(c),
                None => dropped.push(i),
            }
        }
        if !dropped.is_empty() {
            let mut i = 0;
            out.retain(|_| {
                i += 1;
                dropped.binary_search(&(i - 1)).is_err()
            });
        }
    }

    /// The canonical content terms of a phrase, in order (stop words and compound
    /// pieces left out), as used to match curated terms against passages.
    pub fn phrase(&mut self, phrase: &str) -> Vec<TermId> {
        let mut occs = Vec::new();
        self.analyze(phrase, 0..phrase.len(), &mut occs);
        occs.iter().filter(|o| o.is_content() && o.in_sequence()).map(|o| o.term).collect()
    }

    fn lookup(&mut self, word: &str) -> Option<Cached> {
        // Keyed by the word as written: most words recur with the same spelling, and
        // then even folding is skipped.
        if let Some(&c) = self.cache.get(word) {
            return c;
        }
        fold_into(word, &mut self.folded);
        if self.folded.is_empty() {
            self.cache.insert(word.to_string(), None);
            return None;
        }
        let folded = std::mem::take(&mut self.folded);
        let stem = self.stemmer.stem(&folded).into_owned();
        let raw = self.intern(&stem);
        let term = match self.stem_alias.get(&stem).cloned() {
            Some(canonical) => self.intern(&canonical),
            None => raw,
        };
        let alphabetic = folded.chars().filter(|c| c.is_alphabetic()).count();
        let classes = [
            (alphabetic == 0, Occ::NUMBER),
            (is_title(&folded), Occ::TITLE),
            (is_date(&folded), Occ::DATE),
            (is_vague(&folded), Occ::VAGUE),
            (CONNECTORS.contains(&folded.as_str()), Occ::CONNECTOR),
            (folded.len() > 4 && folded.ends_with("ly"), Occ::ADVERB),
        ];
        let c = Cached {
            raw,
            term,
            stop: is_stop(&folded) || (alphabetic == 1 && folded.chars().count() == 1),
            class: classes.iter().filter(|(yes, _)| *yes).fold(0, |acc, (_, f)| acc | f),
        };
        self.cache.insert(word.to_string(), Some(c));
        self.folded = folded;
        Some(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn aliases() -> Aliases {
        Aliases {
            pairs: vec![
                ("kiev".into(), "kyiv".into()),
                ("mobilisation".into(), "mobilization".into()),
            ],
        }
    }

    fn terms(a: &mut Analyzer, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        a.analyze(text, 0..text.len(), &mut out);
        out.iter()
            .filter(|o| o.is_content() && o.in_sequence())
            .map(|o| a.term(o.term).to_string())
            .collect()
    }

    #[test]
    fn variants_meet_on_one_term() {
        let mut a = Analyzer::new(&aliases());
        assert_eq!(terms(&mut a, "Kiev's mobilisation"), terms(&mut a, "Kyiv mobilization"));
        assert_eq!(terms(&mut a, "cease-fire"), terms(&mut a, "ceasefire"));
        assert_eq!(terms(&mut a, "mobilising"), terms(&mut a, "mobilise"));
    }

    #[test]
    fn keeps_offsets_and_stop_flags() {
        let mut a = Analyzer::new(&Aliases::default());
        let text = "The US and the truce";
        let mut out = Vec::new();
        a.analyze(text, 0..text.len(), &mut out);
        let content: Vec<&str> =
            out.iter().filter(|o| o.is_content()).map(|o| &text[o.span()]).collect();
        assert_eq!(content, ["US", "truce"]);
    }

    #[test]
    fn raw_keeps_the_spelling_before_aliases() {
        let mut a = Analyzer::new(&aliases());
        let mut out = Vec::new();
        a.analyze("Kiev", 0..4, &mut out);
        assert_ne!(out[0].raw, out[0].term);
        assert_eq!(a.term(out[0].term), "kyiv");
    }
}
