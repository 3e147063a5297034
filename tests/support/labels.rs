//! Who-speaks label files and the articles they name, for the measures that read them.

use parallax::corpus::{Article, Corpus};
use serde::Deserialize;
use std::path::Path;

/// Who-speaks labels: (file, role). The tune sets are written on tune stories to read
/// misses from; the first heldout set has been read since, so it counts as tuned too;
/// the later held-out sets are never printed, so they stay held out.
pub const ATTRIBUTIONS: [(&str, &str); 20] = [
    ("tests/eval/labels/attributions_tune.toml", "tune (tuned)"),
    ("tests/eval/labels/attributions_tune2.toml", "tune 2 (tuned)"),
    ("tests/eval/labels/attributions_tune3.toml", "tune 3 (tuned)"),
    ("tests/eval/labels/attributions_tune4.toml", "tune 4 (tuned)"),
    ("tests/eval/labels/attributions_tune5.toml", "tune 5 (tuned)"),
    ("tests/eval/labels/attributions_tune6.toml", "tune 6 (tuned)"),
    ("tests/eval/labels/attributions_tune7.toml", "tune 7 (tuned)"),
    ("tests/eval/labels/attributions_tune8.toml", "tune 8 (tuned)"),
    ("tests/eval/labels/attributions_tune9.toml", "tune 9 (tuned)"),
    ("tests/eval/labels/attributions_tune10.toml", "tune 10 (tuned)"),
    ("tests/eval/labels/attributions_tune11.toml", "tune 11 (tuned)"),
    ("tests/eval/labels/attributions_tune12.toml", "tune 12 (tuned)"),
    ("tests/eval/labels/attributions.toml", "first (tuned)"),
    ("tests/eval/labels/attributions_second.toml", "second (held out)"),
    ("tests/eval/labels/attributions_third.toml", "third (held out)"),
    ("tests/eval/labels/attributions_fourth.toml", "fourth (held out)"),
    ("tests/eval/labels/attributions_fifth.toml", "fifth (held out)"),
    ("tests/eval/labels/attributions_sixth.toml", "sixth (held out)"),
    ("tests/eval/labels/attributions_aeb.toml", "AEB (held out)"),
    ("tests/eval/labels/attributions_aeb2.toml", "AEB 2 (held out)"),
];
/// The first sets of `ATTRIBUTIONS`, written on tune stories: their misses are printed.
pub const TUNE_SETS: usize = 12;

#[derive(Deserialize)]
pub struct Passages {
    pub passage: Vec<Spoken>,
}

/// One labelled passage: its article, how it starts, and whom it cites.
#[derive(Deserialize)]
pub struct Spoken {
    pub path: String,
    pub starts: String,
    pub speakers: Vec<String>,
    #[serde(default)]
    pub unnamed: bool,
    /// Names not wrong to list, nor missed when not (labels mapped from a corpus whose
    /// notion of a source is wider than who speaks).
    #[serde(default)]
    pub also: Vec<String>,
}

pub fn read(file: impl AsRef<Path>) -> Passages {
    let file = file.as_ref();
    let text = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
}

pub fn article(root: &Path, path: &str) -> Article {
    let corpus = Corpus::load(&[root.join(path)]).unwrap_or_else(|e| panic!("{path}: {e}"));
    corpus.articles.into_iter().next().unwrap_or_else(|| panic!("{path}: no article"))
}

/// Whitespace squashed, control characters dropped: the reader shows a stray C1
/// control (a Windows dash decoded as Latin-1) as a space, the label file keeps it.
fn squash(s: &str) -> String {
    let s: String = s.chars().filter(|c| !c.is_control() || c.is_whitespace()).collect();
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The one content passage of `article` that starts with `prefix`: a label naming none
/// or two would silently shrink or skew the sample.
pub fn passage(article: &Article, prefix: &str) -> usize {
    let hits = passages_starting(article, prefix);
    assert_eq!(hits.len(), 1, "{}: {prefix:?} names {} content passages", article.path, hits.len());
    hits[0]
}

/// The content passages of `article` that start with `prefix`.
pub fn passages_starting(article: &Article, prefix: &str) -> Vec<usize> {
    let prefix = squash(prefix);
    (0..article.passages.len())
        .filter(|&i| article.passages[i].is_content())
        .filter(|&i| squash(article.passage_text(i)).starts_with(&prefix))
        .collect()
}
