//! Passage links and related articles measured on public news data grouped by story,
//! data nobody tuned the engine on, beside a plain TF-IDF baseline from the same run.
//!
//! The data lives outside the repository, laid out as
//! `$PARALLAX_EVAL_DIR/<set>/<split>/<story>/<n>.txt` (headline, blank line, paragraphs
//! separated by blank lines), `<split>` being `tune` or `heldout`. Run with
//!
//! ```text
//! PARALLAX_EVAL_DIR=/work/data cargo test --release --test eval_links -- --ignored --nocapture
//! ```
//!
//! For every set and split it prints:
//! - **passage links**: over pairs of articles on the same story, and every pair of
//!   articles on different stories, the share of the left article's content passages that
//!   get at least one link. parallax aligns each pair as the reader does (an index of
//!   just the two articles, full scoring, `MIN_SCORE`). The baseline is plain TF-IDF
//!   cosine between paragraphs with IDF over the whole split, linked when the best
//!   cosine reaches one threshold; that threshold is the one that separates same from
//!   different stories best on `tune` (same % − different %), and `heldout` uses it
//!   unchanged. The plain scoring of the two-article index at `MIN_SCORE` is printed too.
//! - **related P@1**: one index over the whole split; for each article with another
//!   article in its story, whether its closest article is of the same story, for the
//!   full scoring and for plain whole-article TF-IDF.
//!
//! A synthetic corpus written by the non-ignored test runs the same code, so
//! `cargo test` keeps the harness's arithmetic honest.

#[path = "eval/stories.rs"]
mod stories;

use parallax::corpus::{Article, Corpus};
use parallax::index::{Index, Lexicons, STORY_DAYS, Scoring, Strength};
use std::path::{Path, PathBuf};

/// The engine's floor for a link (`align::MIN_SCORE`, which the library does not
/// export): `links` reports no match below it, so no threshold below it can be measured.
const MIN_SCORE: f32 = 0.05;
/// The splits every set is cut into, in the order they are printed.
const SPLITS: [&str; 2] = ["tune", "heldout"];
/// Matches asked of `links` per passage (a passage is linked if it has any).
const K: usize = 3;
/// Same-story pairs per story at most, so a story with many articles does not
/// outweigh the others (and the run stays within minutes).
const MAX_PAIRS_PER_STORY: usize = 30;

/// One split of one set: its articles and the story each belongs to.
struct Split {
    corpus: Corpus,
    /// Story number of each article of `corpus`.
    story: Vec<usize>,
    stories: usize,
}

impl Split {
    /// Reads `<set>/<split>/<story>/*.txt` (with outlets and dates where the root's
    /// `index.tsv` gives them).
    fn load(set_dir: &Path, split: &str) -> Split {
        let root = set_dir.parent().unwrap_or(Path::new("."));
        let set = set_dir.file_name().unwrap_or_default().to_string_lossy();
        let s = stories::Split::load(root, &set, split);
        let corpus = Corpus { articles: s.articles, ..Corpus::default() };
        Split { corpus, story: s.story, stories: s.stories }
    }

    fn articles(&self) -> &[Article] {
        &self.corpus.articles
    }
}

/// Two article numbers of a split: the left one's passages are the ones counted.
type Pair = (usize, usize);

/// The article pairs measured: every same-story pair (up to `MAX_PAIRS_PER_STORY` per
/// story, the first in order), and every ordered pair of articles on different stories.
/// All of them, not a sample: a few different stories on one issue (a shutdown begun,
/// another a year later) link far more than the rest, so a sampled share moves by
/// points with the seed.
fn pairs(split: &Split) -> (Vec<Pair>, Vec<Pair>) {
    let n = split.articles().len();
    let mut same = Vec::new();
    for s in 0..split.stories {
        let members: Vec<usize> = (0..n).filter(|&a| split.story[a] == s).collect();
        let mut taken = 0;
        'story: for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                if taken == MAX_PAIRS_PER_STORY {
                    break 'story;
                }
                same.push((a, b));
                taken += 1;
            }
        }
    }
    let different = (0..n)
        .flat_map(|a| (0..n).map(move |b| (a, b)))
        .filter(|&(a, b)| split.story[a] != split.story[b])
        .collect();
    (same, different)
}

/// Linked passages out of the left articles' content passages, over a set of pairs.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Share {
    linked: usize,
    passages: usize,
}

impl Share {
    fn add(&mut self, linked: bool) {
        self.passages += 1;
        self.linked += usize::from(linked);
    }

    fn percent(&self) -> f64 {
        if self.passages == 0 { 0.0 } else { 100.0 * self.linked as f64 / self.passages as f64 }
    }
}

/// What one kind of pair (same or different story) gives each scoring.
#[derive(Default)]
struct PairScores {
    pairs: usize,
    /// parallax: two-article index, full scoring, any link (strong or weak).
    full: Share,
    /// parallax: strong links only, the ones drawn as `↔`.
    strong: Share,
    /// `full`, of the pairs both dated and more than [`STORY_DAYS`] apart (a story's
    /// follow-up weeks later: the articles' affinity does not count between them).
    apart: Share,
    /// How many pairs `apart` counts.
    apart_pairs: usize,
    /// Pairs with at least one passage linked (any link).
    linked_pairs: usize,
    /// Best full score of each left passage in the two-article index (0 when none
    /// reaches `MIN_SCORE`), to show parallax at a threshold tuned like the baseline's.
    full_best: Vec<f32>,
    /// Plain TF-IDF in the two-article index, `MIN_SCORE`.
    plain_pair: Share,
    /// Best plain cosine (IDF over the whole split) of each left passage; 0 when none
    /// reaches `MIN_SCORE`, below which `links` reports nothing.
    plain_best: Vec<f32>,
}

/// Which best-score list a threshold is applied to.
#[derive(Clone, Copy)]
enum Best {
    Full,
    Plain,
}

impl PairScores {
    fn merge(&mut self, other: PairScores) {
        self.pairs += other.pairs;
        for (mine, theirs) in [
            (&mut self.full, other.full),
            (&mut self.strong, other.strong),
            (&mut self.apart, other.apart),
            (&mut self.plain_pair, other.plain_pair),
        ] {
            mine.linked += theirs.linked;
            mine.passages += theirs.passages;
        }
        self.apart_pairs += other.apart_pairs;
        self.linked_pairs += other.linked_pairs;
        self.full_best.extend(other.full_best);
        self.plain_best.extend(other.plain_best);
    }

    fn at(&self, best: Best, threshold: f32) -> Share {
        let scores = match best {
            Best::Full => &self.full_best,
            Best::Plain => &self.plain_best,
        };
        let mut share = Share::default();
        for &s in scores {
            share.add(s > 0.0 && s >= threshold);
        }
        share
    }

    fn plain_at(&self, threshold: f32) -> Share {
        self.at(Best::Plain, threshold)
    }
}

/// [`score_pairs_on`] over `pairs`, cut in one chunk per core: every different-story
/// pair of a split is hundreds of thousands of alignments.
fn score_pairs(split: &Split, whole: &Index, pairs: &[Pair], lexicons: &Lexicons) -> PairScores {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = pairs.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = pairs
            .chunks(chunk)
            .map(|part| scope.spawn(move || score_pairs_on(split, whole, part, lexicons)))
            .collect();
        parts.into_iter().fold(PairScores::default(), |mut all, part| {
            all.merge(part.join().expect("a scoring thread"));
            all
        })
    })
}

fn score_pairs_on(split: &Split, whole: &Index, pairs: &[Pair], lexicons: &Lexicons) -> PairScores {
    let arts = split.articles();
    let mut out = PairScores { pairs: pairs.len(), ..PairScores::default() };
    for &(a, b) in pairs {
        let pair = Index::build(vec![&arts[a], &arts[b]], lexicons);
        let apart = !pair.within_days(0, 1);
        out.apart_pairs += usize::from(apart);
        let mut any = false;
        for l in pair.links(0, 1, K, Scoring::Full) {
            any |= !l.matches.is_empty();
            out.full.add(!l.matches.is_empty());
            if apart {
                out.apart.add(!l.matches.is_empty());
            }
            out.strong.add(l.matches.iter().any(|m| m.strength == Strength::Strong));
            out.full_best.push(l.matches.first().map_or(0.0, |m| m.score));
        }
        out.linked_pairs += usize::from(any);
        for l in pair.links(0, 1, K, Scoring::Plain) {
            out.plain_pair.add(!l.matches.is_empty());
        }
        for l in whole.links(a, b, K, Scoring::Plain) {
            let best = l.matches.first().map_or(0.0, |m| m.score);
            assert!(best == 0.0 || best >= MIN_SCORE, "a link below the floor: {best}");
            out.plain_best.push(best);
        }
    }
    out
}

/// Everything measured on one split.
struct Measured {
    articles: usize,
    stories: usize,
    /// Articles with at least one other article in their story.
    queries: usize,
    same: PairScores,
    different: PairScores,
    p1_full: f64,
    p1_plain: f64,
}

fn measure(split: &Split, lexicons: &Lexicons) -> Measured {
    let whole = Index::of_corpus(&split.corpus, lexicons);
    let (same, different) = pairs(split);
    let same = score_pairs(split, &whole, &same, lexicons);
    let different = score_pairs(split, &whole, &different, lexicons);
    let n = split.articles().len();
    let queries: Vec<usize> =
        (0..n).filter(|&a| (0..n).any(|b| b != a && split.story[b] == split.story[a])).collect();
    let precision = |scoring: Scoring| {
        let related = whole.related_scored(1, scoring);
        let right = queries
            .iter()
            .filter(|&&a| {
                related[a].first().is_some_and(|&(b, _)| split.story[b] == split.story[a])
            })
            .count();
        if queries.is_empty() { 0.0 } else { right as f64 / queries.len() as f64 }
    };
    Measured {
        articles: n,
        stories: split.stories,
        queries: queries.len(),
        p1_full: precision(Scoring::Full),
        p1_plain: precision(Scoring::Plain),
        same,
        different,
    }
}

/// The baseline's threshold: the one (in steps of 0.01 from `MIN_SCORE`) that separates
/// same-story from different-story pairs best, the smallest such on a tie.
fn tune_threshold(m: &Measured, scores: Best) -> f32 {
    let mut best = (f64::MIN, MIN_SCORE);
    for step in 0..=95 {
        let t = MIN_SCORE + step as f32 * 0.01;
        let gap = m.same.at(scores, t).percent() - m.different.at(scores, t).percent();
        if gap > best.0 + 1e-9 {
            best = (gap, t);
        }
    }
    best.1
}

/// The thresholds chosen on `tune`: the baseline's, and parallax's own when tuned the
/// same way (to tell a threshold that is off from a scoring that does not separate).
#[derive(Debug, Clone, Copy)]
struct Thresholds {
    plain: f32,
    full: f32,
}

/// Measures every split of one set (thresholds from `tune`), printing its rows.
fn report_set(
    name: &str,
    dir: &Path,
    lexicons: &Lexicons,
) -> (Vec<(String, Measured)>, Thresholds) {
    let measured: Vec<(String, Measured)> = SPLITS
        .iter()
        .filter(|s| dir.join(s).is_dir())
        .map(|s| (s.to_string(), measure(&Split::load(dir, s), lexicons)))
        .collect();
    let tune = measured.iter().find(|(s, _)| s == "tune").map(|(_, m)| m);
    let t = Thresholds {
        plain: tune.map_or(MIN_SCORE, |m| tune_threshold(m, Best::Plain)),
        full: tune.map_or(MIN_SCORE, |m| tune_threshold(m, Best::Full)),
    };
    println!();
    println!("== set {name} ==");
    for (split, m) in &measured {
        println!(
            "[{split}] {} stories, {} articles ({} with a story-mate), {} same-story + {} \
             different-story pairs ({} of these with any link), {} + {} left passages",
            m.stories,
            m.articles,
            m.queries,
            m.same.pairs,
            m.different.pairs,
            m.different.linked_pairs,
            m.same.full.passages,
            m.different.full.passages
        );
    }
    println!(
        "{:<8} {:<42} {:>9} {:>7} {:>7} {:>7}",
        "split", "passage links", "threshold", "same %", "diff %", "gap"
    );
    for (split, m) in &measured {
        let rows = [
            ("parallax, strong links (drawn as ↔)", MIN_SCORE, m.same.strong, m.different.strong),
            ("parallax, any link (strong or weak)", MIN_SCORE, m.same.full, m.different.full),
            (
                "parallax, threshold tuned on tune",
                t.full,
                m.same.at(Best::Full, t.full),
                m.different.at(Best::Full, t.full),
            ),
            (
                "tf-idf baseline (split IDF, tuned on tune)",
                t.plain,
                m.same.plain_at(t.plain),
                m.different.plain_at(t.plain),
            ),
            ("tf-idf, pair index", MIN_SCORE, m.same.plain_pair, m.different.plain_pair),
        ];
        for (label, threshold, same, diff) in rows {
            println!(
                "{:<8} {:<42} {:>9.2} {:>7.1} {:>7.1} {:>7.1}",
                split,
                label,
                threshold,
                same.percent(),
                diff.percent(),
                same.percent() - diff.percent()
            );
        }
    }
    for (split, m) in &measured {
        let near = Share {
            linked: m.same.full.linked - m.same.apart.linked,
            passages: m.same.full.passages - m.same.apart.passages,
        };
        println!(
            "{split:<8} same-story pairs dated over {STORY_DAYS} days apart: {} of {}, any link {:.1} % \
             (the rest {:.1} %)",
            m.same.apart_pairs,
            m.same.pairs,
            m.same.apart.percent(),
            near.percent()
        );
    }
    println!("{:<8} {:<42} {:>9} {:>9}", "split", "related articles", "P@1 full", "P@1 plain");
    for (split, m) in &measured {
        println!(
            "{:<8} {:<42} {:>9.3} {:>9.3}",
            split,
            format!("top related_scored(1) in the same story, of {}", m.queries),
            m.p1_full,
            m.p1_plain
        );
    }
    (measured, t)
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with story-grouped news data; prints the table"]
fn eval_links_on_public_news() {
    let Some(root) = std::env::var_os("PARALLAX_EVAL_DIR").map(PathBuf::from) else {
        println!("skipped: set PARALLAX_EVAL_DIR to a folder of <set>/<split>/<story>/<n>.txt");
        return;
    };
    let mut sets: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| SPLITS.iter().any(|s| p.join(s).is_dir()))
        .collect();
    sets.sort();
    assert!(!sets.is_empty(), "no <set>/tune or <set>/heldout under {}", root.display());
    let lexicons = Lexicons::embedded();
    println!();
    println!(
        "passage links: % of the left article's content passages with at least one link \
         (k={K}), over same-story pairs and every different-story pair; gap = same \
         - diff. Thresholds are chosen on tune (best gap) and kept for heldout."
    );
    println!(
        "related articles: one index over the split; share of articles with a story-mate \
         whose closest article is of the same story (full scoring, and plain TF-IDF)"
    );
    for set in &sets {
        let name = set.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        report_set(&name, set, &lexicons);
    }
}

/// Writes `<dir>/<split>/<story>/<n>.txt`.
fn write_article(dir: &Path, split: &str, story: &str, n: usize, text: &str) {
    let d = dir.join(split).join(story);
    std::fs::create_dir_all(&d).expect("story folder");
    std::fs::write(d.join(format!("{n}.txt")), text).expect("article file");
}

#[test]
fn harness_arithmetic_on_a_synthetic_corpus() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let flood = "River Ouse floods York\n\n\
        The River Ouse burst its banks in York on Tuesday, flooding riverside streets.\n\n\
        Sandbags were stacked along the quayside as the water kept rising overnight.\n\n\
        Emergency crews pumped water from cellars near the Ouse bridge until dawn.\n";
    let chess = "Grandmaster wins Wijk aan Zee\n\n\
        A young grandmaster won the Wijk aan Zee chess tournament with a round to spare.\n\n\
        Her queen sacrifice against the reigning champion decided the eleventh game.\n\n\
        Tournament organisers praised the endgame technique shown in the final rounds.\n";
    for split in SPLITS {
        for n in 1..=2 {
            write_article(tmp.path(), split, "flood", n, flood);
            write_article(tmp.path(), split, "chess", n, chess);
        }
    }
    let lexicons = Lexicons::embedded();
    let (rows, t) = report_set("synthetic", tmp.path(), &lexicons);
    assert_eq!(rows.len(), 2, "both splits are measured");
    let threshold = &t.plain;
    for (split, m) in &rows {
        assert_eq!((m.stories, m.articles, m.queries), (2, 4, 4), "{split}");
        assert_eq!((m.same.pairs, m.different.pairs), (2, 8), "{split}");
        // Identical articles: every content passage finds itself.
        assert_eq!(m.same.full.passages, 6, "{split}: three content passages per left article");
        assert_eq!(m.same.full.percent(), 100.0, "{split}");
        assert_eq!(m.same.plain_at(*threshold).percent(), 100.0, "{split}");
        assert_eq!(m.same.plain_pair.percent(), 100.0, "{split}");
        // The two stories share no content word.
        assert_eq!(m.different.full.percent(), 0.0, "{split}");
        assert_eq!(m.same.at(Best::Full, t.full).percent(), 100.0, "{split}");
        assert_eq!(m.different.plain_at(*threshold).percent(), 0.0, "{split}");
        assert_eq!((m.p1_full, m.p1_plain), (1.0, 1.0), "{split}");
    }
}

#[test]
fn shares_and_thresholds() {
    let mut s = Share::default();
    assert_eq!(s.percent(), 0.0, "no passages is 0 %, not NaN");
    s.add(true);
    s.add(false);
    s.add(true);
    s.add(true);
    assert_eq!((s.linked, s.passages, s.percent()), (3, 4, 75.0));
    let same = PairScores { plain_best: vec![0.9, 0.5, 0.3, 0.0], ..PairScores::default() };
    let different = PairScores { plain_best: vec![0.2, 0.1, 0.0, 0.0], ..PairScores::default() };
    assert_eq!(same.plain_at(0.3).linked, 3);
    assert_eq!(same.plain_at(0.0).linked, 3, "a passage with no match is never linked");
    let m = Measured {
        articles: 0,
        stories: 0,
        queries: 0,
        same,
        different,
        p1_full: 0.0,
        p1_plain: 0.0,
    };
    // 0.21..0.30 keep 3 of 4 same and none of the different: the smallest is chosen.
    assert!(
        (tune_threshold(&m, Best::Plain) - 0.21).abs() < 1e-4,
        "{}",
        tune_threshold(&m, Best::Plain)
    );
}
