//! Large-archive figures. Run with `cargo bench --bench archive`.
//!
//! Generates deterministic archives (default 10k and 100k articles of 2–10 KB, mixed
//! formats, 1% broken; see `support/archive.rs`) and measures, each phase in a child
//! process of its own so its peak RSS (VmHWM) is its own:
//! - cold load of the library (parse everything, write the index cache);
//! - warm start (cache read, files only stat'ed) to a usable library;
//! - every article's text in memory (what the topic index needs);
//! - the topic index as the reader builds it at start (`Knowledge::build`: index,
//!   topics, related);
//! - the archive index: cold (every article indexed) with its size beside the
//!   archive's, warm, 100 files added and removed again, a search's first page, and
//!   related articles of one article;
//! - `rg -c WORD DIR` (or `grep -rc` without ripgrep) on the same archive, as the floor;
//! - the real reader (release binary in a pseudo-terminal at 160×45): spawn to a
//!   usable, fully listed library, cold and then warm; its peak RSS after a pair opens;
//! - one filter keystroke over the titles of the largest archive, through the
//!   library's own code (nucleo-matcher, narrowing, positions for rows in view), and
//!   the alternatives it was chosen over: fuzzy-matcher, nucleo without narrowing.
//!
//! Environment: `PARALLAX_ARCHIVE_SIZES` (default `10000,100000`), `PARALLAX_ARCHIVE_DIR`
//! (where archives are kept between runs; default a temporary folder),
//! `PARALLAX_INDEX_MAX` (largest archive the topic index is built for; default 10000),
//! `PARALLAX_PHASE_TIMEOUT` (seconds per phase, default 300).
//!
//! Write an archive to a folder: `cargo bench --bench archive -- --generate DIR 100000 [SEED]`.

#[path = "support/archive.rs"]
mod archive;
#[path = "../tests/support/mod.rs"]
mod support;

use criterion::Criterion;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use parallax::archive::{ArchiveIndex, Disk};
use parallax::corpus::{self, CacheMode, Catalog, LoadOptions};
use parallax::index::{Index, Lexicons};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: u64 = 2024;
/// Queries for the archive search: one word, common and rare, and several.
const QUERIES: [&str; 6] =
    ["Geneva", "ceasefire", "Kyiv talks", "power grid", "Zaporizhzhia nuclear plant", "the"];

/// Bytes of the files under `dir`.
fn folder_bytes(dir: &Path) -> u64 {
    std::fs::read_dir(dir).map_or(0, |entries| {
        (entries.flatten())
            .filter_map(|e| Some((e.path(), e.metadata().ok()?)))
            .map(|(p, m)| if m.is_dir() { folder_bytes(&p) } else { m.len() })
            .sum()
    })
}
const WORD: &str = "Geneva";

fn vm_hwm_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One phase, in this (child) process; prints `secs=… rss_mb=… detail`.
fn phase(name: &str, dir: &Path, cache: &Path) {
    let paths = [dir.to_path_buf()];
    let opts = LoadOptions { cache: CacheMode::At(cache.to_path_buf()), ..LoadOptions::default() };
    let t = Instant::now();
    let detail = match name {
        "cold" | "warm" => {
            let cat = Catalog::load(&paths, &opts, &mut |_| {}).expect("load");
            format!(
                "articles={} skipped={} ignored={} parsed={} cached={}",
                cat.len(),
                cat.skipped.len(),
                cat.ignored,
                cat.parsed,
                cat.from_cache
            )
        }
        "texts" => {
            let c = corpus::load_with_progress(&paths, &opts, &mut |_| {}).expect("load");
            let bytes: usize = c.articles.iter().map(|a| a.text.len()).sum();
            format!("articles={} text_mb={:.0}", c.articles.len(), bytes as f64 / 1e6)
        }
        "index" => {
            let c = corpus::load_with_progress(&paths, &opts, &mut |_| {}).expect("load");
            let loaded = t.elapsed();
            let lex = Lexicons::embedded();
            let t2 = Instant::now();
            let index = Index::of_corpus(&c, &lex);
            let built = t2.elapsed();
            let topics = index.topics();
            let related = index.related(3);
            format!(
                "load={:.2}s index={:.2}s topics+related={:.2}s topics={} related={}",
                loaded.as_secs_f64(),
                built.as_secs_f64(),
                (t2.elapsed() - built).as_secs_f64(),
                topics.len(),
                related.len()
            )
        }
        "archive-cold" | "archive-warm" => {
            let cat = Catalog::load(&paths, &opts, &mut |_| {}).expect("load");
            let listed = t.elapsed();
            let dir = corpus::archive_dir(&paths, &opts);
            let mut index = Disk::open(dir.as_deref(), &Lexicons::embedded());
            let up = index.update(&cat, &mut |_| {}).expect("update");
            let size: u64 = dir.map_or(0, |d| folder_bytes(&d));
            let archive = folder_bytes(paths[0].as_path());
            format!(
                "listed={:.2}s added={} total={} index_mb={:.0} ({:.2} x the archive) warning={:?}",
                listed.as_secs_f64(),
                up.added,
                up.total,
                size as f64 / 1e6,
                size as f64 / archive.max(1) as f64,
                index.warning
            )
        }
        "archive-add" => {
            // A day's delivery: 100 new articles in a folder of their own, then gone again.
            let added = dir.join("added-100");
            let _ = std::fs::remove_dir_all(&added);
            archive::generate(&added, 100, SEED + 1).expect("generate");
            let update = |what: &str| {
                let t = Instant::now();
                let cat = Catalog::load(&paths, &opts, &mut |_| {}).expect("load");
                let listed = t.elapsed();
                let at = corpus::archive_dir(&paths, &opts);
                let mut index = Disk::open(at.as_deref(), &Lexicons::embedded());
                let up = index.update(&cat, &mut |_| {}).expect("update");
                format!(
                    "{what}: secs={:.3} (listed {:.3}) added={} removed={} total={}",
                    t.elapsed().as_secs_f64(),
                    listed.as_secs_f64(),
                    up.added,
                    up.removed,
                    up.total
                )
            };
            let add = update("100 files added");
            std::fs::remove_dir_all(&added).expect("remove the added files");
            let remove = update("removed again");
            format!("{add}; {remove}")
        }
        "archive-search" => {
            let dir = corpus::archive_dir(&paths, &opts);
            let index = Disk::open(dir.as_deref(), &Lexicons::embedded());
            let opened = t.elapsed();
            let ms = percentiles(QUERIES.iter().cycle().take(200), |q| {
                black_box(index.search(q, 20).expect("search"));
            });
            format!("opened={:.3}s first_page_ms {ms}", opened.as_secs_f64())
        }
        "archive-related" => {
            // The reader's related articles of the selected row (its text already read
            // for the preview), for 200 articles spread over the library.
            let cat = Catalog::load(&paths, &opts, &mut |_| {}).expect("load");
            let dir = corpus::archive_dir(&paths, &opts);
            let index = Disk::open(dir.as_deref(), &Lexicons::embedded());
            let opened = t.elapsed();
            let every = (0..cat.len()).step_by((cat.len() / 200).max(1)).take(200);
            let articles: Vec<_> = every.filter_map(|i| cat.article(i).ok()).collect();
            let ms = percentiles(articles.iter(), |a| drop(black_box(index.related(a, 3))));
            format!("opened={:.3}s related_ms {ms}", opened.as_secs_f64())
        }
        other => panic!("unknown phase {other}"),
    };
    println!("secs={:.3} rss_mb={:.0} {detail}", t.elapsed().as_secs_f64(), vm_hwm_mb());
}

/// Times `f` on each item: p50, p99 and max in milliseconds.
fn percentiles<T>(items: impl Iterator<Item = T>, mut f: impl FnMut(T)) -> String {
    let mut ms: Vec<f64> = Vec::new();
    for x in items {
        let t = Instant::now();
        f(x);
        ms.push(t.elapsed().as_secs_f64() * 1e3);
    }
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((ms.len().max(1) - 1) as f64 * p) as usize];
    format!("p50={:.2} p99={:.2} max={:.2}", at(0.5), at(0.99), at(1.0))
}

/// Runs a phase in a child process, killed after the phase timeout.
fn run_phase(name: &str, dir: &Path, cache: &Path) -> String {
    let exe = std::env::current_exe().expect("own path");
    let mut child = Command::new(exe)
        .args(["--phase", name])
        .arg(dir)
        .arg(cache)
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn phase");
    let limit = Duration::from_secs(env_usize("PARALLAX_PHASE_TIMEOUT", 300) as u64);
    let start = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            return format!("did not finish in {}s (killed)", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output().expect("phase output");
    String::from_utf8_lossy(&out.stdout).trim().to_owned()
}

/// Counting the files that hold the word, the plainest search there is: ripgrep, or
/// `grep -rc` where ripgrep is not installed (it is not a dependency of the project).
fn grep_floor(dir: &Path) -> String {
    let t = Instant::now();
    let rg = Command::new("rg").args(["-c", WORD]).arg(dir).stdout(Stdio::piped()).output();
    let (tool, out) = match rg {
        Ok(out) => ("rg -c", out),
        Err(_) => {
            let grep =
                Command::new("grep").args(["-rc", WORD]).arg(dir).stdout(Stdio::piped()).output();
            match grep {
                Ok(out) => ("grep -rc", out),
                Err(_) => return "neither rg nor grep installed".into(),
            }
        }
    };
    // grep names every file, with 0 where the word is not.
    let files = String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.ends_with(":0")).count();
    format!("{tool}: secs={:.3} files_with_match={files}", t.elapsed().as_secs_f64())
}

/// The archive of `n` articles, generated once (kept when `PARALLAX_ARCHIVE_DIR` is set).
fn archive_dir(base: &Path, n: usize) -> PathBuf {
    let dir = base.join(format!("archive-{n}-{SEED}"));
    let done = base.join(format!("archive-{n}-{SEED}.done"));
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        let t = Instant::now();
        let g = archive::generate(&dir, n, SEED).expect("generate");
        println!(
            "generated {n} articles: {} files, {:.0} MB, {} broken, {} ignored, in {:.1}s",
            g.files,
            g.bytes as f64 / 1e6,
            g.broken.len(),
            g.ignored,
            t.elapsed().as_secs_f64()
        );
        std::fs::write(&done, b"").expect("marker");
    }
    dir
}

fn figures(base: &Path, titles_from: &mut Option<PathBuf>) {
    let sizes: Vec<usize> = std::env::var("PARALLAX_ARCHIVE_SIZES")
        .unwrap_or_else(|_| "10000,100000".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    let index_max = env_usize("PARALLAX_INDEX_MAX", 10_000);
    println!(
        "\n== large archives (cores: {}) ==",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    for n in sizes {
        let dir = archive_dir(base, n);
        let cache = base.join(format!("cache-{n}"));
        let _ = std::fs::remove_dir_all(&cache);
        println!("-- {n} articles ({})", dir.display());
        println!("cold library (parse all, write cache): {}", run_phase("cold", &dir, &cache));
        println!("warm start (cache, stat only):         {}", run_phase("warm", &dir, &cache));
        println!("all texts in memory:                   {}", run_phase("texts", &dir, &cache));
        if n <= index_max {
            println!("topic index (Knowledge::build):        {}", run_phase("index", &dir, &cache));
        } else {
            println!("topic index: not run above PARALLAX_INDEX_MAX={index_max}");
        }
        println!(
            "archive index, cold (read, index all):  {}",
            run_phase("archive-cold", &dir, &cache)
        );
        println!(
            "archive index, warm (nothing to do):    {}",
            run_phase("archive-warm", &dir, &cache)
        );
        println!(
            "archive index, 100 files added, removed: {}",
            run_phase("archive-add", &dir, &cache)
        );
        println!(
            "archive search (20 hits, 200 queries):  {}",
            run_phase("archive-search", &dir, &cache)
        );
        println!(
            "related of one selected article (200):  {}",
            run_phase("archive-related", &dir, &cache)
        );
        println!("{WORD} counted per file (the floor):  {}", grep_floor(&dir));
        let xdg = base.join(format!("reader-cache-{n}"));
        let _ = std::fs::remove_dir_all(&xdg);
        println!("reader, cold (no cache; topics from the archive index): {}", reader(&dir, &xdg));
        println!("reader, warm:                          {}", reader(&dir, &xdg));
        *titles_from = Some(dir);
    }
}

/// The reader binary on `dir` in a pty, its index cache under `xdg`: seconds from
/// spawn to the whole library listed (no progress bar), then to the corpus-wide topics
/// ready (`t` lists them; with the archive index up to date, related articles are
/// too), then peak RSS once a pair is open (two texts read on demand).
fn reader(dir: &Path, xdg: &Path) -> String {
    use support::{Opts, Term, keys};
    let limit = Duration::from_secs(env_usize("PARALLAX_PHASE_TIMEOUT", 300) as u64);
    let opts = Opts::size(160, 45).env("XDG_CACHE_HOME", &xdg.display().to_string());
    let t0 = Instant::now();
    let t = Term::parallax_with(&["--fresh", &dir.display().to_string()], opts);
    let listed = |s: &vt100::Screen| {
        let header = s.contents_between(0, 0, 0, s.size().1.get());
        header.contains(" articles") && !header.contains('[')
    };
    while !t.with_screen(listed) {
        if t0.elapsed() > limit {
            return format!("not listed in {}s", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let secs = t0.elapsed().as_secs_f64();
    let header = t.with_screen(|s| s.contents_between(0, 0, 0, s.size().1.get()));
    t.send("t");
    let topics = |s: &vt100::Screen| {
        let c = s.contents();
        c.contains("Topics · ") && !c.contains("indexing topics") && c.contains('◇')
    };
    while !t.with_screen(topics) {
        if t0.elapsed() > limit {
            return format!("usable_secs={secs:.3}, topics not ready in {}s", limit.as_secs());
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let topics_secs = t0.elapsed().as_secs_f64();
    t.send(keys::ESC);
    t.wait_until("the topics closed", limit, |s| !s.contents().contains("Topics · "));
    t.send(keys::ENTER);
    t.send(keys::ENTER);
    t.wait_until("a pair open", limit, |s| s.contents().contains('▶'));
    let rss = std::fs::read_to_string(format!("/proc/{}/status", t.pid()))
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with("VmHWM:"))?.to_owned();
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0);
    t.send("q");
    format!(
        "usable_secs={secs:.3} topics_secs={topics_secs:.3} rss_mb={rss:.0} [{}]",
        header.trim()
    )
}

/// The largest archive's library as the reader lists it (stubs), and its titles (+
/// bylines, as the library filters them).
fn targets(dir: &Path) -> (corpus::Corpus, Vec<String>) {
    let opts = LoadOptions { cache: CacheMode::Off, ..LoadOptions::default() };
    let cat = Catalog::load(&[dir.to_path_buf()], &opts, &mut |_| {}).expect("load");
    let stubs = corpus::Corpus {
        articles: cat.entries.iter().map(|e| e.stub()).collect(),
        ..corpus::Corpus::default()
    };
    let titles = cat
        .entries
        .iter()
        .map(|e| match &e.byline {
            Some(b) => format!("{} {}", e.title, b),
            None => e.title.clone(),
        })
        .collect();
    (stubs, titles)
}

/// One keystroke in the library's filter box, through the library's own code: the
/// list as it stands after `before` was typed, then `key`.
fn library_keystroke(c: &mut Criterion, corpus: &corpus::Corpus) {
    use parallax::app::{Action, Library};
    let n = corpus.articles.len();
    let typed = |text: &str| {
        let mut lib = Library::new(corpus);
        for ch in text.chars() {
            lib.query.edit(Action::Input(ch));
            lib.refilter(corpus);
        }
        lib
    };
    // Warm the filter's per-title data, as the first keystroke of a session does.
    let mut base = typed("x");
    base.query.clear();
    base.refilter(corpus);
    for (before, key) in [("", 'g'), ("ge", 'n'), ("genev", 'a'), ("geneva", ' ')] {
        let start = {
            let mut lib = base.clone();
            for ch in before.chars() {
                lib.query.edit(Action::Input(ch));
                lib.refilter(corpus);
            }
            lib
        };
        c.bench_function(
            &format!("library filter: {before:?} + {key:?} over {n} titles (the reader's code)"),
            |b| {
                b.iter_batched(
                    || start.clone(),
                    |mut lib| {
                        lib.query.edit(Action::Input(key));
                        lib.refilter(corpus);
                        black_box(lib.rows.len())
                    },
                    criterion::BatchSize::LargeInput,
                )
            },
        );
    }
}

fn keystroke(c: &mut Criterion, targets: &[String]) {
    let skim = SkimMatcherV2::default().ignore_case();
    let n = targets.len();
    for q in ["g", "gen", "geneva"] {
        c.bench_function(
            &format!("filter keystroke {q:?} over {n} titles: fuzzy-matcher indices + sort"),
            |b| {
                b.iter(|| {
                    let mut hits: Vec<(i64, usize, Vec<usize>)> = targets
                        .iter()
                        .enumerate()
                        .filter_map(|(i, t)| skim.fuzzy_indices(t, q).map(|(s, ix)| (s, i, ix)))
                        .collect();
                    hits.sort_by_key(|h| std::cmp::Reverse(h.0));
                    black_box(hits.len())
                })
            },
        );
        c.bench_function(
            &format!("filter keystroke {q:?} over {n} titles: fuzzy-matcher score only + sort"),
            |b| {
                b.iter(|| {
                    let mut hits: Vec<(i64, usize)> = targets
                        .iter()
                        .enumerate()
                        .filter_map(|(i, t)| skim.fuzzy_match(t, q).map(|s| (s, i)))
                        .collect();
                    hits.sort_by_key(|h| std::cmp::Reverse(h.0));
                    black_box(hits.len())
                })
            },
        );
        use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
        let mut m = nucleo_matcher::Matcher::new(nucleo_matcher::Config::DEFAULT);
        let pattern = Pattern::parse(q, CaseMatching::Ignore, Normalization::Smart);
        let mut buf = Vec::new();
        c.bench_function(
            &format!("filter keystroke {q:?} over {n} titles: nucleo-matcher score + sort"),
            |b| {
                b.iter(|| {
                    let mut hits: Vec<(u32, usize)> = targets
                        .iter()
                        .enumerate()
                        .filter_map(|(i, t)| {
                            pattern
                                .score(nucleo_matcher::Utf32Str::new(t, &mut buf), &mut m)
                                .map(|s| (s, i))
                        })
                        .collect();
                    hits.sort_by_key(|h| std::cmp::Reverse(h.0));
                    black_box(hits.len())
                })
            },
        );
        // Incremental narrowing: the keystroke that extends the query rescores only
        // the previous query's hits.
        if q.len() > 1 {
            let prev =
                Pattern::parse(&q[..q.len() - 1], CaseMatching::Ignore, Normalization::Smart);
            let narrowed: Vec<usize> = (0..n)
                .filter(|&i| {
                    prev.score(nucleo_matcher::Utf32Str::new(&targets[i], &mut buf), &mut m)
                        .is_some()
                })
                .collect();
            c.bench_function(
                &format!(
                    "filter keystroke {q:?} over {n} titles: nucleo-matcher narrowing from {} hits",
                    narrowed.len()
                ),
                |b| {
                    b.iter(|| {
                        let mut hits: Vec<(u32, usize)> = narrowed
                            .iter()
                            .filter_map(|&i| {
                                pattern
                                    .score(
                                        nucleo_matcher::Utf32Str::new(&targets[i], &mut buf),
                                        &mut m,
                                    )
                                    .map(|s| (s, i))
                            })
                            .collect();
                        hits.sort_by_key(|h| std::cmp::Reverse(h.0));
                        black_box(hits.len())
                    })
                },
            );
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--generate") {
        let dir = PathBuf::from(args.get(at + 1).expect("--generate DIR N [SEED]"));
        let n = args.get(at + 2).and_then(|s| s.parse().ok()).expect("--generate DIR N [SEED]");
        let seed = args.get(at + 3).and_then(|s| s.parse().ok()).unwrap_or(SEED);
        let g = archive::generate(&dir, n, seed).expect("generate");
        println!(
            "{n} articles in {}: {} files, {:.0} MB, {} broken (reported as skipped), {} ignored",
            dir.display(),
            g.files,
            g.bytes as f64 / 1e6,
            g.broken.len(),
            g.ignored
        );
        return;
    }
    if let Some(at) = args.iter().position(|a| a == "--phase") {
        phase(&args[at + 1], Path::new(&args[at + 2]), Path::new(&args[at + 3]));
        return;
    }
    let tmp = tempfile::tempdir().expect("tempdir");
    let base = std::env::var_os("PARALLAX_ARCHIVE_DIR")
        .map_or_else(|| tmp.path().to_path_buf(), PathBuf::from);
    let mut titles_from = None;
    figures(&base, &mut titles_from);
    if let Some(dir) = titles_from {
        let (stubs, targets) = targets(&dir);
        let mut c = Criterion::default()
            .sample_size(10)
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(3))
            .configure_from_args();
        library_keystroke(&mut c, &stubs);
        keystroke(&mut c, &targets);
        c.final_summary();
    }
}
