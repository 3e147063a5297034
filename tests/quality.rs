//! Quality of the topic engine, measured on the project's own labelled data.
//!
//! Prints, next to a plain TF-IDF cosine baseline computed by the same code:
//! counterpart accuracy@1 and hit@3 of `align` on hand-labelled seed passages
//! (`tests/quality/align.toml`), and related-article precision@1 on a corpus with known
//! story groups (`tests/quality/stories.toml`). Run with
//! `cargo test --test quality -- --nocapture` to see the table.

use parallax::corpus::{Article, Corpus};
use parallax::index::report::align_scored;
use parallax::index::{Index, Lexicons, Scoring, Weights};
use parallax::text::Aliases;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

// Regression guards on labels written beside the engine (so tuned figures). The
// engine's link settings are chosen on public news instead (`tests/eval_gate.rs`);
// there, a link's evidence cuts some weak counterparts these labels expect, and
// hit@3 went from 0.84 to 0.80 while different-story links fell from about half of
// all passages to under 2 %.
const ACC1_GOAL: f64 = 0.55;
const HIT3_GOAL: f64 = 0.78;
const RELATED_GOAL: f64 = 0.80;

#[derive(Deserialize)]
struct AlignLabels {
    pair: Vec<Pair>,
}

#[derive(Deserialize)]
struct Pair {
    left: String,
    right: String,
    link: Vec<Label>,
}

#[derive(Deserialize)]
struct Label {
    left: String,
    right: Vec<String>,
}

#[derive(Deserialize)]
struct Stories {
    groups: BTreeMap<String, Vec<String>>,
}

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/quality").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn article<'a>(corpus: &'a Corpus, file: &str) -> &'a Article {
    let found: Vec<_> = corpus.articles.iter().filter(|a| a.path.ends_with(file)).collect();
    assert_eq!(found.len(), 1, "{file} should name exactly one article");
    found[0]
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The content passage whose text starts with `prefix`; the label must name exactly one.
fn passage(article: &Article, prefix: &str) -> usize {
    let prefix = squash(prefix);
    let found: Vec<usize> = (0..article.passages.len())
        .filter(|&i| article.passages[i].is_content())
        .filter(|&i| squash(article.passage_text(i)).starts_with(&prefix))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "label {prefix:?} names {} passages of {}",
        found.len(),
        article.path
    );
    found[0]
}

struct AlignScore {
    queries: usize,
    acc1: f64,
    hit3: f64,
}

/// How `align` ranks counterparts under one configuration.
#[derive(Clone, Copy)]
enum Setup {
    /// `report::align_scored`, as the CLI runs it.
    Report(Scoring),
    /// The full scoring with other weights or lexicons (an ablation).
    Ablated { weights: Weights, aliases: bool, concepts: bool },
}

fn align_quality(setup: Setup) -> AlignScore {
    let corpus = Corpus::seeds();
    let full = Lexicons::embedded();
    let lex = match setup {
        Setup::Ablated { aliases, concepts, .. } => Lexicons::new(
            if aliases { full.aliases.clone() } else { Aliases::default() },
            if concepts { full.topics.clone() } else { Vec::new() },
        ),
        Setup::Report(_) => full,
    };
    let labels: AlignLabels = toml::from_str(&data("align.toml")).expect("align.toml parses");
    let (mut queries, mut at1, mut at3) = (0, 0, 0);
    for pair in &labels.pair {
        let (left, right) = (article(&corpus, &pair.left), article(&corpus, &pair.right));
        let ranked_by_left: Vec<(usize, Vec<usize>)> = match setup {
            Setup::Report(scoring) => align_scored(left, right, 3, &lex, scoring)
                .links
                .into_iter()
                .map(|l| (l.left, l.matches.iter().map(|m| m.right).collect()))
                .collect(),
            Setup::Ablated { weights, .. } => Index::build_with(vec![left, right], &lex, weights)
                .links(0, 1, 3, Scoring::Full)
                .into_iter()
                .map(|l| (l.left, l.matches.iter().map(|m| m.right).collect()))
                .collect(),
        };
        for label in &pair.link {
            let l = passage(left, &label.left);
            let gold: Vec<usize> = label.right.iter().map(|r| passage(right, r)).collect();
            let ranked: &[usize] =
                ranked_by_left.iter().find(|(k, _)| *k == l).map_or(&[], |(_, r)| r.as_slice());
            queries += 1;
            at1 += usize::from(ranked.first().is_some_and(|r| gold.contains(r)));
            at3 += usize::from(ranked.iter().take(3).any(|r| gold.contains(r)));
        }
    }
    AlignScore { queries, acc1: at1 as f64 / queries as f64, hit3: at3 as f64 / queries as f64 }
}

fn story_corpus() -> (Corpus, Vec<String>) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/stories");
    let mut corpus = Corpus::load(&[dir]).expect("story fixtures load");
    corpus.articles.extend(Corpus::seeds().articles);
    let stories: Stories = toml::from_str(&data("stories.toml")).expect("stories.toml parses");
    let group_of = |path: &str| {
        let hits: Vec<&String> = stories
            .groups
            .iter()
            .filter(|(_, files)| files.iter().any(|f| path.ends_with(f.as_str())))
            .map(|(g, _)| g)
            .collect();
        assert_eq!(hits.len(), 1, "{path} should be in exactly one story group");
        hits[0].clone()
    };
    let groups = corpus.articles.iter().map(|a| group_of(&a.path)).collect();
    (corpus, groups)
}

fn related_precision(scoring: Scoring) -> (usize, f64) {
    let (corpus, groups) = story_corpus();
    let index = Index::of_corpus(&corpus, &Lexicons::embedded());
    let related = index.related_scored(1, scoring);
    let right = related
        .iter()
        .enumerate()
        .filter(|(a, r)| r.first().is_some_and(|&(b, _)| groups[b] == groups[*a]))
        .count();
    (related.len(), right as f64 / related.len() as f64)
}

#[test]
fn quality_meets_the_goals() {
    let full = align_quality(Setup::Report(Scoring::Full));
    let plain = align_quality(Setup::Report(Scoring::Plain));
    let (articles, rel_full) = related_precision(Scoring::Full);
    let (_, rel_plain) = related_precision(Scoring::Plain);
    println!();
    println!(
        "topic engine quality ({} labelled passages, {articles} articles in story groups)",
        full.queries
    );
    println!("{:<28} {:>10} {:>10} {:>8}", "measure", "parallax", "tf-idf", "goal");
    println!(
        "{:<28} {:>10.3} {:>10.3} {:>8.2}",
        "align accuracy@1", full.acc1, plain.acc1, ACC1_GOAL
    );
    println!("{:<28} {:>10.3} {:>10.3} {:>8.2}", "align hit@3", full.hit3, plain.hit3, HIT3_GOAL);
    println!(
        "{:<28} {:>10.3} {:>10.3} {:>8.2}",
        "related precision@1", rel_full, rel_plain, RELATED_GOAL
    );
    // What each feature brings: the full scoring with one feature taken out.
    let base = Weights::default();
    let ablations = [
        ("without aliases", Setup::Ablated { weights: base, aliases: false, concepts: true }),
        (
            "without concept groups",
            Setup::Ablated { weights: base, aliases: true, concepts: false },
        ),
        (
            "concept groups weigh 1",
            Setup::Ablated {
                weights: Weights { concept: 1.0, ..base },
                aliases: true,
                concepts: true,
            },
        ),
        (
            "without neighbour context",
            Setup::Ablated {
                weights: Weights { context: 0.0, ..base },
                aliases: true,
                concepts: true,
            },
        ),
        (
            "without name boost",
            Setup::Ablated {
                weights: Weights { names: 1.0, ..base },
                aliases: true,
                concepts: true,
            },
        ),
    ];
    println!();
    println!("{:<28} {:>10} {:>10}", "align, full scoring", "acc@1", "hit@3");
    println!("{:<28} {:>10.3} {:>10.3}", "as shipped", full.acc1, full.hit3);
    for (name, setup) in ablations {
        let a = align_quality(setup);
        println!("{:<28} {:>10.3} {:>10.3}", name, a.acc1, a.hit3);
    }
    assert!(full.queries >= 80, "the labelled set should stay substantial");
    assert!(full.acc1 >= ACC1_GOAL, "accuracy@1 {:.3} below {ACC1_GOAL}", full.acc1);
    assert!(full.hit3 >= HIT3_GOAL, "hit@3 {:.3} below {HIT3_GOAL}", full.hit3);
    assert!(rel_full >= RELATED_GOAL, "related precision@1 {rel_full:.3} below {RELATED_GOAL}");
    assert!(full.acc1 > plain.acc1 && full.hit3 > plain.hit3, "should beat the plain baseline");
}
