//! How close two whole articles are, as the prior of their passages' links: two
//! tellings of one story share most of their specific words, two stories of one day
//! share a few. A passage pair that would be a coincidence between strangers is a
//! counterpart between two takes of the same event.

use super::Index;
use super::vector::{SparseVec, dot, normalise};
use crate::text::Occ;

/// Days apart within which two dated articles can be takes of one event; further apart
/// they are a story and its follow-up, or two stories of one kind (a shutdown begun, a
/// shutdown ended), and the gate may ask more of their affinity (`Gate::far_offset`).
pub const STORY_DAYS: i64 = 3;
/// Least share of function words (numerator, denominator) of text read as English:
/// English news runs at 35–50 % (at least 18 % on three public sets' articles of 40
/// words or more, but for one article set in capitals), German, French or Spanish at
/// 2–8 %.
const ENGLISH_STOP_SHARE: (usize, usize) = (1, 8);
/// Fewest words whose function words tell a language.
const LANGUAGE_WORDS: usize = 20;

impl Index<'_> {
    /// The cosine of two articles' story vectors (0–1): how much of their specific
    /// content they share. Links are drawn from an index of the two articles alone, so
    /// there it depends on them and the background only.
    pub fn affinity(&self, a: usize, b: usize) -> f32 {
        let (Some(x), Some(y)) = (self.stories.get(a), self.stories.get(b)) else {
            return 0.0;
        };
        dot(x, y)
    }

    /// Whether the two articles can be takes of one event by their dates: true unless
    /// both are dated and more than [`STORY_DAYS`] apart.
    pub fn within_days(&self, a: usize, b: usize) -> bool {
        match (self.articles[a].day(), self.articles[b].day()) {
            (Some(x), Some(y)) => (x - y).abs() <= STORY_DAYS,
            _ => true,
        }
    }

    /// Whether an article reads as English: the background that tells a specific word
    /// from an everyday one is English, and in another language every word looks
    /// rare to it ("der", "und" as rare as a name), so its articles' affinity says
    /// nothing. English prose is four words in ten function words ("the", "of"); other
    /// languages share few of them. A text too short to tell is taken for English.
    pub fn reads_as_english(&self, a: usize) -> bool {
        let Some(doc) = self.docs.get(a) else {
            return false;
        };
        // Words in capitals are left out: "US" and "IT" are never taken for function
        // words, so a text set in capitals would read as foreign.
        let words =
            doc.iter().flat_map(|p| p.occs.iter()).filter(|o| o.in_sequence() && !o.is(Occ::UPPER));
        let (stop, all) =
            words.fold((0usize, 0usize), |(s, n), o| (s + usize::from(o.is(Occ::STOP)), n + 1));
        all < LANGUAGE_WORDS || stop * ENGLISH_STOP_SHARE.1 >= all * ENGLISH_STOP_SHARE.0
    }

    /// The sum of an article's passage vectors, each term weighed again by the square
    /// of its [`Index::worth`], of unit length. Two stories of one kind (two shootings,
    /// two trade offers) share their vocabulary; two takes of one story, or a story and
    /// its follow-up weeks later, share its names and rare words. Matching passages
    /// needs the vocabulary's weight; telling the two kinds of pair apart needs it
    /// weighed down.
    pub(crate) fn story_vector(&self, a: usize) -> SparseVec {
        let doc = &self.docs[a];
        let mut all: SparseVec = doc.iter().flat_map(|p| p.full.iter().copied()).collect();
        all.sort_unstable_by_key(|&(t, _)| t);
        let mut v: SparseVec = Vec::with_capacity(all.len());
        for (t, w) in all {
            match v.last_mut() {
                Some(last) if last.0 == t => last.1 += w,
                _ => v.push((t, w)),
            }
        }
        for (t, w) in &mut v {
            *w *= self.worth(*t).powi(2);
        }
        v.retain(|&(_, w)| w > 0.0);
        normalise(&mut v);
        v
    }
}
