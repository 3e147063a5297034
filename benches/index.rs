//! Topic engine figures. Run with `cargo bench --bench index`.
//!
//! - topics + all-pairs passage links over the five seeds (goal ≤ 5 ms);
//! - `align` of two 10 KB articles, index included (goal ≤ 1 ms);
//! - a generated 1,500-article, 1 MB corpus indexed: topics + relatedness (goal ≤ 50 ms).
//!
//! Each is measured in wall-clock time and in the thread's own CPU time (from
//! `/proc/thread-self/schedstat`), which is what "on one core" means on a busy machine.
//!
//! Lexicons are prepared once per benchmark, as the reader does at start-up, so words
//! already met are not stemmed again; the large corpus is also measured cold.
//!
//! The large corpus is generated here, deterministically, by recombining seed passages
//! with a small seeded PRNG; it is never written to disk.

use criterion::{Criterion, criterion_group, criterion_main};
use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons, Scoring, report};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// xorshift64*: enough randomness to shuffle passages, reproducible everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn seed_paragraphs() -> Vec<String> {
    let seeds = Corpus::seeds();
    seeds
        .articles
        .iter()
        .flat_map(|a| {
            (0..a.passages.len())
                .filter(|&i| a.passages[i].is_content())
                .map(|i| a.passage_text(i).to_string())
        })
        .collect()
}

/// An article of about `bytes` bytes: a title line, then random seed paragraphs.
fn article(rng: &mut Rng, paragraphs: &[String], bytes: usize) -> String {
    let mut text = format!("Generated report {}\n", rng.next() % 10_000);
    while text.len() < bytes {
        text.push('\n');
        text.push_str(&paragraphs[rng.below(paragraphs.len())]);
        text.push('\n');
    }
    text
}

/// CPU time this thread has run (the thread CPU clock, exact to the nanosecond; the
/// scheduler's statistics lag behind a thread that is never descheduled).
fn thread_cpu() -> Option<Duration> {
    cpu_time::ThreadTime::try_now().ok().map(|t| t.as_duration())
}

/// Benchmarks `f` twice: wall-clock time, and this thread's CPU time (what "on one
/// core" means when other work shares the machine; falls back to wall-clock).
fn bench(c: &mut Criterion, name: &str, samples: usize, mut f: impl FnMut() -> usize) {
    let mut group = c.benchmark_group(name);
    group.sample_size(samples);
    group.bench_function("wall", |b| b.iter(|| black_box(f())));
    group.bench_function("cpu", |b| {
        b.iter_custom(|iters| {
            let (cpu, wall) = (thread_cpu(), Instant::now());
            for _ in 0..iters {
                black_box(f());
            }
            match (cpu, thread_cpu()) {
                (Some(start), Some(end)) => end.saturating_sub(start),
                _ => wall.elapsed(),
            }
        })
    });
    group.finish();
}

fn corpus_of(texts: &[String]) -> Corpus {
    let mut corpus = Corpus::default();
    for (i, t) in texts.iter().enumerate() {
        corpus.add(&format!("gen/{i:04}.txt"), t.as_bytes());
    }
    corpus
}

fn seeds(c: &mut Criterion) {
    let corpus = Corpus::seeds();
    let lex = Lexicons::embedded();
    bench(c, "seeds: index + topics + all-pairs links", 100, || {
        let index = Index::of_corpus(&corpus, &lex);
        let topics = index.topics();
        let mut links = 0;
        for a in 0..index.articles.len() {
            for other in (0..index.articles.len()).filter(|&o| o != a) {
                links += index.links(a, other, 3, Scoring::Full).len();
            }
        }
        topics.len() + links
    });
}

fn align(c: &mut Criterion) {
    let paragraphs = seed_paragraphs();
    let mut rng = Rng(0x5eed_a11e);
    let texts = [article(&mut rng, &paragraphs, 10_000), article(&mut rng, &paragraphs, 10_000)];
    let corpus = corpus_of(&texts);
    let (left, right): (&Article, &Article) = (&corpus.articles[0], &corpus.articles[1]);
    let lex = Lexicons::embedded();
    bench(c, "align two 10 KB articles (index included)", 100, || {
        report::align(left, right, 3, &lex).links.len()
    });
}

fn large(c: &mut Criterion) {
    let paragraphs = seed_paragraphs();
    let mut rng = Rng(0x1500_0001);
    // 1,500 articles of about 700 bytes each: about 1 MB.
    let texts: Vec<String> = (0..1500)
        .map(|_| {
            let bytes = 290 + rng.below(420);
            article(&mut rng, &paragraphs, bytes)
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let corpus = corpus_of(&texts);
    println!("generated corpus: {} articles, {} bytes", corpus.articles.len(), bytes);
    let lex = Lexicons::embedded();
    bench(c, "1,500 articles / 1 MB: index + topics + related", 20, || {
        let index = Index::of_corpus(&corpus, &lex);
        index.topics().len() + index.related(3).len()
    });
    // The same with fresh lexicons each time: every word folded and stemmed anew, as
    // in a process that indexes once.
    bench(c, "1,500 articles / 1 MB, cold: lexicons + index + topics + related", 20, || {
        let lex = Lexicons::embedded();
        let index = Index::of_corpus(&corpus, &lex);
        index.topics().len() + index.related(3).len()
    });
}

criterion_group!(benches, seeds, align, large);
criterion_main!(benches);
