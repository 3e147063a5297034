//! Text into the terms the archive index holds: the topic engine's analyzer
//! (folding, stems, aliases), content words only.

use crate::text::{Aliases, Analyzer, Occ};

/// The tokenizer of the fields of words: the index is handed each text as its terms
/// already, one after another, and a term holds no space (words are split on them).
pub(super) const TOKENIZER: &str = "whitespace";

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
    pub fn of(&mut self, text: &str) -> Vec<String> {
        self.occs.clear();
        self.analyzer.analyze(text, 0..text.len(), &mut self.occs);
        self.occs
            .iter()
            .filter(|o| o.is_content() && o.in_sequence())
            .map(|o| self.analyzer.term(o.term).to_owned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::text::Lexicons;

    #[test]
    fn spellings_and_inflections_become_one_term_and_stop_words_none() {
        let mut t = Terms::new(&Lexicons::embedded().aliases);
        let kiev = t.of("The talks in Kiev");
        let kyiv = t.of("talk in Kyiv");
        assert_eq!(kiev, kyiv);
        assert!(!kiev.iter().any(|s| s == "the" || s == "in"), "{kiev:?}");
    }

    #[test]
    fn the_words_its_topic_reading_gives_and_its_other_passages_are_the_texts() {
        let text = "Ceasefire talks in Kiev\n\nThe talks on a cease-fire resumed on Monday \
                    in Kyiv, officials said.\n\nAdvertisement\n\nNegotiators met again.";
        let article = Article::parse("a.txt", text, None);
        let lexicons = Lexicons::embedded();
        let mut read = Vec::new();
        let topics = crate::index::article_topics::topics_and_words(
            &article,
            &lexicons.prepared(),
            &mut |_, w| read.push(w.to_owned()),
        );
        assert_eq!(topics, crate::index::article_topics::article_topics(&article, &lexicons));
        // The topic reading gives the content passages' words: not the headline's.
        assert_eq!(read.iter().filter(|w| *w == "kyiv").count(), 1, "{read:?}");
        assert!(!read.iter().any(|w| w.starts_with("advertis")), "{read:?}");
        let mut t = Terms::new(&lexicons.aliases);
        for p in article.passages.iter().filter(|p| !p.is_content()) {
            read.extend(t.of(&text[p.range.clone()]));
        }
        let mut whole = t.of(text);
        read.sort();
        whole.sort();
        assert_eq!(read, whole);
    }
}
