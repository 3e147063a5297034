//! Reading articles into analysed passages: each content passage's words and the
//! concept groups they evoke. A large corpus is read on two threads at once; the
//! words are numbered afterwards in text order, so the index is the same either way.

use super::PassageIx;
use crate::corpus::Article;
use crate::text::{Analyzer, Concepts, Occ, Words};
use std::sync::OnceLock;

/// Text below which one thread reads everything (starting another costs more than
/// it saves): a pair of articles, or the five seeds.
const PARALLEL_FROM: usize = 256 * 1024;

/// A passage read with the words already known; `new` holds where the words met for
/// the first time stand in its occurrences.
struct Read {
    passage: PassageIx,
    new: Vec<usize>,
}

/// Per article, its content passages analysed, in order.
pub(super) fn read(
    articles: &[&Article],
    analyzer: &mut Analyzer,
    concepts: &Concepts,
) -> Vec<Vec<PassageIx>> {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let known: &Analyzer = analyzer;
    let read: Vec<Vec<Read>> = if !parallel(articles) {
        read_known(articles, known, concepts)
    } else {
        // Two halves of about the same length of text.
        let mut half = 0;
        let mut sum = 0;
        while half < articles.len() && sum * 2 < bytes {
            sum += articles[half].text.len();
            half += 1;
        }
        let (first, second) = articles.split_at(half);
        std::thread::scope(|scope| {
            let later = scope.spawn(|| read_known(second, known, concepts));
            let mut read = read_known(first, known, concepts);
            read.extend(later.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            read
        })
    };
    // New words get their numbers in the order a single reader would have met them.
    read.into_iter()
        .zip(articles)
        .map(|(doc, article)| {
            doc.into_iter()
                .map(|Read { mut passage, new }| {
                    if !new.is_empty() {
                        analyzer.resolve(&article.text, &mut passage.occs, &new);
                        passage.concepts = concepts.find(&passage.occs);
                    }
                    passage
                })
                .collect()
        })
        .collect()
}

/// Whether the articles are text enough for a second core to pay (and there is one).
pub(super) fn parallel(articles: &[&Article]) -> bool {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    bytes >= PARALLEL_FROM && std::thread::available_parallelism().is_ok_and(|t| t.get() >= 2)
}

fn read_known(articles: &[&Article], analyzer: &Analyzer, concepts: &Concepts) -> Vec<Vec<Read>> {
    let mut words = Words::default();
    articles
        .iter()
        .map(|article| {
            let content = article.passages.iter().enumerate().filter(|(_, p)| p.is_content());
            content
                .map(|(id, p)| {
                    let mut occs: Vec<Occ> = Vec::with_capacity(p.range.len() / 6);
                    let mut new = Vec::new();
                    analyzer.analyze_known(
                        &mut words,
                        &article.text,
                        p.range.clone(),
                        &mut occs,
                        &mut new,
                    );
                    // Concept groups are found once the passage's words are all known.
                    let hits = if new.is_empty() { concepts.find(&occs) } else { Vec::new() };
                    let passage = PassageIx {
                        id,
                        occs,
                        concepts: hits,
                        full: Vec::new(),
                        plain: OnceLock::new(),
                        own: Vec::new(),
                    };
                    Read { passage, new }
                })
                .collect()
        })
        .collect()
}
