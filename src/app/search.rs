//! Search within an article. Words are matched as the topic engine sees them —
//! case-folded, stemmed, spelling variants joined through the alias table — so
//! "Kyiv" finds "Kiev" and "negotiate" finds "negotiations".

use super::pane::Side;
use crate::corpus::Article;
use crate::text::{Aliases, Analyzer, Lexicons, Occ};
use std::ops::Range;

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub passage: usize,
    /// Bytes of the article text, from the first matched word to the last.
    pub range: Range<usize>,
}

/// A search run in one pane.
#[derive(Debug, Clone)]
pub struct Search {
    pub query: String,
    pub side: Side,
    pub article: usize,
    pub hits: Vec<Hit>,
    /// The hit last jumped to.
    pub current: usize,
}

/// The analyzer the reader matches with, built from the alias table on the first
/// search: most sessions never search, and start-up should not wait for it.
pub struct Matching {
    aliases: Aliases,
    analyzer: Option<Analyzer>,
}

impl Matching {
    pub fn new(lexicons: &Lexicons) -> Matching {
        Matching { aliases: lexicons.aliases.clone(), analyzer: None }
    }

    /// Every place in `article` where the query's words occur in order.
    pub fn find(&mut self, article: &Article, query: &str) -> Vec<Hit> {
        let aliases = &self.aliases;
        let analyzer = self.analyzer.get_or_insert_with(|| Analyzer::new(aliases));
        let mut q = Vec::new();
        analyzer.analyze(query, 0..query.len(), &mut q);
        let wanted: Vec<u32> =
            q.iter().filter(|o| o.is_content() && o.in_sequence()).map(|o| o.term).collect();
        if wanted.is_empty() {
            return literal(article, query);
        }
        let mut hits = Vec::new();
        let mut occs = Vec::new();
        for (i, p) in article.passages.iter().enumerate() {
            occs.clear();
            analyzer.analyze(&article.text, p.range.clone(), &mut occs);
            let words: Vec<&Occ> =
                occs.iter().filter(|o| o.is_content() && o.in_sequence()).collect();
            for w in words.windows(wanted.len()) {
                if w.iter().zip(&wanted).all(|(o, t)| o.term == *t) {
                    let range = w[0].span().start..w[w.len() - 1].span().end;
                    hits.push(Hit { passage: i, range });
                }
            }
        }
        hits
    }
}

impl std::fmt::Debug for Matching {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Matching")
    }
}

/// For queries of stop words or punctuation only: a case-insensitive substring.
fn literal(article: &Article, query: &str) -> Vec<Hit> {
    let q = query.trim();
    if q.is_empty() || !q.is_ascii() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let q = q.to_ascii_lowercase();
    for (i, p) in article.passages.iter().enumerate() {
        // ASCII lower-casing keeps byte offsets.
        let text = article.text[p.range.clone()].to_ascii_lowercase();
        let mut from = 0;
        while let Some(at) = text[from..].find(&q) {
            let start = p.range.start + from + at;
            hits.push(Hit { passage: i, range: start..start + q.len() });
            from += at + q.len();
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        Article::parse(
            "a.txt",
            "Talks Resume In Geneva\n\n\
             Officials in Kiev said the negotiations on a cease-fire would resume next week.\n\n\
             In Kyiv, the mood was different: nobody expected the ceasefire to hold for long.",
            None,
        )
    }

    #[test]
    fn spelling_variants_and_stems_match() {
        let mut m = Matching::new(&Lexicons::embedded());
        let a = article();
        let kyiv = m.find(&a, "Kyiv");
        let found: Vec<&str> = kyiv.iter().map(|h| &a.text[h.range.clone()]).collect();
        assert_eq!(found, ["Kiev", "Kyiv"]);
        let cf = m.find(&a, "ceasefire");
        let found: Vec<&str> = cf.iter().map(|h| &a.text[h.range.clone()]).collect();
        assert_eq!(found, ["cease-fire", "ceasefire"]);
        assert_eq!(m.find(&a, "negotiate").len(), 1);
        assert!(m.find(&a, "armistice").is_empty());
    }

    #[test]
    fn phrases_match_in_order() {
        let mut m = Matching::new(&Lexicons::embedded());
        let a = article();
        assert_eq!(m.find(&a, "resume next week").len(), 1);
        assert!(m.find(&a, "week next").is_empty());
    }
}
