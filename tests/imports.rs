//! The import graph between files, read from the source: no file imports a file that
//! imports it (directly or round a circle), and `app/` keeps its three levels — state
//! types at the bottom, handlers above them, `update` and the runtime on top.
//!
//! This reads `use` paths and `super::`/`crate::` references as text, which is enough
//! for this code base: a module is a file, and paths name them plainly. A file's use of
//! the modules it declares itself is not counted: a parent holding what its children
//! share, and calling them, is the shape of a Rust module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path inside a package ("" for its root, "handlers/opening") → its source,
/// with test modules and comment lines left out.
type Files = BTreeMap<String, String>;

fn read_package(dir: &Path) -> Files {
    let mut files = Files::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let rel = path.strip_prefix(dir).unwrap().with_extension("");
            let rel = rel.to_string_lossy().replace('\\', "/");
            let module = match rel.strip_suffix("mod") {
                Some(m) => m.trim_end_matches('/').to_owned(),
                None => rel,
            };
            let src = std::fs::read_to_string(&path).unwrap();
            files.insert(module, code_only(&src));
        }
    }
    files
}

/// The source without its `#[cfg(test)]` module and without comment lines.
fn code_only(src: &str) -> String {
    let src = match src.find("#[cfg(test)]\nmod tests") {
        Some(at) => &src[..at],
        None => src,
    };
    src.lines().filter(|l| !l.trim_start().starts_with("//")).collect::<Vec<_>>().join("\n")
}

fn parent(module: &str) -> &str {
    module.rsplit_once('/').map_or("", |(p, _)| p)
}

fn join(base: &str, seg: &str) -> String {
    if base.is_empty() { seg.to_owned() } else { format!("{base}/{seg}") }
}

struct Package {
    name: &'static str,
    files: Files,
    /// Names the package root re-exports, and the file each comes from.
    reexports: BTreeMap<String, String>,
}

impl Package {
    fn read(name: &'static str) -> Package {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(name);
        let files = read_package(&dir);
        let mut p = Package { name, files, reexports: BTreeMap::new() };
        let root = p.files.get("").cloned().unwrap_or_default();
        for (path, items) in use_items(&root, "pub use ") {
            let (module, _) = p.deepest("", &path);
            for item in items {
                let name = item.rsplit("::").next().unwrap_or("").trim().to_owned();
                let (inner, _) =
                    p.deepest(&module, &item.split("::").map(str::to_owned).collect::<Vec<_>>());
                if !name.is_empty() && name != "self" && name != "*" {
                    p.reexports.insert(name, inner);
                }
            }
        }
        p
    }

    /// The deepest module that `segments` names below `base`, and how many segments
    /// that took.
    fn deepest(&self, base: &str, segments: &[String]) -> (String, usize) {
        let mut at = base.to_owned();
        let mut taken = 0;
        for seg in segments {
            let next = join(&at, seg.trim());
            if !self.files.contains_key(&next) {
                break;
            }
            at = next;
            taken += 1;
        }
        (at, taken)
    }

    /// Where a path that starts at the package root leads: a file, or through a
    /// re-export of the root to the file it comes from.
    fn target(&self, base: &str, segments: &[String]) -> Option<String> {
        let (module, taken) = self.deepest(base, segments);
        if !module.is_empty() {
            return Some(module);
        }
        (taken == 0 && base.is_empty())
            .then(|| segments.first().and_then(|s| self.reexports.get(s.trim())).cloned())
            .flatten()
    }

    /// Every file each file refers to.
    fn edges(&self) -> BTreeMap<String, BTreeSet<String>> {
        let crate_prefix = format!("crate::{}::", self.name);
        let mut edges = BTreeMap::new();
        for (module, src) in &self.files {
            let mut out = BTreeSet::new();
            let here_parent = parent(module);
            for (prefix, base) in [("super::", here_parent), (crate_prefix.as_str(), "")] {
                for path in paths_after(src, prefix) {
                    if let Some(t) = self.target(base, &path) {
                        out.insert(t);
                    }
                }
                // `use super::x::{a, b::c}`: each item below the path before the braces.
                for (path, items) in use_items(src, &format!("use {prefix}")) {
                    let (group, _) = self.deepest(base, &path);
                    for item in items {
                        let segs: Vec<String> = item.split("::").map(str::to_owned).collect();
                        if let Some(t) = self.target(&group, &segs) {
                            out.insert(t);
                        }
                    }
                }
            }
            out.remove(module);
            out.remove(""); // the root only declares and re-exports
            edges.insert(module.clone(), out);
        }
        edges
    }
}

/// The identifier segments after each occurrence of `prefix` (`super::a::b::C` → a, b, C).
fn paths_after(src: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = src;
    while let Some(at) = rest.find(prefix) {
        let before = rest[..at].chars().next_back();
        rest = &rest[at + prefix.len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            continue; // `super::super::`, or a longer path that merely contains it
        }
        let mut segs = Vec::new();
        let mut s = rest;
        loop {
            let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
            if end == 0 {
                break;
            }
            segs.push(s[..end].to_owned());
            match s[end..].strip_prefix("::") {
                Some(more) => s = more,
                None => break,
            }
        }
        out.push(segs);
    }
    out
}

/// `use <prefix>a::b::{x, y::z}` → (["a", "b"], ["x", "y::z"]); a plain
/// `use <prefix>a::b` → (["a"], ["b"]).
fn use_items(src: &str, prefix: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let mut out = Vec::new();
    for stmt in src.split(';') {
        let stmt = stmt.trim();
        let Some(at) = stmt.find(prefix) else { continue };
        let body = &stmt[at + prefix.len()..];
        let body: String = body.split_whitespace().collect();
        let (path, items) = match body.split_once("::{") {
            Some((path, items)) => {
                let items = items.trim_end_matches('}');
                (path.to_owned(), split_top(items))
            }
            None => match body.rsplit_once("::") {
                Some((path, item)) => (path.to_owned(), vec![item.to_owned()]),
                None => (String::new(), vec![body.clone()]),
            },
        };
        let path: Vec<String> =
            path.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
        out.push((path, items));
    }
    out
}

/// Items of a brace group, split at its top-level commas (nested groups flattened to
/// their first segment, which is all the graph needs).
fn split_top(items: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut cur = String::new();
    for c in items.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ if depth == 0 => cur.push(c),
            _ => {}
        }
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim_end_matches("::").to_owned()).filter(|s| !s.is_empty()).collect()
}

/// The files that lie on a circle, each circle as a sorted list (Tarjan's algorithm).
fn circles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for t in w.edges.get(v).into_iter().flatten() {
            let t = t.as_str();
            if !w.edges.contains_key(t) {
                continue;
            }
            if !w.index.contains_key(t) {
                visit(w, t);
                let lt = w.low[t];
                let lv = w.low.get_mut(v).unwrap();
                *lv = (*lv).min(lt);
            } else if w.stack.contains(&t) {
                let it = w.index[t];
                let lv = w.low.get_mut(v).unwrap();
                *lv = (*lv).min(it);
            }
        }
        if w.low[v] == w.index[v] {
            let mut comp = Vec::new();
            while let Some(x) = w.stack.pop() {
                comp.push(x.to_owned());
                if x == v {
                    break;
                }
            }
            if comp.len() > 1 {
                comp.sort();
                w.found.push(comp);
            }
        }
    }
    let mut w = Walk {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in edges.keys() {
        if !w.index.contains_key(v.as_str()) {
            visit(&mut w, v);
        }
    }
    w.found
}

#[test]
fn no_file_imports_a_file_that_imports_it() {
    for name in ["app", "archive", "corpus", "diff", "index", "lens", "store", "text", "web"] {
        let package = Package::read(name);
        let found = circles(&package.edges());
        assert!(found.is_empty(), "import circles in src/{name}: {found:?}");
    }
}

#[test]
fn app_state_handlers_update_import_only_downward() {
    let package = Package::read("app");
    let edges = package.edges();
    let top = ["update", "runtime"];
    let level = |m: &str| match m {
        m if top.contains(&m) => 2,
        m if m == "handlers" || m.starts_with("handlers/") => 1,
        _ => 0,
    };
    for (from, targets) in &edges {
        for to in targets {
            assert!(
                level(to) <= level(from),
                "src/app/{from}.rs imports src/app/{to}.rs, which is above it"
            );
            // The runtime drives update; nothing else on top is imported at all.
            assert!(
                !(top.contains(&to.as_str()) && !(from == "runtime" && to == "update")),
                "src/app/{from}.rs imports src/app/{to}.rs"
            );
        }
    }
    // That the graph is read at all: edges it must find.
    let update = &edges["update"];
    assert!(update.contains("state") && update.iter().any(|m| m.starts_with("handlers/")));
    assert!(edges["handlers/opening"].contains("handlers/panes"));
}

#[test]
fn the_reading_of_paths_finds_groups_and_reexports() {
    let items = use_items("use super::handlers::{bookmarks, panes::{a, b}};", "use super::");
    assert_eq!(
        items,
        vec![(vec!["handlers".to_owned()], vec!["bookmarks".into(), "panes".into()])]
    );
    let paths = paths_after("x = super::state::App; y = crate::super::z;", "super::");
    assert_eq!(paths, vec![vec!["state".to_owned(), "App".into()]]);
}
