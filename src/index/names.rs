//! Discovering topics from the corpus itself: names (runs of capitalised words,
//! "Keith Kellogg", "Institute for the Study of War") and key phrases (two words that
//! keep company, "security guarantees"), each kept when two or more articles use it.

use super::Index;
use crate::text::{IdMap, Occ, TermId};
use std::collections::{HashMap, HashSet};

/// A randomly seeded hasher that is quick on short text: a corpus adds a spelling for
/// every name and phrase it reads, and these sets are only looked up (or sorted).
type Quick = foldhash::fast::RandomState;

/// Where a candidate occurs: article number, passage id, byte range.
pub(crate) type Place = (u32, u32, u32, u32);

/// A discovered topic before it becomes a [`super::Topic`].
#[derive(Debug, Default)]
pub(crate) struct Candidate {
    pub places: Vec<Place>,
    /// Spellings seen, with counts (for the label and the term list).
    pub surfaces: HashMap<String, u32, Quick>,
    /// Spellings that are already canonical (no alias applied): preferred as labels.
    pub canonical: HashSet<String, Quick>,
    pub words: usize,
    pub connectors: bool,
    /// Its canonical terms: what one article's topics are keyed by in the archive index.
    pub key: Vec<TermId>,
}

impl Candidate {
    pub(crate) fn add(&mut self, place: Place, surface: &str) {
        self.add_spelling(place, surface, true);
    }

    pub(crate) fn add_spelling(&mut self, place: Place, surface: &str, canonical: bool) {
        self.places.push(place);
        self.spell(surface, canonical);
    }

    /// Counts one use of a spelling (its place already counted).
    fn spell(&mut self, surface: &str, canonical: bool) {
        if canonical && !self.canonical.contains(surface) {
            self.canonical.insert(surface.to_string());
        }
        match self.surfaces.get_mut(surface) {
            Some(n) => *n += 1,
            None => {
                self.surfaces.insert(surface.to_string(), 1);
            }
        }
    }

    pub fn articles(&self) -> usize {
        let mut a: Vec<u32> = self.places.iter().map(|p| p.0).collect();
        a.dedup();
        a.len()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Written as a name throughout the corpus.
    Name,
    /// Capitalised here, inside a sentence, but also a common word ("United", "War").
    Capital,
    Title,
    Connector,
    Other,
}

impl Index<'_> {
    /// Name candidates keyed by their canonical terms; single names merged into the one
    /// longer name they end ("Kellogg" into "Keith Kellogg") when that name is common.
    pub(crate) fn name_candidates(&self) -> Vec<Candidate> {
        let mut found: IdMap<Vec<TermId>, Candidate> = IdMap::default();
        let mut roles: Vec<Role> = Vec::new();
        let mut seq: Vec<&Occ> = Vec::new();
        let mut key: Vec<TermId> = Vec::new();
        for (a, doc) in self.docs.iter().enumerate() {
            let text = &self.articles[a].text;
            for p in doc {
                seq.clear();
                seq.extend(p.occs.iter().filter(|o| o.in_sequence()));
                roles.clear();
                roles.extend(seq.iter().map(|o| self.role(o)));
                let mut i = 0;
                while i < seq.len() {
                    if !matches!(roles[i], Role::Name | Role::Capital) {
                        i += 1;
                        continue;
                    }
                    // A run of capitalised words, possibly joined by connectors, within
                    // one stretch of text (no punctuation, no possessive inside).
                    let mut j = i + 1;
                    let mut end = i;
                    while j < seq.len()
                        && matches!(roles[j], Role::Name | Role::Capital | Role::Connector)
                        && text.get(seq[j - 1].end as usize..seq[j].start as usize) == Some(" ")
                        && !possessive(text, seq[j - 1])
                    {
                        if roles[j] != Role::Connector {
                            end = j;
                        }
                        j += 1;
                    }
                    let strong = roles[i..=end].iter().filter(|r| **r == Role::Name).count();
                    let words = roles[i..=end].iter().filter(|r| **r != Role::Connector).count();
                    let before_title = roles.get(end + 1) == Some(&Role::Title);
                    if !before_title && (strong > 0 || words > 1) {
                        let run = &seq[i..=end];
                        key.clear();
                        key.extend(run.iter().map(|o| o.term));
                        let range = run[0].start..run[run.len() - 1].end;
                        let surface = label_text(text, range.start as usize..range.end as usize);
                        if !found.contains_key(key.as_slice()) {
                            found.insert(key.clone(), Candidate::default());
                        }
                        let Some(c) = found.get_mut(key.as_slice()) else { continue };
                        if c.key.is_empty() {
                            c.key = key.clone();
                        }
                        c.words = run.len();
                        c.connectors |= words != run.len();
                        let canonical = run.iter().all(|o| o.raw == o.term);
                        c.add_spelling(
                            (a as u32, p.id as u32, range.start, range.end),
                            surface,
                            canonical,
                        );
                    }
                    i = end + 1;
                }
            }
        }
        merge_single_names(found)
    }

    fn role(&self, o: &Occ) -> Role {
        if o.is(Occ::TITLE) {
            return Role::Title;
        }
        if o.is(Occ::CONNECTOR) {
            return Role::Connector;
        }
        let s = self.stat(o.term);
        let capital = o.is(Occ::CAPITAL)
            && !o.is(Occ::NUMBER)
            && (!o.is(Occ::STOP) || o.is(Occ::UPPER))
            && !o.is(Occ::DATE);
        if !capital {
            Role::Other
        } else if o.is(Occ::SENTENCE_START) {
            if s.capital_inside > 0 && s.lower == 0 { Role::Name } else { Role::Other }
        } else if s.is_name() {
            Role::Name
        } else {
            Role::Capital
        }
    }

    /// Two adjacent lower-case content words that occur together in `min` or more
    /// articles, `min` or more times, and keep company (the pair is a fair share of
    /// either word's uses): `min` is 2 for a corpus, 1 for one article on its own.
    pub(crate) fn phrase_candidates(&self, min: usize) -> Vec<Candidate> {
        let mut found: IdMap<(TermId, TermId), Candidate> = IdMap::default();
        let mut uses = vec![0u32; self.stats.len()];
        let mut lower = String::new();
        let mut seq: Vec<&Occ> = Vec::new();
        for (a, doc) in self.docs.iter().enumerate() {
            let text = &self.articles[a].text;
            for p in doc {
                seq.clear();
                seq.extend(p.occs.iter().filter(|o| o.in_sequence()));
                for o in seq.iter().filter(|o| plain_word(o)) {
                    if let Some(n) = uses.get_mut(o.term as usize) {
                        *n += 1;
                    }
                }
                for w in seq.windows(2) {
                    let (x, y) = (w[0], w[1]);
                    let gap = text.get(x.end as usize..y.start as usize).unwrap_or("");
                    if gap != " " || x.term == y.term || !keyword(x) || !keyword(y) {
                        continue;
                    }
                    let c = found.entry((x.term, y.term)).or_default();
                    c.words = 2;
                    if c.key.is_empty() {
                        c.key = vec![x.term, y.term];
                    }
                    c.places.push((a as u32, p.id as u32, x.start, y.end));
                }
            }
        }
        // Spellings are read for the phrases kept only: most pairs of words meet once.
        let mut spell = |mut c: Candidate| {
            let places = std::mem::take(&mut c.places);
            for &(a, _, start, end) in &places {
                let text = &self.articles[a as usize].text;
                let surface = text.get(start as usize..end as usize).unwrap_or("");
                lower.clear();
                crate::text::push_lowercase(surface, &mut lower);
                c.spell(&lower, true);
            }
            c.places = places;
            c
        };
        found
            .into_iter()
            .filter(|((x, y), c)| {
                let n = c.places.len() as u32;
                let rarer = uses
                    .get(*x as usize)
                    .copied()
                    .unwrap_or(0)
                    .min(uses.get(*y as usize).copied().unwrap_or(0));
                c.articles() >= min && n >= min as u32 && n * 4 >= rarer
            })
            .map(|(_, c)| spell(c))
            .collect()
    }
}

fn plain_word(o: &Occ) -> bool {
    o.is_content() && !o.is(Occ::CAPITAL) && !o.is(Occ::NUMBER) && o.end - o.start > 2
}

fn keyword(o: &Occ) -> bool {
    plain_word(o) && !o.is(Occ::ADVERB | Occ::VAGUE)
}

fn possessive(text: &str, o: &Occ) -> bool {
    let w = text.get(o.span()).unwrap_or("");
    w.ends_with("'s") || w.ends_with("’s")
}

/// The text of a name as a label, without a possessive (a run's words are separated
/// by single spaces, and only its last word can be possessive).
fn label_text(text: &str, range: std::ops::Range<usize>) -> &str {
    let s = text.get(range).unwrap_or("");
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).unwrap_or(s)
}

fn merge_single_names(mut found: IdMap<Vec<TermId>, Candidate>) -> Vec<Candidate> {
    let mut target: IdMap<TermId, Option<Vec<TermId>>> = IdMap::default();
    for (key, c) in &found {
        if (2..=3).contains(&key.len()) && !c.connectors && c.articles() >= 2 {
            let last = key[key.len() - 1];
            target.entry(last).and_modify(|t| *t = None).or_insert_with(|| Some(key.clone()));
        }
    }
    for (last, into) in target {
        let Some(into) = into else { continue };
        if let Some(single) = found.remove(&vec![last])
            && let Some(c) = found.get_mut(&into)
        {
            c.places.extend(single.places);
            c.places.sort_unstable();
        }
    }
    found.into_values().collect()
}
