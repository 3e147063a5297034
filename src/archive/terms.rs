//! Text into the terms the archive index holds: the topic engine's analyzer
//! (folding, stems, aliases), content words only, with their byte spans.

use crate::text::{Aliases, Analyzer, Occ};
use tantivy::tokenizer::{PreTokenizedString, Token};

/// Turns texts into index terms; one per thread (the analyzer memoises its words).
pub(super) struct Terms {
    analyzer: Analyzer,
    occs: Vec<Occ>,
}

impl Terms {
    pub fn new(aliases: &Aliases) -> Terms {
        Terms { analyzer: Analyzer::new(aliases), occs: Vec::new() }
    }

    /// The content words of `text`, in order, as canonical stems.
    pub fn of(&mut self, text: &str) -> Vec<(String, std::ops::Range<usize>)> {
        self.occs.clear();
        self.analyzer.analyze(text, 0..text.len(), &mut self.occs);
        self.occs
            .iter()
            .filter(|o| o.is_content() && o.in_sequence())
            .map(|o| (self.analyzer.term(o.term).to_owned(), o.span()))
            .collect()
    }

    /// `text` as a pre-tokenised field value (positions count content words).
    pub fn tokens(&mut self, text: &str) -> PreTokenizedString {
        let tokens = self
            .of(text)
            .into_iter()
            .enumerate()
            .map(|(position, (term, span))| Token {
                offset_from: span.start,
                offset_to: span.end,
                position,
                text: term,
                position_length: 1,
            })
            .collect();
        // The text itself is not stored: the article's file holds it.
        PreTokenizedString { text: String::new(), tokens }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lexicons;

    #[test]
    fn spellings_and_inflections_become_one_term_and_stop_words_none() {
        let mut t = Terms::new(&Lexicons::embedded().aliases);
        let kiev: Vec<String> = t.of("The talks in Kiev").into_iter().map(|(s, _)| s).collect();
        let kyiv: Vec<String> = t.of("talk in Kyiv").into_iter().map(|(s, _)| s).collect();
        assert_eq!(kiev, kyiv);
        assert!(!kiev.iter().any(|s| s == "the" || s == "in"), "{kiev:?}");
        let tokens = t.tokens("Ceasefire talks");
        assert_eq!(tokens.tokens.len(), 2);
        assert_eq!((tokens.tokens[1].offset_from, tokens.tokens[1].offset_to), (10, 15));
    }
}
