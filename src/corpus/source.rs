//! Finding article files under the paths a user names, and reading them.

use super::{Corpus, Skipped};
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Extensions read when walking a folder; a file named explicitly is read whatever its name.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// A path the user named that cannot be opened at all.
#[derive(Debug, thiserror::Error)]
pub enum PathError {
    #[error("{0}: no such file or directory")]
    Missing(String),
    #[error("{path}: {source}")]
    Unreadable { path: String, source: io::Error },
}

/// The files to read, in a stable order, with what could not even be listed.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<Skipped>,
    /// Files passed over for their extension.
    pub ignored: usize,
}

/// Expands the user's paths: files as given, folders recursively (sorted, symlink loops
/// and repeats visited once). A named path that does not exist is an error.
pub fn list(paths: &[PathBuf]) -> Result<Listing, PathError> {
    let mut listing = Listing::default();
    let mut seen_dirs = HashSet::new();
    let mut seen_files = HashSet::new();
    for path in paths {
        let meta = fs::metadata(path).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => PathError::Missing(shown(path)),
            _ => PathError::Unreadable { path: shown(path), source: e },
        })?;
        if meta.is_dir() {
            walk(path, &mut listing, &mut seen_dirs, &mut seen_files);
        } else if seen_files.insert(canonical(path)) {
            listing.files.push(path.clone());
        }
    }
    Ok(listing)
}

fn walk(
    dir: &Path,
    out: &mut Listing,
    seen_dirs: &mut HashSet<PathBuf>,
    seen: &mut HashSet<PathBuf>,
) {
    if !seen_dirs.insert(canonical(dir)) {
        return; // a symlink loop or a folder named twice
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.skipped.push(Skipped::new(dir, reason(&e))),
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, out, seen_dirs, seen),
            Ok(_) if !has_article_extension(&path) => out.ignored += 1,
            Ok(_) => {
                if seen.insert(canonical(&path)) {
                    out.files.push(path);
                }
            }
            Err(e) if has_article_extension(&path) => {
                out.skipped.push(Skipped::new(&path, reason(&e)))
            }
            Err(_) => out.ignored += 1,
        }
    }
}

/// Reads and parses every listed file into a corpus; failures become skipped entries.
pub fn read(listing: Listing) -> Corpus {
    let mut corpus =
        Corpus { skipped: listing.skipped, ignored: listing.ignored, ..Corpus::default() };
    for path in listing.files {
        match fs::read(&path) {
            Ok(bytes) => corpus.add(&shown(&path), &bytes),
            Err(e) => corpus.skipped.push(Skipped::new(&path, reason(&e))),
        }
    }
    corpus
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

pub(crate) fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// A short reason a person can act on ("permission denied"), not a debug dump.
fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "unreadable: permission denied".into(),
        io::ErrorKind::NotFound => "vanished before it could be read".into(),
        _ if e.raw_os_error() == Some(40) => "symlink loop".into(),
        _ => format!("unreadable: {e}"),
    }
}
