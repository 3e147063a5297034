//! Topics: curated concept groups and discovered names and phrases, each with the
//! passages of each article where it occurs and the spans to highlight.

use super::names::Candidate;
use super::{Index, passages};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Where a topic comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicKind {
    /// A concept group of `topics.toml`.
    Curated,
    /// A name or key phrase found in two or more articles.
    Discovered,
}

/// A passage where a topic occurs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicPassage {
    /// Article number in the index.
    pub article: usize,
    /// Passage id (index into the article's passages).
    pub passage: usize,
    /// Byte ranges in the article text, in order.
    pub spans: Vec<Range<usize>>,
}

/// Something several passages speak of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub label: String,
    pub kind: TopicKind,
    /// The wordings found, most used first ("truce", "ceasefire", "Kiev", "Kyiv").
    pub terms: Vec<String>,
    /// Ordered by article, then passage.
    pub passages: Vec<TopicPassage>,
}

impl Topic {
    /// Number of articles the topic occurs in.
    pub fn articles(&self) -> usize {
        let mut a: Vec<usize> = self.passages.iter().map(|p| p.article).collect();
        a.dedup();
        a.len()
    }

    fn occurrences(&self) -> usize {
        self.passages.iter().map(|p| p.spans.len()).sum()
    }
}

impl Index<'_> {
    /// Curated topics that occur at all (in `topics.toml` order), then discovered ones
    /// by the number of articles, then occurrences.
    pub fn topics(&self) -> Vec<Topic> {
        if !passages::parallel(&self.articles) {
            let names = self.name_candidates();
            return self.assemble(self.curated_candidates(), names, self.phrase_candidates(2));
        }
        // Key phrases are found on another core while this one reads the concept groups
        // and names: each walks every passage, and neither needs the other.
        std::thread::scope(|scope| {
            let phrases = scope.spawn(|| self.phrase_candidates(2));
            let names = self.name_candidates();
            let curated = self.curated_candidates();
            let phrases = phrases.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            self.assemble(curated, names, phrases)
        })
    }

    /// The topics from their candidates, in the order [`Index::topics`] gives.
    fn assemble(
        &self,
        curated: Vec<Candidate>,
        names: Vec<Candidate>,
        phrases: Vec<Candidate>,
    ) -> Vec<Topic> {
        let mut topics: Vec<Topic> = curated
            .into_iter()
            .zip(&self.prepared.concepts.labels)
            .filter(|(c, _)| !c.places.is_empty())
            .map(|(c, label)| topic(label.clone(), TopicKind::Curated, c))
            .collect();
        let mut discovered: Vec<Topic> = names
            .into_iter()
            .chain(phrases)
            .filter(|c| c.articles() >= 2)
            .filter_map(|c| {
                let label = most_used(&c).first()?.clone();
                Some(topic(label, TopicKind::Discovered, c))
            })
            .collect();
        discovered.sort_by_cached_key(|t| {
            (std::cmp::Reverse((t.articles(), t.occurrences())), t.label.clone())
        });
        // A phrase and a name may read alike ("Security Council", "security council").
        let mut seen: std::collections::HashSet<String> =
            topics.iter().map(|t| t.label.to_lowercase()).collect();
        discovered.retain(|t| seen.insert(t.label.to_lowercase()));
        topics.extend(discovered);
        topics
    }

    /// Per concept group of `topics.toml` (in its order), where it occurs.
    pub(super) fn curated_candidates(&self) -> Vec<Candidate> {
        let mut curated: Vec<Candidate> =
            (0..self.prepared.concepts.len()).map(|_| Candidate::default()).collect();
        let mut surface = String::new();
        for (a, doc) in self.docs.iter().enumerate() {
            let text = &self.articles[a].text;
            for p in doc {
                for h in &p.concepts {
                    // Lower case, single spaces: "Cease-Fire" and "cease-fire" are one wording.
                    surface.clear();
                    let words = text.get(h.start as usize..h.end as usize).unwrap_or("");
                    for (i, w) in words.split_whitespace().enumerate() {
                        if i > 0 {
                            surface.push(' ');
                        }
                        crate::text::push_lowercase(w, &mut surface);
                    }
                    if let Some(c) = curated.get_mut(h.concept as usize) {
                        c.add((a as u32, p.id as u32, h.start, h.end), &surface);
                    }
                }
            }
        }
        curated
    }
}

/// Spellings, canonical ones first, then by use.
pub(super) fn most_used(c: &Candidate) -> Vec<String> {
    let mut v: Vec<(&String, &u32)> = c.surfaces.iter().collect();
    v.sort_by(|a, b| {
        let canonical = |s: &String| c.canonical.contains(s);
        (canonical(b.0), b.1).cmp(&(canonical(a.0), a.1)).then(a.0.cmp(b.0))
    });
    v.into_iter().map(|(s, _)| s.clone()).collect()
}

pub(super) fn topic(label: String, kind: TopicKind, mut c: Candidate) -> Topic {
    let terms = most_used(&c);
    Topic { label, kind, terms, passages: passages(std::mem::take(&mut c.places)) }
}

/// Places as the passages they are in, in order, each with its spans.
pub(super) fn passages(mut places: Vec<super::names::Place>) -> Vec<TopicPassage> {
    places.sort_unstable();
    let mut passages: Vec<TopicPassage> = Vec::new();
    for &(a, p, s, e) in &places {
        let (article, passage) = (a as usize, p as usize);
        match passages.last_mut() {
            Some(last) if last.article == article && last.passage == passage => {
                if last.spans.last().is_none_or(|r| r.end <= s as usize) {
                    last.spans.push(s as usize..e as usize);
                }
            }
            _ => passages.push(TopicPassage {
                article,
                passage,
                spans: std::iter::once(s as usize..e as usize).collect(),
            }),
        }
    }
    passages
}
