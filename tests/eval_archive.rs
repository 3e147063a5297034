//! Related articles from the archive index, measured on public news grouped by story:
//! each split alone, then mixed into a large archive of other articles, so that what a
//! large library does to the closest other take shows. Both of the archive's routes are
//! measured: `related`, the per-article query the reader makes for the selected row,
//! and `related_all`, every article's related ones found at once, which `list --json`
//! uses above 5,000 articles. Beside them, the in-memory topic index (what a small
//! library uses) and plain TF-IDF on the split alone, from the same run.
//!
//! `PARALLAX_EVAL_DIR=/path PARALLAX_EVAL_MIX=/archive cargo test --release --test
//! eval_archive -- --ignored --nocapture` (the mix: any folder of articles, e.g. one
//! written by `cargo bench --bench archive -- --generate DIR 20000`).

#[path = "eval/stories.rs"]
mod stories;

use parallax::archive::{ArchiveIndex, Disk, Found};
use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons, Scoring};
use std::collections::HashMap;
use stories::{SPLITS, Split};

/// P@1 of one route on one split, and how many of its misses went outside the split
/// (to an article of the mix, or to none).
#[derive(Clone, Copy)]
struct P1 {
    p1: f64,
    outside: usize,
}

impl std::fmt::Display for P1 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match f.width() {
            Some(w) if std::env::var_os("PARALLAX_EVAL_WHY").is_some() => {
                write!(f, "{:>w$}", format!("{:.3}/{}", self.p1, self.outside))
            }
            Some(w) => write!(f, "{:>w$.3}", self.p1),
            None => write!(f, "{:.3}", self.p1),
        }
    }
}

/// The share of the split's articles with a story-mate whose first related article
/// (by path, from `first`) is of their story.
fn p1(split: &Split, mut first: impl FnMut(usize) -> Option<String>) -> P1 {
    let at: HashMap<&str, usize> =
        split.articles.iter().enumerate().map(|(i, a)| (a.path.as_str(), i)).collect();
    let queries = split.queries();
    let (mut right, mut outside) = (0, 0);
    for &a in &queries {
        match first(a).and_then(|p| at.get(p.as_str()).copied()) {
            Some(b) if split.story[b] == split.story[a] => right += 1,
            Some(_) => {}
            None => outside += 1,
        }
    }
    P1 { p1: right as f64 / queries.len().max(1) as f64, outside }
}

/// P@1 of the per-article query (the reader's route).
fn related_p1(index: &Disk, split: &Split) -> P1 {
    p1(split, |a| {
        let found = index.related(&split.articles[a], 1).unwrap();
        found.into_iter().next().map(|f| f.path)
    })
}

/// P@1 of every article's related ones found at once (the route of `list --json`).
fn related_all_p1(index: &Disk, split: &Split) -> P1 {
    let all: HashMap<String, Vec<Found>> = index.related_all(3, &mut |_| {}).unwrap();
    p1(split, |a| {
        let found = all.get(&split.articles[a].path)?;
        found.first().map(|f| f.path.clone())
    })
}

/// P@1 of the in-memory topic index: as shipped, or plain TF-IDF on whole articles.
fn topic_p1(split: &Split, scoring: Scoring) -> P1 {
    let lexicons = Lexicons::embedded();
    let index = Index::build(split.articles.iter().collect(), &lexicons);
    let related = index.related_scored(1, scoring);
    let paths: Vec<Option<String>> =
        (related.iter()).map(|r| r.first().map(|&(b, _)| split.articles[b].path.clone())).collect();
    p1(split, |a| paths[a].clone())
}

fn index_of(articles: &[Article]) -> Disk {
    let mut index = Disk::in_memory(&Lexicons::embedded(), None);
    index.replace_with(articles).unwrap();
    index
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR (and PARALLAX_EVAL_MIX) with data; prints the table"]
fn archive_related_alone_and_in_a_large_archive() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let mix: Vec<Article> = std::env::var_os("PARALLAX_EVAL_MIX")
        .map(|d| Corpus::load(&[d.into()]).expect("the mix folder").articles)
        .unwrap_or_default();
    println!();
    println!("related P@1, each split alone and mixed into {} other articles", mix.len());
    println!("(tune: what any weight of the archive's routes was chosen on; heldout: reported)");
    println!(
        "{:<8} {:<7} {:>7}  {:>6} {:>6}  {:>7} {:>7}  {:>7} {:>7}",
        "set", "split", "queries", "topic", "tf-idf", "rel", "rel+mix", "all", "all+mix"
    );
    for set in stories::sets(&root) {
        // `PARALLAX_EVAL_SPLIT=tune` measures the tune splits only (while choosing).
        let only = std::env::var("PARALLAX_EVAL_SPLIT").ok();
        for name in SPLITS.into_iter().filter(|s| only.as_deref().is_none_or(|o| o == *s)) {
            let split = Split::load(&root, &set, name);
            let alone = index_of(&split.articles);
            let all: Vec<Article> = split.articles.iter().chain(&mix).cloned().collect();
            let mixed = index_of(&all);
            drop(all);
            println!(
                "{set:<8} {name:<7} {:>7}  {:>6} {:>6}  {:>7} {:>7}  {:>7} {:>7}",
                split.queries().len(),
                topic_p1(&split, Scoring::Full),
                topic_p1(&split, Scoring::Plain),
                related_p1(&alone, &split),
                related_p1(&mixed, &split),
                related_all_p1(&alone, &split),
                related_all_p1(&mixed, &split),
            );
        }
    }
}
