//! Curated concept groups (`assets/topics.toml`) compiled to term sequences and found
//! in passages, so "truce" and "halt to hostilities" land in the same group.

use super::IdMap;
use super::{Analyzer, Occ, TermId, TopicDef};

/// A concept group found in a passage, with the byte range of the words that evoke it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct ConceptHit {
    pub concept: u32,
    pub start: u32,
    pub end: u32,
}

/// Prefix under which concept labels are interned; no folded word contains it.
pub(crate) const CONCEPT_PREFIX: char = '\u{1}';

/// The compiled concept groups.
#[derive(Debug, Default, Clone)]
pub(crate) struct Concepts {
    pub labels: Vec<String>,
    /// The pseudo-term each group stands for in passage vectors.
    terms: Vec<TermId>,
    /// Phrases by their first term: `(concept, phrase)`.
    by_first: IdMap<TermId, Vec<(u32, Vec<TermId>)>>,
}

impl Concepts {
    pub fn compile(defs: &[TopicDef], analyzer: &mut Analyzer) -> Concepts {
        let mut c = Concepts::default();
        for (i, def) in defs.iter().enumerate() {
            let i = i as u32;
            c.labels.push(def.label.clone());
            c.terms.push(analyzer.intern(&format!("{CONCEPT_PREFIX}{}", def.label)));
            for term in &def.terms {
                let phrase = analyzer.phrase(term);
                if let Some(&first) = phrase.first() {
                    let list = c.by_first.entry(first).or_default();
                    if !list.contains(&(i, phrase.clone())) {
                        list.push((i, phrase));
                    }
                }
            }
        }
        // Longest phrases first, so a group is matched by its fullest wording.
        for list in c.by_first.values_mut() {
            list.sort_by_key(|(_, p)| std::cmp::Reverse(p.len()));
        }
        c
    }

    /// The pseudo-term of a concept group.
    pub fn term(&self, concept: u32) -> TermId {
        self.terms.get(concept as usize).copied().unwrap_or(TermId::MAX)
    }

    /// The label of a concept group's pseudo-term, or `None` for a word.
    pub fn label_of(&self, term: TermId) -> Option<&str> {
        let i = self.terms.iter().position(|&t| t == term)?;
        self.labels.get(i).map(String::as_str)
    }

    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// The concept groups evoked in a passage's words, in text order.
    pub fn find(&self, occs: &[Occ]) -> Vec<ConceptHit> {
        let mut hits: Vec<ConceptHit> = Vec::new();
        if self.by_first.is_empty() {
            return hits;
        }
        let seq: Vec<&Occ> = occs.iter().filter(|o| o.is_content() && o.in_sequence()).collect();
        // Where each group's last hit ends: hits come in text order, so that is all the
        // overlap check needs (scanning every earlier hit was quadratic on long text).
        let mut last_end: IdMap<u32, u32> = IdMap::default();
        for i in 0..seq.len() {
            let Some(list) = self.by_first.get(&seq[i].term) else {
                continue;
            };
            for (concept, phrase) in list {
                let Some(words) = seq.get(i..i + phrase.len()) else {
                    continue;
                };
                if !words.iter().zip(phrase).all(|(o, t)| o.term == *t) {
                    continue;
                }
                let (start, end) = (words[0].start, words[words.len() - 1].end);
                // One hit per group per stretch of text: skip a shorter overlapping wording.
                let overlaps = last_end.get(concept).is_some_and(|&e| e > start);
                if !overlaps {
                    hits.push(ConceptHit { concept: *concept, start, end });
                    let e = last_end.entry(*concept).or_insert(end);
                    *e = (*e).max(end);
                }
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Aliases;

    fn setup() -> (Analyzer, Concepts) {
        let mut a = Analyzer::new(&Aliases::default());
        let defs = vec![TopicDef {
            label: "ceasefire".into(),
            terms: vec!["ceasefire".into(), "truce".into(), "halt to hostilities".into()],
        }];
        let c = Concepts::compile(&defs, &mut a);
        (a, c)
    }

    fn hits(text: &str) -> Vec<&str> {
        let (mut a, c) = setup();
        let mut occs = Vec::new();
        a.analyze(text, 0..text.len(), &mut occs);
        c.find(&occs).iter().map(|h| &text[h.start as usize..h.end as usize]).collect()
    }

    #[test]
    fn phrases_match_across_stop_words_and_inflections() {
        assert_eq!(hits("a temporary halt to the hostilities"), ["halt to the hostilities"]);
        assert_eq!(hits("no cease-fire, no truces"), ["cease-fire", "truces"]);
    }

    #[test]
    fn unrelated_text_has_no_hits() {
        assert!(hits("the weather in Lviv").is_empty());
        assert!(hits("").is_empty());
    }
}
