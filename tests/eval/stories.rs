//! Story-grouped public news laid out as `<root>/<set>/<split>/<story>/<n>.txt`
//! (headline, blank line, paragraphs), as `tests/eval/prepare.py` writes it, for the
//! ignored measures that print quality tables.
//!
//! Where the root holds `index.tsv` (path, set, split, story, outlet, date, url), each
//! article gets its outlet and date from it, as a library of fetched pages would know
//! them.

#![allow(dead_code)]

use parallax::corpus::{Article, Corpus};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The splits every set is cut into: chosen on `tune`, reported on `heldout`.
pub const SPLITS: [&str; 2] = ["tune", "heldout"];

/// One split of one set: its articles (stories and files in name order) and the story
/// each belongs to.
pub struct Split {
    pub articles: Vec<Article>,
    pub story: Vec<usize>,
    pub stories: usize,
}

impl Split {
    /// Reads `<root>/<set>/<split>/`.
    pub fn load(root: &Path, set: &str, split: &str) -> Split {
        let dir = root.join(set).join(split);
        let meta = metadata(root);
        let mut stories: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        stories.sort();
        let mut out = Split { articles: Vec::new(), story: Vec::new(), stories: stories.len() };
        for (s, d) in stories.iter().enumerate() {
            let mut c = Corpus::load(std::slice::from_ref(d))
                .unwrap_or_else(|e| panic!("{}: {e}", d.display()));
            c.articles.sort_by(|a, b| a.path.cmp(&b.path));
            for a in &mut c.articles {
                let file = Path::new(&a.path).file_name().unwrap_or_default();
                let key = Path::new(set).join(split).join(d.file_name().unwrap_or_default());
                if let Some((outlet, date)) = meta.get(&key.join(file)) {
                    a.outlet = outlet.clone();
                    a.date = date.clone();
                }
            }
            out.story.extend(std::iter::repeat_n(s, c.articles.len()));
            out.articles.extend(c.articles);
        }
        out
    }

    /// Articles with at least one other article of their story.
    pub fn queries(&self) -> Vec<usize> {
        let n = self.articles.len();
        (0..n).filter(|&a| (0..n).any(|b| b != a && self.story[b] == self.story[a])).collect()
    }
}

/// The sets under `root` (folders holding a `tune` or `heldout` split), in name order.
pub fn sets(root: &Path) -> Vec<String> {
    let mut sets: Vec<String> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(Result::ok)
        .filter(|e| SPLITS.iter().any(|s| e.path().join(s).is_dir()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    sets.sort();
    sets
}

/// The root from `PARALLAX_EVAL_DIR`, if set.
pub fn root() -> Option<PathBuf> {
    std::env::var_os("PARALLAX_EVAL_DIR").map(PathBuf::from)
}

type Meta = (Option<String>, Option<String>);

fn metadata(root: &Path) -> HashMap<PathBuf, Meta> {
    let Ok(tsv) = std::fs::read_to_string(root.join("index.tsv")) else {
        return HashMap::new();
    };
    let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
    tsv.lines()
        .skip(1)
        .filter_map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f.len() >= 6).then(|| (PathBuf::from(f[0]), (some(f[4]), some(f[5]))))
        })
        .collect()
}
