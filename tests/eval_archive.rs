//! Related articles from the archive index, measured on public news grouped by story:
//! each held-out split alone, then mixed into a large archive of other articles, so
//! that what a large library does to the closest other take shows. Beside it, the
//! topic index's P@1 and plain TF-IDF's on the split alone, from the same run.
//!
//! `PARALLAX_EVAL_DIR=/path PARALLAX_EVAL_MIX=/archive cargo test --release --test
//! eval_archive -- --ignored --nocapture` (the mix: any folder of articles, e.g. one
//! written by `cargo bench --bench archive -- --generate DIR 20000`).

#[path = "eval/stories.rs"]
mod stories;

use parallax::archive::{ArchiveIndex, Disk};
use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons, Relate, Scoring};
use std::collections::HashMap;
use stories::Split;

/// P@1 over the split's articles that have a story-mate, asked of `index`.
fn archive_p1(index: &Disk, split: &Split) -> f64 {
    let at: HashMap<&str, usize> =
        split.articles.iter().enumerate().map(|(i, a)| (a.path.as_str(), i)).collect();
    let queries = split.queries();
    let right = queries
        .iter()
        .filter(|&&a| {
            let found = index.related(&split.articles[a], 1).unwrap();
            found
                .first()
                .and_then(|f| at.get(f.path.as_str()))
                .is_some_and(|&b| split.story[b] == split.story[a])
        })
        .count();
    right as f64 / queries.len().max(1) as f64
}

fn topic_p1(split: &Split, scoring: Scoring) -> f64 {
    let lexicons = Lexicons::embedded();
    let index = Index::build(split.articles.iter().collect(), &lexicons);
    let related = index.related_with(1, scoring, Relate::default());
    let queries = split.queries();
    let right = queries
        .iter()
        .filter(|&&a| related[a].first().is_some_and(|&(b, _)| split.story[b] == split.story[a]))
        .count();
    right as f64 / queries.len().max(1) as f64
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR (and PARALLAX_EVAL_MIX) with data; prints the table"]
fn archive_related_alone_and_in_a_large_archive() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let aliases = Lexicons::embedded();
    let mix: Vec<Article> = std::env::var_os("PARALLAX_EVAL_MIX")
        .map(|d| Corpus::load(&[d.into()]).expect("the mix folder").articles)
        .unwrap_or_default();
    println!("related P@1 on heldout (no weight was chosen on these figures)");
    println!(
        "set      articles  archive alone  archive + {} others  topic index  tf-idf",
        mix.len()
    );
    for set in stories::sets(&root) {
        let split = Split::load(&root, &set, "heldout");
        let mut alone = Disk::in_memory(&aliases, None);
        alone.replace_with(&split.articles).unwrap();
        let mut mixed = Disk::in_memory(&aliases, None);
        let all: Vec<Article> = split.articles.iter().chain(&mix).cloned().collect();
        mixed.replace_with(&all).unwrap();
        println!(
            "{set:<8} {:>8}  {:>13.3}  {:>19.3}  {:>11.3}  {:>6.3}",
            split.articles.len(),
            archive_p1(&alone, &split),
            archive_p1(&mixed, &split),
            topic_p1(&split, Scoring::Full),
            topic_p1(&split, Scoring::Plain),
        );
    }
}
