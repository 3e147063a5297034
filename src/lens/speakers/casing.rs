//! How the article itself writes a word. "Voters said" and "Lobbyists say" open a
//! sentence with a capital that every sentence has; if the article writes the word in
//! lower case elsewhere ("many voters") and never capitalises it inside a sentence, it
//! is a common noun, not a name. "Rice said" stays a name when the article also writes
//! "Condoleezza Rice", whatever it says of rice.

use crate::lens::scan::Scan;
use std::collections::HashSet;

/// The article's words by how they are written.
#[derive(Debug, Default)]
pub(super) struct Casing {
    /// Folded words written with a lower-case first letter somewhere.
    lower: HashSet<String>,
    /// Folded words capitalised inside a sentence, next to a word in lower case (so
    /// not in a headline in title case, where every word is capitalised).
    inner: HashSet<String>,
}

impl Casing {
    /// Reads a text whose passages were not scanned.
    pub fn of(text: &str) -> Casing {
        Casing::of_scans(text, [&Scan::new(text, 0..text.len())])
    }

    /// Reads the article from the scans of its passages, each read once for the lens.
    pub fn of_scans<'a>(text: &str, scans: impl IntoIterator<Item = &'a Scan>) -> Casing {
        let mut casing = Casing::default();
        for scan in scans {
            casing.read(text, scan);
        }
        casing
    }

    fn read(&mut self, text: &str, scan: &Scan) {
        let toks = &scan.toks;
        let lower_at = |k: usize| {
            toks.get(k)
                .is_some_and(|t| t.folded.chars().next().is_some_and(char::is_lowercase) && !t.cap)
        };
        for (k, t) in toks.iter().enumerate() {
            if lower_at(k) {
                self.lower.insert(t.folded.clone());
                continue;
            }
            if !t.cap || t.upper {
                continue;
            }
            // A sentence opens at a new line, a colon or a dash, and inside a quote
            // or parenthesis that opens just before the word (not after '," ').
            let gap = scan.gap_before(text, k);
            let trimmed = gap.trim();
            let opening = !trimmed.is_empty() && trimmed.chars().all(|c| "“\"‘'(".contains(c));
            let opens = k == 0
                || toks[k - 1].sentence != t.sentence
                || opening
                || gap.contains(['\n', ':', '—', '–']);
            let beside_lower = (k > 0 && lower_at(k - 1)) || lower_at(k + 1);
            if !opens && beside_lower {
                self.inner.insert(t.folded.clone());
            }
        }
    }

    /// Whether the article capitalises this folded word inside a sentence, as a name.
    pub fn proper(&self, folded: &str) -> bool {
        self.inner.contains(folded)
    }

    /// Whether a capitalised word that opens a sentence is a common word: written in
    /// lower case elsewhere in the article, never capitalised inside a sentence.
    pub fn common(&self, folded: &str) -> bool {
        self.lower.contains(folded) && !self.inner.contains(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::Casing;

    #[test]
    fn a_word_capitalised_only_where_sentences_open_is_common() {
        let text = "Voters said the tax was high. Many voters agreed.\n\n\
                    Rice said so. The rice crop failed, said Condoleezza Rice in May.\n\n\
                    Trump Voters Rally In Ohio\n\nBrown said it.";
        let c = Casing::of(text);
        assert!(c.common("voters"));
        assert!(!c.common("rice"), "capitalised inside a sentence");
        assert!(!c.common("brown"), "never written in lower case");
        assert!(!c.common("trump"));
        assert!(c.proper("rice") && !c.proper("voters") && !c.proper("trump"));
    }
}
