//! Choosing the link gate on public news: every candidate link of the sampled pairs is
//! computed once with the gate open, then each gate of a grid is applied to them. The
//! gate is chosen on the `tune` splits of every set together (one setting for short and
//! full-length articles) and its figures printed for `heldout` beside it.
//!
//! `PARALLAX_EVAL_DIR=/path cargo test --release --test eval_gate -- --ignored --nocapture`
//! (the layout `tests/eval/stories.rs` reads).

#[path = "eval/stories.rs"]
mod stories;

use parallax::index::{Gate, Index, Lexicons, Scoring};
use stories::Split;

/// Different-story link rates the gate must stay within, by the set's article length:
/// short articles (one sentence a passage) and full-length ones.
const DIFF_SHORT: f64 = 2.0;
const DIFF_FULL: f64 = 5.0;
/// Shares of those bounds a gate may use on `tune`, widest first: a gate chosen at the
/// very edge of a bound on some stories can overshoot it on others (different-story
/// affinities spread wider than a few dozen stories show), so the choice keeps a
/// margin, itself chosen within tune.
const MARGINS: [f64; 5] = [1.0, 0.75, 0.5, 0.3, 0.2];

/// Two article numbers of a split; the left one's passages are counted.
type Pair = (usize, usize);

/// A candidate link of one left passage: score, evidence, specific terms, the two
/// articles' affinity, and whether they are dated more than [`parallax::index::STORY_DAYS`] apart.
type Candidate = (f32, f32, usize, f32, bool);

/// A gate of the grid: least score (after the affinity's share), least evidence, least
/// specific terms, and how much of the articles' affinity counts toward the score.
#[derive(Clone, Copy)]
struct Trial {
    score: f32,
    evidence: f32,
    terms: usize,
    story: f32,
    offset: f32,
    floor: f32,
    far: f32,
}

const SCORES: [f32; 11] = [0.1, 0.14, 0.18, 0.22, 0.26, 0.30, 0.35, 0.40, 0.45, 0.50, 0.60];
// A link shares at least one specific term: one everyday word in common is never one.
const EVIDENCE: [f32; 4] = [0.5, 1.0, 1.5, 2.0];
const STORY: [f32; 11] = [0.0, 1.0, 2.0, 4.0, 6.0, 8.0, 10.0, 14.0, 20.0, 28.0, 40.0];
const OFFSET: [f32; 6] = [0.0, 0.02, 0.04, 0.06, 0.08, 0.1];
const FLOOR: [f32; 5] = [0.05, 0.08, 0.11, 0.14, 0.18];
/// The offset for articles dated more than [`parallax::index::STORY_DAYS`] apart (a story's follow-up
/// weeks later, or another story of the same kind): infinite counts no affinity.
const FAR: [f32; 6] = [f32::INFINITY, 0.04, 0.06, 0.08, 0.1, 0.15];

fn grid() -> impl Iterator<Item = Trial> {
    SCORES.into_iter().flat_map(|score| {
        EVIDENCE.into_iter().flat_map(move |evidence| {
            STORY.into_iter().flat_map(move |story| {
                OFFSET.into_iter().flat_map(move |offset| {
                    FLOOR.into_iter().flat_map(move |floor| {
                        FAR.into_iter().map(move |far| Trial {
                            score,
                            evidence,
                            terms: 1,
                            story,
                            offset,
                            floor,
                            far,
                        })
                    })
                })
            })
        })
    })
}

/// Different-story pairs sampled for each same-story pair. The shipped gate was chosen
/// with one; with four (a steadier reading of the bound: a few different stories on one
/// issue link far more than the rest) the two-fold cross-validation cuts the margin to
/// 0.2 and chooses a gate with fewer links, which the README reports beside it.
const DIFFERENT_PER_SAME: usize = 1;

/// Same-story pairs (up to 30 a story) and [`DIFFERENT_PER_SAME`] times as many
/// different-story ones, fixed seed.
fn pairs(split: &Split) -> (Vec<Pair>, Vec<Pair>) {
    let n = split.articles.len();
    let mut same = Vec::new();
    let stories = split.story.iter().max().map_or(0, |m| m + 1);
    for s in 0..stories {
        let members: Vec<usize> = (0..n).filter(|&a| split.story[a] == s).collect();
        let all = members
            .iter()
            .enumerate()
            .flat_map(|(i, &a)| members[i + 1..].iter().map(move |&b| (a, b)));
        same.extend(all.take(30));
    }
    let mut state = 0x5EED_1DEAu64;
    let mut next = || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n.max(1)
    };
    let mut different = Vec::new();
    while stories > 1 && different.len() < DIFFERENT_PER_SAME * same.len() {
        let (a, b) = (next(), next());
        if split.story[a] != split.story[b] {
            different.push((a, b));
        }
    }
    (same, different)
}

/// Per left passage of every pair, its candidates with the gate open.
fn candidates(split: &Split, pairs: &[Pair], lexicons: &Lexicons) -> Vec<Vec<Candidate>> {
    let mut out = Vec::new();
    for &(a, b) in pairs {
        let index = Index::build(vec![&split.articles[a], &split.articles[b]], lexicons);
        let dated = index.within_days(0, 1);
        let affinity = index.affinity(0, 1);
        for l in index.links_gated(0, 1, 20, Scoring::Full, Gate::OPEN) {
            out.push(
                l.matches
                    .iter()
                    .map(|m| (m.score, m.evidence, m.terms, affinity, !dated))
                    .collect(),
            );
        }
    }
    out
}

fn passes(c: &Candidate, t: Trial) -> bool {
    let offset = if c.4 { t.far } else { t.offset };
    c.0 >= t.floor
        && c.0 * (1.0 + t.story * (c.3 - offset).max(0.0)) >= t.score
        && c.1 >= t.evidence
        && c.2 >= t.terms
}

fn rate(passages: &[Vec<Candidate>], t: Trial) -> f64 {
    let linked = passages.iter().filter(|cs| cs.iter().any(|c| passes(c, t))).count();
    100.0 * linked as f64 / passages.len().max(1) as f64
}

/// Same-story link rates the gate aims for, by the set's article length: enough that
/// most counterparts are drawn; beyond them more links mostly mark passages that have
/// no counterpart (the "only this one tells it" a reader looks for), so they earn
/// nothing.
const SAME_SHORT: f64 = 80.0;
const SAME_FULL: f64 = 85.0;
/// How close to the best capped rate a gate must come to be among the choices.
const NEAR: f64 = 0.5;

/// The choice among the gates of the grid that keep every split named `on` within
/// `budget(short)` different-story links: the highest mean same-story rate, each set's
/// rate counted up to its aim, and among those within [`NEAR`] of it the one drawing
/// the fewest same-story links. Returns the mean capped rate and the gate.
fn best(measured: &[Measured], on: &str, budget: impl Fn(bool) -> f64) -> Option<(f64, Trial)> {
    let tune: Vec<&Measured> = measured.iter().filter(|m| m.split == on).collect();
    let aim = |short: bool| if short { SAME_SHORT } else { SAME_FULL };
    let mut valid: Vec<(f64, f64, Trial)> = Vec::new();
    for t in grid() {
        if tune.iter().all(|m| rate(&m.different, t) <= budget(m.short)) {
            let rates: Vec<(f64, bool)> =
                tune.iter().map(|m| (rate(&m.same, t), m.short)).collect();
            let n = rates.len().max(1) as f64;
            let capped = rates.iter().map(|&(r, short)| r.min(aim(short))).sum::<f64>() / n;
            let mean = rates.iter().map(|&(r, _)| r).sum::<f64>() / n;
            valid.push((capped, mean, t));
        }
    }
    let top = valid.iter().map(|v| v.0).fold(f64::MIN, f64::max);
    valid
        .into_iter()
        .filter(|v| v.0 >= top - NEAR)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(capped, _, t)| (capped, t))
}

/// Quartiles of the articles' affinity over a split's pairs.
fn quartiles(passages: &[Vec<Candidate>]) -> String {
    let mut a: Vec<f32> =
        passages.iter().filter_map(|cs| cs.first().map(|c| if c.4 { 0.0 } else { c.3 })).collect();
    a.sort_by(f32::total_cmp);
    let at = |q: f64| a.get(((a.len() as f64 - 1.0) * q) as usize).copied().unwrap_or(0.0);
    format!("{:.2} {:.2} {:.2} {:.2} {:.2}", at(0.0), at(0.25), at(0.5), at(0.75), at(1.0))
}

struct Measured {
    name: String,
    /// `tune`, `heldout`, or `fold0`/`fold1`: the tune stories of even or odd number.
    split: &'static str,
    /// Short articles: one sentence a passage, on average under 30 words a passage.
    short: bool,
    same: Vec<Vec<Candidate>>,
    different: Vec<Vec<Candidate>>,
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with story-grouped news data; prints the table"]
fn choose_the_gate_on_tune_and_report_heldout() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    let sets = stories::sets(&root);
    let mut measured = Vec::new();
    for set in &sets {
        let name = set.clone();
        for split in ["tune", "heldout"] {
            let s = Split::load(&root, &name, split);
            let words: usize = s.articles.iter().map(|a| a.words).sum();
            let passages: usize = s.articles.iter().map(|a| a.content_passages()).sum();
            let short = words < 30 * passages;
            let (same, different) = pairs(&s);
            let folds: &[&'static str] =
                if split == "tune" { &["fold0", "fold1"] } else { &["heldout"] };
            let mut whole = Measured {
                name: name.clone(),
                split,
                short,
                same: Vec::new(),
                different: Vec::new(),
            };
            for (f, &fold) in folds.iter().enumerate() {
                let keep = |pairs: &[Pair]| -> Vec<Pair> {
                    let of = |&&(a, _): &&Pair| folds.len() == 1 || s.story[a] % 2 == f;
                    pairs.iter().filter(of).copied().collect()
                };
                let m = Measured {
                    name: name.clone(),
                    split: fold,
                    short,
                    same: candidates(&s, &keep(&same), &lexicons),
                    different: candidates(&s, &keep(&different), &lexicons),
                };
                whole.same.extend(m.same.iter().cloned());
                whole.different.extend(m.different.iter().cloned());
                if folds.len() > 1 {
                    measured.push(m);
                }
            }
            measured.push(whole);
        }
    }
    let bound = |short: bool| if short { DIFF_SHORT } else { DIFF_FULL };
    // The margin, by two-fold cross-validation within tune: the largest share of the
    // bounds such that a gate chosen on one fold keeps the other fold within them.
    let margin = MARGINS
        .into_iter()
        .find(|&m| {
            [("fold0", "fold1"), ("fold1", "fold0")].iter().all(|&(on, other)| {
                best(&measured, on, |short| m * bound(short)).is_some_and(|(_, t)| {
                    measured
                        .iter()
                        .filter(|x| x.split == other)
                        .all(|x| rate(&x.different, t) <= bound(x.short))
                })
            })
        })
        .unwrap_or(MARGINS[MARGINS.len() - 1]);
    println!("\nmargin by two-fold cross-validation within tune: {margin}");
    for &(on, other) in &[("fold0", "fold1"), ("fold1", "fold0")] {
        for m in MARGINS {
            if let Some((_, t)) = best(&measured, on, |short| m * bound(short)) {
                let row: Vec<String> = measured
                    .iter()
                    .filter(|x| x.split == other)
                    .map(|x| {
                        format!("{} {:.1}/{:.1}", x.name, rate(&x.same, t), rate(&x.different, t))
                    })
                    .collect();
                println!("  chosen on {on} at {m}: {other} same/diff {}", row.join("   "));
            }
        }
    }
    let best_on_tune = best(&measured, "tune", |short| margin * bound(short));
    let shipped = Gate::default();
    let tier = |t: parallax::index::Tier, floor: f32| Trial {
        score: t.score,
        evidence: t.evidence,
        terms: t.terms,
        story: shipped.story,
        offset: shipped.offset,
        floor,
        far: shipped.far_offset,
    };
    println!();
    println!(
        "gate: a passage is linked if some candidate has score ≥ f, score · (1 + a·max(0, affinity − o)) ≥ s, evidence ≥ e, ≥ t specific terms"
    );
    println!(
        "bounds on different-story links: ≤ {DIFF_SHORT} % (short sets), ≤ {DIFF_FULL} % (full-length); the choice on tune keeps within a margin of them"
    );
    let rows: Vec<(&str, Trial)> = [
        Some(("shipped strong", tier(shipped.strong, shipped.floor))),
        Some(("shipped any link", tier(shipped.weak, shipped.weak_floor))),
        best_on_tune.map(|(_, t)| ("best on tune", t)),
    ]
    .into_iter()
    .flatten()
    .collect();
    println!(
        "{:<16} {:>5} {:>4} {:>4} {:>4} {:>5} {:>3} {:>4}  {:<10} {:<8} {:>7} {:>7}",
        "gate", "s", "a", "o", "f", "e", "t", "far", "set", "split", "same %", "diff %"
    );
    for (label, t) in &rows {
        for m in &measured {
            println!(
                "{:<16} {:>5.2} {:>4.1} {:>4.2} {:>4.2} {:>5.1} {:>3} {:>4.2}  {:<10} {:<8} {:>7.1} {:>7.1}",
                label,
                t.score,
                t.story,
                t.offset,
                t.floor,
                t.evidence,
                t.terms,
                t.far,
                m.name,
                m.split,
                rate(&m.same, *t),
                rate(&m.different, *t)
            );
        }
    }
    println!("\naffinity quartiles (min q1 median q3 max), per pair's passages:");
    for m in &measured {
        println!(
            "  {:<10} {:<8} same {}   different {}",
            m.name,
            m.split,
            quartiles(&m.same),
            quartiles(&m.different)
        );
    }
    // The cosine alone, to tell the vectors' quality from the gate's.
    println!("\ncosine alone on tune (a 0, e 0, t 0):");
    for score in [0.05, 0.08, 0.11, 0.14, 0.18, 0.22, 0.26, 0.30] {
        let t =
            Trial { score, evidence: 0.0, terms: 0, story: 0.0, offset: 0.0, floor: 0.0, far: 0.0 };
        let row: Vec<String> = measured
            .iter()
            .filter(|m| m.split == "tune")
            .map(|m| format!("{} {:.1}/{:.1}", m.name, rate(&m.same, t), rate(&m.different, t)))
            .collect();
        println!("  s {score:.2}: {}", row.join("   "));
    }
    // The frontier on tune, to see the trade-off around the choice.
    println!("\nfrontier on tune (best mean same % at each different-% budget):");
    for budget in [1.0, 2.0, 3.0, 5.0, 8.0, 12.0] {
        if let Some((mean, t)) = best(&measured, "tune", |_| budget) {
            println!(
                "  diff ≤ {budget:>4.1} %: mean same {mean:5.1} % at s {:.2} a {:.1} o {:.2} f {:.2} e {:.1} t {} far {:.2}",
                t.score, t.story, t.offset, t.floor, t.evidence, t.terms, t.far
            );
        }
    }
}
