//! Loading in parallel: files are parsed on worker threads (one per core) and handed
//! back in listing order, so however many threads run, the library is in the same
//! order; progress (count, rate, ETA) is reported as files complete. A huge file only
//! holds up its own worker.

use super::formats::JsonlFields;
use super::source::{Listing, read_one};
use super::{Corpus, PathError, list};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// How to load: JSON Lines field names, worker threads, and where the index cache is.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    pub jsonl: JsonlFields,
    /// Worker threads; 0 means one per available core.
    pub threads: usize,
    pub cache: CacheMode,
}

/// Where [`super::Catalog::load`] keeps its index cache.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CacheMode {
    /// `$XDG_CACHE_HOME/parallax` (or `~/.cache/parallax`).
    #[default]
    Xdg,
    /// This folder (tests, or a user's choice).
    At(PathBuf),
    /// No cache: everything is parsed every time.
    Off,
}

impl LoadOptions {
    pub(crate) fn workers(&self) -> usize {
        match self.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
    }
}

/// How far a load is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Files finished (parsed, or taken from the cache).
    pub done: usize,
    /// Files to read.
    pub total: usize,
    /// Articles found so far.
    pub articles: usize,
    /// Files (or JSON Lines records) skipped so far.
    pub skipped: usize,
    /// Files taken from the cache, unparsed.
    pub cached: usize,
    pub elapsed: Duration,
}

impl Progress {
    /// Files per second so far.
    pub fn rate(&self) -> f64 {
        let s = self.elapsed.as_secs_f64();
        if s > 0.0 { self.done as f64 / s } else { 0.0 }
    }

    /// Time left at the rate so far; `None` before any file is done.
    pub fn eta(&self) -> Option<Duration> {
        let rate = self.rate();
        (self.done > 0 && rate > 0.0)
            .then(|| Duration::from_secs_f64(self.total.saturating_sub(self.done) as f64 / rate))
    }

    pub fn finished(&self) -> bool {
        self.done >= self.total
    }
}

/// How often progress is reported at most (plus once at the end).
pub(crate) const TICK: Duration = Duration::from_millis(50);

/// Lists `paths` and reads every file into a corpus (texts in memory), in parallel,
/// calling `on_progress` as files complete (at most every 50 ms, and once at the end).
pub fn load_with_progress(
    paths: &[PathBuf],
    opts: &LoadOptions,
    on_progress: &mut dyn FnMut(&Progress),
) -> Result<Corpus, PathError> {
    Ok(read_listing(list(paths)?, opts, on_progress))
}

pub(crate) fn read_listing(
    listing: Listing,
    opts: &LoadOptions,
    on_progress: &mut dyn FnMut(&Progress),
) -> Corpus {
    let start = Instant::now();
    let mut corpus =
        Corpus { skipped: listing.skipped, ignored: listing.ignored, ..Corpus::default() };
    let total = listing.files.len();
    let mut t = Ticker::new(start, total);
    let files = &listing.files;
    let formats = &listing.stamps;
    in_order(
        total,
        opts.workers(),
        |i| read_one(&files[i], formats[i].1, &opts.jsonl),
        |step| {
            match step {
                Step::Arrived => t.p.done += 1,
                Step::Ready(_, parsed) => {
                    t.p.articles += parsed.articles.len();
                    t.p.skipped += parsed.skipped.len();
                    corpus.articles.extend(parsed.articles.into_iter().map(|(a, _)| a));
                    corpus.skipped.extend(parsed.skipped);
                }
            }
            t.tick(on_progress);
        },
    );
    on_progress(t.finish());
    corpus
}

/// Progress reported at most every [`TICK`] while work goes on, and once at the end.
pub(crate) struct Ticker {
    start: Instant,
    last: Instant,
    pub p: Progress,
}

impl Ticker {
    pub fn new(start: Instant, total: usize) -> Ticker {
        Ticker { start, last: Instant::now(), p: Progress { total, ..progress_at(start) } }
    }

    /// Reports the progress if a tick has passed since the last report.
    pub fn tick(&mut self, on_progress: &mut dyn FnMut(&Progress)) {
        if self.last.elapsed() >= TICK {
            self.last = Instant::now();
            self.p.elapsed = self.start.elapsed();
            on_progress(&self.p);
        }
    }

    /// The final progress, its time brought up to date.
    pub fn finish(&mut self) -> &Progress {
        self.p.elapsed = self.start.elapsed();
        &self.p
    }
}

pub(crate) fn progress_at(start: Instant) -> Progress {
    Progress { done: 0, total: 0, articles: 0, skipped: 0, cached: 0, elapsed: start.elapsed() }
}

/// What [`in_order`] hands over: a result finished (in any order, for progress), or the
/// next result in index order.
pub(crate) enum Step<T> {
    Arrived,
    Ready(usize, T),
}

/// Runs `work(0..n)` on `threads` workers and hands each result to `ready` on the
/// calling thread, in index order (and says when any result arrives). Workers claim indices in order, so results arrive
/// nearly in order and few wait; a slow item delays only the hand-over of later ones.
pub(crate) fn in_order<T: Send>(
    n: usize,
    threads: usize,
    work: impl Fn(usize) -> T + Sync,
    mut ready: impl FnMut(Step<T>),
) {
    // One worker is this thread: nothing to hand over, no thread to wait for.
    if threads <= 1 || n <= 1 {
        for i in 0..n {
            let t = work(i);
            ready(Step::Arrived);
            ready(Step::Ready(i, t));
        }
        return;
    }
    let next = AtomicUsize::new(0);
    let (tx, rx) = mpsc::channel::<(usize, T)>();
    std::thread::scope(|s| {
        for _ in 0..threads.clamp(1, n.max(1)) {
            let tx = tx.clone();
            let (next, work) = (&next, &work);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n || tx.send((i, work(i))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut waiting: std::collections::BTreeMap<usize, T> = Default::default();
        let mut due = 0;
        for (i, t) in rx {
            ready(Step::Arrived);
            waiting.insert(i, t);
            while let Some(t) = waiting.remove(&due) {
                ready(Step::Ready(due, t));
                due += 1;
            }
        }
    });
}

/// Reads and parses every listed file into a corpus (in parallel, in listing order);
/// failures become skipped entries.
pub fn read(listing: Listing) -> Corpus {
    read_listing(listing, &LoadOptions::default(), &mut |_| {})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order_whatever_the_threads() {
        for threads in [1, 2, 5] {
            let mut got = Vec::new();
            in_order(
                100,
                threads,
                |i| {
                    if i % 7 == 0 {
                        std::thread::sleep(Duration::from_millis(2));
                    }
                    i * 2
                },
                |step| {
                    if let Step::Ready(i, v) = step {
                        got.push((i, v))
                    }
                },
            );
            assert_eq!(got, (0..100).map(|i| (i, i * 2)).collect::<Vec<_>>());
        }
        in_order(0, 2, |i| i, |_| panic!("nothing to do"));
    }

    #[test]
    fn eta_from_the_rate_so_far() {
        let p = Progress {
            done: 50,
            total: 150,
            articles: 50,
            skipped: 0,
            cached: 0,
            elapsed: Duration::from_secs(1),
        };
        assert_eq!(p.rate(), 50.0);
        assert_eq!(p.eta(), Some(Duration::from_secs(2)));
        assert!(!p.finished());
    }
}
