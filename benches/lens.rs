//! Framing lens figures. Run with `cargo bench --bench lens`.
//!
//! - `Lens::build` on two ~10 KB articles made from the seeds (goal: well under 5 ms),
//!   index for the figure pairs included;
//! - the seed pair 000/002 as the reader opens it;
//! - `topic_table` for the most widespread topic over the five seeds.

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons};
use parallax::lens::{Framing, Lens, topic_table};
use std::hint::black_box;

/// About `bytes` of article text: the seed passages taken in turn from `start`.
fn article(seeds: &Corpus, start: usize, bytes: usize) -> Article {
    let mut text = String::new();
    let passages: Vec<&str> = seeds
        .articles
        .iter()
        .flat_map(|a| {
            (0..a.passages.len()).filter(|&i| a.passages[i].is_content()).map(|i| a.passage_text(i))
        })
        .collect();
    let mut i = start;
    while text.len() < bytes {
        text.push_str(passages[i % passages.len()].trim());
        text.push_str("\n\n");
        i += 7;
    }
    Article::parse("bench.txt", &text, None)
}

fn bench(c: &mut Criterion) {
    let seeds = Corpus::seeds();
    let lex = Lexicons::embedded();
    let framing = Framing::embedded();
    let (a, b) = (article(&seeds, 0, 10_000), article(&seeds, 3, 10_000));
    // Prepare the lexicons once, as the reader does at start-up.
    let _ = Lens::build(&a, &b, &lex, &framing);
    c.bench_function("lens of two 10 KB articles", |bench| {
        bench.iter(|| Lens::build(black_box(&a), black_box(&b), &lex, &framing))
    });
    let (l, r) = (&seeds.articles[0], &seeds.articles[2]);
    c.bench_function("lens of seeds 000/002", |bench| {
        bench.iter(|| Lens::build(black_box(l), black_box(r), &lex, &framing))
    });
    let index = Index::of_corpus(&seeds, &lex);
    let topics = index.topics();
    let articles: Vec<&Article> = seeds.articles.iter().collect();
    if let Some(topic) = topics.iter().max_by_key(|t| t.passages.len()) {
        c.bench_function("topic table over the seeds", |bench| {
            bench.iter(|| topic_table(black_box(topic), &articles))
        });
    }
    c.bench_function("framing lexicon parse", |bench| bench.iter(Framing::embedded));
}

criterion_group!(benches, bench);
criterion_main!(benches);
