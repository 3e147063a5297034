//! Counterparts and who speaks, measured against labels written blind on held-out
//! public news (`tests/eval/labels/`), beside plain TF-IDF for the counterparts.
//!
//! `PARALLAX_EVAL_DIR=/path cargo test --release --test eval_labels -- --ignored --nocapture`
//! (the articles themselves live outside the repository, laid out as
//! `tests/eval/stories.rs` reads them; the labels name them by path under that root).

#[path = "eval/stories.rs"]
mod stories;

#[path = "support/sources.rs"]
mod sources;

#[path = "support/labels.rs"]
mod labels;

use labels::{ATTRIBUTIONS, TUNE_SETS, article, passage, passages_starting};
use parallax::corpus::{Article, PassageKind};
use parallax::index::{Gate, Index, Lexicons, Scoring, Strength};
use parallax::lens::{SourceKind, attributions_of};
use serde::Deserialize;
use sources::same_source;
use std::path::Path;

const COUNTERPARTS: &str = "tests/eval/labels/counterparts.toml";
#[derive(Deserialize)]
struct Pairs {
    pair: Vec<Pair>,
}

#[derive(Deserialize)]
struct Pair {
    set: String,
    left: String,
    right: String,
    link: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    left: String,
    right: Vec<String>,
}

/// The scorings and gates compared: parallax as shipped, the gate before the
/// articles' affinity counted (each passage pair on its own, cosine ≥ 0.18), and plain
/// TF-IDF through the shipped gate.
fn gates() -> [(&'static str, Scoring, Gate); 3] {
    let shipped = Gate::default();
    let alone = Gate {
        strong: parallax::index::Tier { score: 0.18, ..shipped.strong },
        story: 0.0,
        floor: parallax::index::MIN_SCORE,
        ..shipped
    };
    [
        ("full", Scoring::Full, shipped),
        ("pairwise", Scoring::Full, alone),
        ("tf-idf", Scoring::Plain, shipped),
    ]
}

#[derive(Default)]
struct Tally {
    labelled: usize,
    at1: usize,
    at3: usize,
    /// Passages with a counterpart that get a strong (drawn) link, and of those whose
    /// strongest drawn link is a labelled counterpart.
    drawn: usize,
    drawn_right: usize,
    /// Passages labelled with no counterpart, and those that get a drawn link anyway.
    alone: usize,
    alone_drawn: usize,
}

impl Tally {
    fn ratio(a: usize, b: usize) -> f64 {
        a as f64 / b.max(1) as f64
    }
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with the labelled held-out articles; prints the table"]
fn counterparts_on_heldout_labels() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let labels: Pairs = toml::from_str(&std::fs::read_to_string(COUNTERPARTS).unwrap()).unwrap();
    let lexicons = Lexicons::embedded();
    let mut tallies: Vec<(String, &str, Tally)> = Vec::new();
    for pair in &labels.pair {
        let (left, right) = (article(&root, &pair.left), article(&root, &pair.right));
        let index = Index::build(vec![&left, &right], &lexicons);
        for (name, scoring, gate) in gates() {
            let ranked = index.links_gated(0, 1, 3, scoring, Gate::OPEN);
            let drawn = index.links_gated(0, 1, 3, scoring, gate);
            for set in [pair.set.as_str(), "all"] {
                if !tallies.iter().any(|(s, sc, _)| s == set && *sc == name) {
                    tallies.push((set.to_string(), name, Tally::default()));
                }
                let t = tallies
                    .iter_mut()
                    .find(|(s, sc, _)| s == set && *sc == name)
                    .map(|(_, _, t)| t)
                    .unwrap();
                for label in &pair.link {
                    let l = passage(&left, &label.left);
                    let gold: Vec<usize> = label.right.iter().map(|r| passage(&right, r)).collect();
                    let top: Vec<usize> = ranked
                        .iter()
                        .find(|x| x.left == l)
                        .map(|x| x.matches.iter().map(|m| m.right).collect())
                        .unwrap_or_default();
                    let strong: Vec<usize> = drawn
                        .iter()
                        .find(|x| x.left == l)
                        .map(|x| {
                            x.matches
                                .iter()
                                .filter(|m| m.strength == Strength::Strong)
                                .map(|m| m.right)
                                .collect()
                        })
                        .unwrap_or_default();
                    if gold.is_empty() {
                        t.alone += 1;
                        t.alone_drawn += usize::from(!strong.is_empty());
                        continue;
                    }
                    t.labelled += 1;
                    t.at1 += usize::from(top.first().is_some_and(|r| gold.contains(r)));
                    t.at3 += usize::from(top.iter().any(|r| gold.contains(r)));
                    t.drawn += usize::from(!strong.is_empty());
                    t.drawn_right += usize::from(strong.first().is_some_and(|r| gold.contains(r)));
                }
            }
        }
    }
    println!();
    println!("counterparts on held-out labels ({COUNTERPARTS}); goals acc@1 ≥ 0.65, hit@3 ≥ 0.85");
    println!(
        "{:<8} {:<9} {:>8} {:>7} {:>7} {:>10} {:>12} {:>7} {:>12}",
        "set",
        "scoring",
        "labelled",
        "acc@1",
        "hit@3",
        "drawn",
        "drawn right",
        "alone",
        "alone drawn"
    );
    for (set, scoring, t) in &tallies {
        println!(
            "{:<8} {:<9} {:>8} {:>7.3} {:>7.3} {:>10.3} {:>12.3} {:>7} {:>12.3}",
            set,
            scoring,
            t.labelled,
            Tally::ratio(t.at1, t.labelled),
            Tally::ratio(t.at3, t.labelled),
            Tally::ratio(t.drawn, t.labelled),
            Tally::ratio(t.drawn_right, t.drawn),
            t.alone,
            Tally::ratio(t.alone_drawn, t.alone)
        );
    }
    println!(
        "acc@1/hit@3: the best 1/3 candidates of a passage with a labelled counterpart, ranked with the gate open; \
         drawn: share of those with a strong (↔) link; drawn right: of those, the strongest is labelled; \
         alone drawn: share of passages labelled with no counterpart that get a ↔ anyway"
    );
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with the labelled held-out articles; prints the table"]
fn who_speaks_on_heldout_labels() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    // Only the tune set's misses are printed: rules are read off them.
    let rows: Vec<_> = ATTRIBUTIONS
        .iter()
        .enumerate()
        .map(|(n, (file, role))| {
            (*role, who_speaks(&root, file, &lexicons, n < TUNE_SETS, Labelled::ByHand))
        })
        .collect();
    let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    println!();
    println!("who speaks (named: goals precision ≥ 0.9, recall ≥ 0.8 on held out)");
    println!(
        "{:<18} {:>8} {:>16} {:>16} {:>16} {:>16}",
        "set", "passages", "named P", "named R", "unnamed P", "unnamed R"
    );
    for (role, t) in &rows {
        let cell = |a: usize, b: usize| format!("{:.3} ({a}/{b})", r(a, b));
        println!(
            "{:<18} {:>8} {:>16} {:>16} {:>16} {:>16}",
            role,
            t.passages,
            cell(t.found_right, t.found),
            cell(t.gold_found, t.gold),
            cell(t.unnamed_right, t.unnamed_said),
            cell(t.unnamed_found, t.unnamed)
        );
    }
}

/// PolNeAR (political news, every attribution marked by trained annotators), its
/// attributions mapped to who-speaks labels by `tests/eval/polnear.py`: train, whose
/// misses are printed with `PARALLAX_SHOW_MISSES=1`, and dev, read only as figures.
#[test]
#[ignore = "needs PARALLAX_EVAL_DIR built with prepare.py --polnear; prints the table"]
fn who_speaks_on_polnear() {
    polnear(&["train", "dev"]);
}

/// PolNeAR's test split: the corpus asks that it be measured once, when the rules are
/// frozen, and never read.
#[test]
#[ignore = "needs PARALLAX_EVAL_DIR built with prepare.py --polnear; measure once"]
fn who_speaks_on_polnear_test() {
    polnear(&["test"]);
}

fn polnear(splits: &[&str]) {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    let show = std::env::var_os("PARALLAX_SHOW_MISSES").is_some();
    println!();
    println!("who speaks on PolNeAR (named sources of speech; mapped labels)");
    println!(
        "{:<8} {:>8} {:>8} {:>20} {:>20}",
        "split", "passages", "skipped", "named P", "named R"
    );
    for split in splits {
        let file = root.join("single/polnear").join(format!("{split}.toml"));
        let t = who_speaks(&root, &file, &lexicons, show && *split == "train", Labelled::Mapped);
        let cell = |a: usize, b: usize| format!("{:.3} ({a}/{b})", a as f64 / b.max(1) as f64);
        println!(
            "{:<8} {:>8} {:>8} {:>20} {:>20}",
            split,
            t.passages,
            t.skipped,
            cell(t.found_right, t.found),
            cell(t.gold_found, t.gold)
        );
    }
}

/// The tune sets alone, their misses and figures, and the first set's figures: for working
/// on the rules without measuring the held-out set each time.
#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with the labelled tune articles; prints the misses"]
fn speaker_misses_on_tune_labels() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    for (n, (file, role)) in ATTRIBUTIONS.iter().take(TUNE_SETS + 1).enumerate() {
        let t = who_speaks(&root, file, &lexicons, n < TUNE_SETS, Labelled::ByHand);
        let r = |a: usize, b: usize| a as f64 / b.max(1) as f64;
        println!(
            "{role}: named P {:.3} ({}/{}) R {:.3} ({}/{}); unnamed P {:.3} ({}/{}) R {:.3} ({}/{})",
            r(t.found_right, t.found),
            t.found_right,
            t.found,
            r(t.gold_found, t.gold),
            t.gold_found,
            t.gold,
            r(t.unnamed_right, t.unnamed_said),
            t.unnamed_right,
            t.unnamed_said,
            r(t.unnamed_found, t.unnamed),
            t.unnamed_found,
            t.unnamed
        );
    }
}

/// Counts of one who-speaks label set.
#[derive(Default)]
struct Speaks {
    passages: usize,
    /// Labelled passages parallax does not read as one body passage (mapped labels only).
    skipped: usize,
    found: usize,
    found_right: usize,
    gold: usize,
    gold_found: usize,
    unnamed: usize,
    unnamed_found: usize,
    unnamed_said: usize,
    unnamed_right: usize,
}

/// How a label file is read: hand-written labels name passages exactly (a label that
/// names none is a broken label); labels mapped from another corpus's paragraphs may
/// name one parallax splits, merges or folds, and those are counted as skipped.
#[derive(Clone, Copy, PartialEq)]
enum Labelled {
    ByHand,
    Mapped,
}

fn who_speaks(
    root: &Path,
    file: impl AsRef<Path>,
    lexicons: &Lexicons,
    show_misses: bool,
    how: Labelled,
) -> Speaks {
    let file = file.as_ref();
    let labels = labels::read(file);
    let mut t = Speaks { passages: labels.passage.len(), ..Speaks::default() };
    let mut misses = Vec::new();
    let mut loaded: Option<(String, Article)> = None;
    for label in &labels.passage {
        if loaded.as_ref().is_none_or(|(p, _)| p != &label.path) {
            loaded = Some((label.path.clone(), article(root, &label.path)));
        }
        let a = &loaded.as_ref().unwrap().1;
        let id = match how {
            Labelled::ByHand => passage(a, &label.starts),
            Labelled::Mapped => match passages_starting(a, &label.starts)[..] {
                [id] if a.passages[id].kind == PassageKind::Body => id,
                _ => {
                    t.skipped += 1;
                    continue;
                }
            },
        };
        assert_eq!(a.passages[id].kind, PassageKind::Body, "{}: {:?}", label.path, label.starts);
        let cited: Vec<_> =
            attributions_of(a, &lexicons.aliases).into_iter().filter(|c| c.passage == id).collect();
        let mut names: Vec<String> = cited
            .iter()
            .filter(|c| c.kind == SourceKind::Named)
            .map(|c| c.speaker.clone())
            .collect();
        names.sort_unstable();
        names.dedup();
        for n in &names {
            if label.speakers.iter().any(|g| same_source(n, g)) {
                t.found += 1;
                t.found_right += 1;
            } else if label.also.iter().any(|g| same_source(n, g)) {
                // a source the mapped corpus marks, not wrong to list, not a speaker
                // either: counted on neither side
            } else {
                t.found += 1;
                misses.push(format!(
                    "extra  {n:?} in {:.300?} ({})",
                    a.passage_text(id),
                    label.path
                ));
            }
        }
        for g in &label.speakers {
            t.gold += 1;
            if names.iter().any(|n| same_source(n, g)) {
                t.gold_found += 1;
            } else {
                misses.push(format!("missed {g:?} in {:.300?}", a.passage_text(id)));
            }
        }
        let said = cited.iter().any(|c| c.kind == SourceKind::Unnamed);
        t.unnamed += usize::from(label.unnamed);
        t.unnamed_found += usize::from(label.unnamed && said);
        t.unnamed_said += usize::from(said);
        t.unnamed_right += usize::from(said && label.unnamed);
        if show_misses && how == Labelled::ByHand && label.unnamed != said {
            let what = if said { "extra  unnamed" } else { "missed unnamed" };
            misses.push(format!("{what} in {:.300?}", a.passage_text(id)));
        }
    }
    if show_misses {
        println!();
        println!("misses on {}:", file.display());
        for m in &misses {
            println!("  {m}");
        }
    }
    t
}

/// Counterpart labels written on tune stories, to choose on; the heldout ones report.
const COUNTERPARTS_TUNE: &str = "tests/eval/labels/counterparts_tune.toml";
/// Least own cosines of a drawn link tried, with the shipped lift.
const FLOORS: [f32; 8] = [0.05, 0.08, 0.11, 0.14, 0.18, 0.22, 0.26, 0.30];

/// For each floor: of the labelled passages with a counterpart, the share drawn, and of
/// those with none, the share drawn anyway.
fn tradeoff(root: &Path, file: &str, lexicons: &Lexicons) -> Vec<(f32, f64, f64)> {
    let labels: Pairs = toml::from_str(&std::fs::read_to_string(file).unwrap()).unwrap();
    let mut counts = vec![(0usize, 0usize, 0usize, 0usize); FLOORS.len()];
    for pair in &labels.pair {
        let (left, right) = (article(root, &pair.left), article(root, &pair.right));
        let index = Index::build(vec![&left, &right], lexicons);
        for (f, &floor) in FLOORS.iter().enumerate() {
            let gate = Gate { floor, ..Gate::default() };
            let drawn = index.links_gated(0, 1, 3, Scoring::Full, gate);
            for label in &pair.link {
                let l = passage(&left, &label.left);
                let strong = drawn
                    .iter()
                    .find(|x| x.left == l)
                    .is_some_and(|x| x.matches.iter().any(|m| m.strength == Strength::Strong));
                let c = &mut counts[f];
                if label.right.is_empty() {
                    c.2 += 1;
                    c.3 += usize::from(strong);
                } else {
                    c.0 += 1;
                    c.1 += usize::from(strong);
                }
            }
        }
    }
    FLOORS
        .iter()
        .zip(counts)
        .map(|(&f, c)| (f, c.1 as f64 / c.0.max(1) as f64, c.3 as f64 / c.2.max(1) as f64))
        .collect()
}

#[test]
#[ignore = "needs PARALLAX_EVAL_DIR with the labelled articles; prints the table"]
fn drawn_links_against_labels_by_floor() {
    let Some(root) = stories::root() else {
        println!("skipped: set PARALLAX_EVAL_DIR");
        return;
    };
    let lexicons = Lexicons::embedded();
    println!();
    println!("↔ drawn, by the least own cosine of a link (the shipped lift otherwise):");
    println!(
        "{:<8} {:>14} {:>14} {:>8}   {:>14} {:>14} {:>8}",
        "floor", "tune: has cp", "tune: none", "J", "heldout: has", "heldout: none", "J"
    );
    let tune = tradeoff(&root, COUNTERPARTS_TUNE, &lexicons);
    let heldout = tradeoff(&root, COUNTERPARTS, &lexicons);
    for (t, h) in tune.iter().zip(&heldout) {
        println!(
            "{:<8.2} {:>14.3} {:>14.3} {:>8.3}   {:>14.3} {:>14.3} {:>8.3}",
            t.0,
            t.1,
            t.2,
            t.1 - t.2,
            h.1,
            h.2,
            h.1 - h.2
        );
    }
}
