//! One article's passage vectors inverted, so a passage of the other article meets
//! only the passages it shares a term with.

use super::vector::SparseVec;
use crate::text::TermId;

/// `(passage, weight)` entries grouped by term, passages in order within a term.
pub(crate) struct Postings {
    entries: Vec<(u32, f32)>,
    /// Where each term's entries start; one past the vocabulary for the last end.
    starts: Vec<u32>,
}

impl Postings {
    /// The passage vectors inverted, for terms below `vocabulary` (the others have no
    /// statistics and meet nothing). A counting sort by term: two passes over the
    /// entries instead of sorting them.
    pub(crate) fn of(passages: &[&SparseVec], vocabulary: usize) -> Postings {
        let mut starts = vec![0u32; vocabulary + 1];
        let terms = || passages.iter().flat_map(|v| v.iter()).map(|&(t, _)| t as usize);
        for t in terms().filter(|&t| t < vocabulary) {
            starts[t + 1] += 1;
        }
        for t in 0..vocabulary {
            starts[t + 1] += starts[t];
        }
        // Each term's start serves as its cursor while the entries are placed, ending
        // at the next term's start; one shift then restores the starts. A second
        // vocabulary-sized array for the cursors would be made for every article pair.
        let mut entries = vec![(0u32, 0f32); starts[vocabulary] as usize];
        for (j, q) in passages.iter().enumerate() {
            for &(t, w) in q.iter() {
                if let Some(slot) = starts.get_mut(t as usize).filter(|_| (t as usize) < vocabulary)
                {
                    entries[*slot as usize] = (j as u32, w);
                    *slot += 1;
                }
            }
        }
        starts.copy_within(0..vocabulary, 1);
        if let Some(first) = starts.first_mut() {
            *first = 0;
        }
        Postings { entries, starts }
    }

    /// The passages having term `t`, with its weight there, in passage order.
    pub(crate) fn of_term(&self, t: TermId) -> &[(u32, f32)] {
        let t = t as usize;
        match (self.starts.get(t), self.starts.get(t + 1)) {
            (Some(&from), Some(&to)) => self.entries.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}
