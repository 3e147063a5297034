//! Related articles ("closest other takes") measured on public news grouped by story,
//! beside plain whole-article TF-IDF cosine from the same code and the same run.
//!
//! For each split, one index over all its articles; P@1 is the share of articles with a
//! story-mate whose closest article is of their story. What the library knows beside
//! the words (headline, outlet, date) is weighed by a grid chosen on the `tune` splits
//! of every set together (one setting), and its figures printed for `heldout`.
//!
//! `PARALLAX_EVAL_DIR=/path cargo test --release --test eval_related -- --ignored --nocapture`
//! (the layout `tests/eval/stories.rs` reads).

#[path = "eval/stories.rs"]
mod stories;

use parallax::index::{Index, Lexicons, Relate, Scoring};
use stories::{SPLITS, Split};

const HEADLINE: [f32; 5] = [0.0, 0.1, 0.25, 0.5, 1.0];
const SAME_OUTLET: [f32; 5] = [1.0, 0.9, 0.8, 0.7, 0.5];
const HALF_DAYS: [f32; 5] = [0.0, 3.0, 7.0, 30.0, 180.0];

fn grid() -> impl Iterator<Item = Relate> {
    HEADLINE.into_iter().flat_map(|headline| {
        SAME_OUTLET.into_iter().flat_map(move |same_outlet| {
            HALF_DAYS.into_iter().map(move |half_days| Relate { headline, same_outlet, half_days })
        })
    })
}

fn precision(index: &Index, split: &Split, scoring: Scoring, relate: Relate) -> f64 {
    let queries = split.queries();
    let related = index.related_with(1, scoring, relate);
    let right = queries
        .iter()
        .filter(|&&a| related[a].first().is_some_and(|&(b, _)| split.story[b] == split.story[a]))
        .count();
    right as f64 / queries.len().max(1) as f64
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with story-grouped news data; prints the table"]
fn related_on_public_news() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    let splits: Vec<(String, &str, Split)> = stories::sets(&root)
        .into_iter()
        .flat_map(|set| SPLITS.map(|split| (set.clone(), split)))
        .map(|(set, split)| {
            let s = Split::load(&root, &set, split);
            (set, split, s)
        })
        .collect();
    let indexes: Vec<Index> = splits
        .iter()
        .map(|(_, _, s)| Index::build(s.articles.iter().collect(), &lexicons))
        .collect();
    let tune: Vec<usize> = (0..splits.len()).filter(|&i| splits[i].1 == "tune").collect();
    let mut best = (f64::MIN, Relate::WORDS);
    for relate in grid() {
        let mean = tune
            .iter()
            .map(|&i| precision(&indexes[i], &splits[i].2, Scoring::Full, relate))
            .sum::<f64>()
            / tune.len().max(1) as f64;
        if mean > best.0 + 1e-9 {
            best = (mean, relate);
        }
    }
    let (shipped, chosen) = (Relate::default(), best.1);
    println!();
    println!("related P@1: closest other article in the same story, one index per split");
    println!(
        "chosen on tune: headline {:.2}, same outlet ×{:.2}, half-life {} days; shipped: headline {:.2}, same outlet ×{:.2}, half-life {} days",
        chosen.headline,
        chosen.same_outlet,
        chosen.half_days,
        shipped.headline,
        shipped.same_outlet,
        shipped.half_days
    );
    println!(
        "{:<10} {:<8} {:>8} {:>8} {:>10} {:>10} {:>10}",
        "set", "split", "queries", "tf-idf", "words", "shipped", "chosen"
    );
    for (i, (set, split, s)) in splits.iter().enumerate() {
        let at = |scoring, relate| precision(&indexes[i], s, scoring, relate);
        println!(
            "{:<10} {:<8} {:>8} {:>8.3} {:>10.3} {:>10.3} {:>10.3}",
            set,
            split,
            s.queries().len(),
            at(Scoring::Plain, Relate::WORDS),
            at(Scoring::Full, Relate::WORDS),
            at(Scoring::Full, shipped),
            at(Scoring::Full, chosen)
        );
    }
}
