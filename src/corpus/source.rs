//! Finding article files under the paths a user names, and reading them.

use super::Skipped;
use super::formats::{self, Format, JsonlFields};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// A path the user named that cannot be opened at all.
#[derive(Debug, thiserror::Error)]
pub enum PathError {
    #[error("{0}: no such file or directory")]
    Missing(String),
    #[error("{path}: {source}")]
    Unreadable { path: String, source: io::Error },
}

/// What identifies a file's content for the cache: its size and modification time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub size: u64,
    /// Modification time, nanoseconds since the epoch (0 when unknown).
    pub mtime_ns: u64,
}

impl Stamp {
    pub fn of(meta: &fs::Metadata) -> Stamp {
        let mtime_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        Stamp { size: meta.len(), mtime_ns }
    }
}

/// The files to read, in a stable order, with what could not even be listed.
#[derive(Debug, Default)]
pub struct Listing {
    pub files: Vec<PathBuf>,
    /// Per file (same order as `files`): size and mtime as listed, and how to read it.
    pub stamps: Vec<(Stamp, Format)>,
    pub skipped: Vec<Skipped>,
    /// Files passed over for their extension.
    pub ignored: usize,
}

impl Listing {
    fn push(&mut self, path: PathBuf, meta: &fs::Metadata, format: Format) {
        self.files.push(path);
        self.stamps.push((Stamp::of(meta), format));
    }
}

/// A file's identity, to read it once however many ways it is reached.
#[derive(Debug, PartialEq, Eq, Hash)]
enum FileId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Path(PathBuf),
}

fn file_id(path: &Path, meta: &fs::Metadata) -> FileId {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = path;
        FileId::Inode(meta.dev(), meta.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        FileId::Path(canonical(path))
    }
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
        } else if seen_files.insert(file_id(path, &meta)) {
            listing.push(path.clone(), &meta, Format::of_path(path));
        }
    }
    Ok(listing)
}

fn walk(
    dir: &Path,
    out: &mut Listing,
    seen_dirs: &mut HashSet<PathBuf>,
    seen: &mut HashSet<FileId>,
) {
    if !seen_dirs.insert(canonical(dir)) {
        return; // a symlink loop or a folder named twice
    }
    let entries = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => return out.skipped.push(Skipped::new(dir, reason(&e))),
    };
    // The entry's type comes with the listing: folders and ignored files cost no stat.
    let mut entries: Vec<fs::DirEntry> = entries.filter_map(Result::ok).collect();
    // Siblings: ordering by name is ordering by path, and cheaper.
    entries.sort_by_key(fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        let kind = entry.file_type().ok();
        let entry = Some(entry);
        if kind.is_some_and(|k| k.is_dir()) {
            walk(&path, out, seen_dirs, seen);
            continue;
        }
        let format = Format::of_extension(&path);
        if kind.is_some_and(|k| k.is_file()) && format.is_none() {
            out.ignored += 1;
            continue;
        }
        // A regular file's metadata through its directory entry (no path walk).
        let meta = match (&kind, &entry) {
            (Some(k), Some(e)) if k.is_file() => e.metadata(),
            _ => fs::metadata(&path),
        };
        match (meta, format) {
            (Ok(m), _) if m.is_dir() => walk(&path, out, seen_dirs, seen),
            (Ok(_), None) => out.ignored += 1,
            (Ok(m), Some(f)) => {
                if seen.insert(file_id(&path, &m)) {
                    out.push(path, &m, f);
                }
            }
            (Err(e), Some(_)) => out.skipped.push(Skipped::new(&path, listing_reason(&path, &e))),
            (Err(_), None) => out.ignored += 1,
        }
    }
}

/// Reads one listed file: its articles (with where each was found) and what was skipped.
pub(crate) fn read_one(path: &Path, format: Format, fields: &JsonlFields) -> formats::Parsed {
    match fs::read(path) {
        Ok(bytes) => formats::parse(&shown(path), &bytes, format, fields),
        Err(e) => {
            formats::Parsed { skipped: vec![Skipped::new(path, reason(&e))], ..Default::default() }
        }
    }
}

fn canonical(path: &Path) -> PathBuf {
    fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

pub(crate) fn shown(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

/// A short reason a person can act on ("permission denied"), not a debug dump.
/// Why a listed path could not be followed: a link to nothing says so.
fn listing_reason(path: &Path, e: &io::Error) -> String {
    let dangling = e.kind() == io::ErrorKind::NotFound
        && fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if dangling { "broken symlink".into() } else { reason(e) }
}

pub(crate) fn reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::PermissionDenied => "unreadable: permission denied".into(),
        io::ErrorKind::NotFound => "vanished before it could be read".into(),
        _ if e.raw_os_error() == Some(40) => "symlink loop".into(),
        _ => format!("unreadable: {e}"),
    }
}
