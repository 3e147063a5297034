//! Text into the terms the archive index holds: the topic engine's analyzer
//! (folding, stems, aliases), content words only, with their byte spans.

use crate::text::{Aliases, Analyzer, Occ};
use std::sync::Arc;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

/// The name the index knows the tokenizer by (stored in its schema).
pub(super) const TOKENIZER: &str = "parallax-words";

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

    /// `text` as index tokens (positions count content words).
    pub fn tokens(&mut self, text: &str) -> Vec<Token> {
        let words = self.of(text).into_iter().enumerate();
        words
            .map(|(position, (term, span))| Token {
                offset_from: span.start,
                offset_to: span.end,
                position,
                text: term,
                position_length: 1,
            })
            .collect()
    }
}

/// The analyzer as the index's tokenizer, so that documents wait in the writer's queue
/// as their text alone (a queue of ten thousand articles' tokens would take most of a
/// gigabyte). Each copy (one per indexing thread) makes its own analyzer on first use.
pub(super) struct WordsTokenizer {
    aliases: Arc<Aliases>,
    terms: Option<Terms>,
}

impl WordsTokenizer {
    pub fn new(aliases: &Aliases) -> WordsTokenizer {
        WordsTokenizer { aliases: Arc::new(aliases.clone()), terms: None }
    }
}

impl Clone for WordsTokenizer {
    fn clone(&self) -> WordsTokenizer {
        WordsTokenizer { aliases: self.aliases.clone(), terms: None }
    }
}

impl Tokenizer for WordsTokenizer {
    type TokenStream<'a> = Stream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Stream {
        let aliases = &self.aliases;
        let terms = self.terms.get_or_insert_with(|| Terms::new(aliases));
        Stream { tokens: terms.tokens(text), at: 0 }
    }
}

/// The tokens of one text; `at` counts those handed out.
pub(super) struct Stream {
    tokens: Vec<Token>,
    at: usize,
}

impl TokenStream for Stream {
    fn advance(&mut self) -> bool {
        if self.at < self.tokens.len() {
            self.at += 1;
            true
        } else {
            false
        }
    }

    fn token(&self) -> &Token {
        &self.tokens[self.at.saturating_sub(1).min(self.tokens.len().saturating_sub(1))]
    }

    fn token_mut(&mut self) -> &mut Token {
        let i = self.at.saturating_sub(1).min(self.tokens.len().saturating_sub(1));
        &mut self.tokens[i]
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
        assert_eq!(tokens.len(), 2);
        assert_eq!((tokens[1].offset_from, tokens[1].offset_to), (10, 15));
        let mut tokenizer = WordsTokenizer::new(&Lexicons::embedded().aliases);
        let mut stream = tokenizer.token_stream("Ceasefire talks in Kyiv");
        let mut seen = Vec::new();
        while let Some(t) = stream.next() {
            seen.push((t.text.clone(), t.position));
        }
        let expected: Vec<(String, usize)> = t
            .of("Ceasefire talks in Kyiv")
            .into_iter()
            .enumerate()
            .map(|(i, (s, _))| (s, i))
            .collect();
        assert_eq!(seen, expected);
    }
}
