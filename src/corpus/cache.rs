//! The on-disk index cache: per file (keyed by path, size and mtime) the articles'
//! metadata and passages, and what was skipped, so a second start on an unchanged
//! archive parses nothing, and a changed file is parsed alone.
//!
//! One file per set of named roots under `$XDG_CACHE_HOME/parallax` (else
//! `~/.cache/parallax`): `catalog-<hash>.bin`. Layout: magic `PLXCAT\r\n`, format
//! version (u32 LE), payload length (u64 LE), FNV-1a 64 checksum of the payload (u64
//! LE), then the payload in postcard. A wrong magic, length, checksum or payload is
//! corruption: the cache is rebuilt and the user told; another version is rebuilt
//! silently. Writes are atomic ([`crate::atomic::write_atomic`]).

use super::Skipped;
use super::entry::Entry;
use super::formats::{Format, JsonlFields, Parsed};
use super::load::{CacheMode, LoadOptions};
use super::source::Stamp;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"PLXCAT\r\n";
/// Bumped whenever parsing or the payload changes, so old caches are not trusted.
const VERSION: u32 = 2;
const HEADER: usize = 8 + 4 + 8 + 8;

/// One file's articles, as parsed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct CachedFile {
    /// The path's bytes (lossless on Unix).
    pub path: Vec<u8>,
    pub stamp: Stamp,
    pub format: Format,
    pub entries: Vec<Entry>,
    pub skipped: Vec<Skipped>,
}

impl CachedFile {
    pub fn of(path: &Path, stamp: Stamp, format: Format, parsed: Parsed) -> CachedFile {
        CachedFile {
            path: key(path),
            stamp,
            format,
            entries: parsed.articles.iter().map(|(a, o)| Entry::of(a, *o, 0)).collect(),
            skipped: parsed.skipped,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Payload {
    fields: JsonlFields,
    files: Vec<CachedFile>,
}

/// The lookup key of a path: its bytes.
pub(crate) fn key(path: &Path) -> Vec<u8> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str().as_bytes().to_vec()
    }
    #[cfg(not(unix))]
    {
        path.to_string_lossy().into_owned().into_bytes()
    }
}

/// `$XDG_CACHE_HOME/parallax`, else `~/.cache/parallax`.
pub fn cache_dir() -> Option<PathBuf> {
    let from_env =
        std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    let dir =
        from_env.or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
    Some(dir.join("parallax"))
}

/// Where something kept for one set of roots goes in the cache directory:
/// `PREFIX-HASH` of the roots as named (canonicalised) and the JSON Lines fields.
fn beside_cache(
    roots: &[PathBuf],
    opts: &LoadOptions,
    prefix: &str,
    suffix: &str,
) -> Option<PathBuf> {
    let dir = match &opts.cache {
        CacheMode::Off => return None,
        CacheMode::At(d) => d.clone(),
        CacheMode::Xdg => cache_dir()?,
    };
    let mut h = Fnv::default();
    for r in roots {
        h.write(&key(&std::fs::canonicalize(r).unwrap_or_else(|_| r.clone())));
        h.write(b"\0");
    }
    h.write(serde_json::to_string(&opts.jsonl).unwrap_or_default().as_bytes());
    Some(dir.join(format!("{prefix}-{:016x}{suffix}", h.0)))
}

/// The folder of the archive index of one set of roots, beside its index cache.
pub fn archive_dir(roots: &[PathBuf], opts: &LoadOptions) -> Option<PathBuf> {
    beside_cache(roots, opts, "archive", "")
}

/// The cache file of one set of roots.
pub(crate) struct Store {
    pub file: PathBuf,
    fields: JsonlFields,
}

impl Store {
    pub fn for_roots(roots: &[PathBuf], opts: &LoadOptions) -> Option<Store> {
        Some(Store {
            file: beside_cache(roots, opts, "catalog", ".bin")?,
            fields: opts.jsonl.clone(),
        })
    }

    /// The cached files by path, and a warning when the cache was corrupt.
    pub fn read(&self) -> (HashMap<Vec<u8>, CachedFile>, Option<String>) {
        let bytes = match std::fs::read(&self.file) {
            Ok(b) => b,
            Err(_) => return Default::default(), // no cache yet (or unreadable: rebuilt)
        };
        match decode(&bytes) {
            Ok(Some(p)) if p.fields == self.fields => {
                (p.files.into_iter().map(|f| (f.path.clone(), f)).collect(), None)
            }
            Ok(_) => Default::default(), // another version: rebuilt quietly
            Err(why) => (
                HashMap::new(),
                Some(format!("index cache {} was corrupt ({why}); rebuilt", self.file.display())),
            ),
        }
    }

    pub fn write(&self, files: Vec<CachedFile>, fields: &JsonlFields) -> std::io::Result<()> {
        let payload = postcard::to_stdvec(&Payload { fields: fields.clone(), files })
            .map_err(std::io::Error::other)?;
        let mut out = Vec::with_capacity(HEADER + payload.len());
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(payload.len() as u64).to_le_bytes());
        let mut h = Fnv::default();
        h.write(&payload);
        out.extend_from_slice(&h.0.to_le_bytes());
        out.extend_from_slice(&payload);
        crate::atomic::write_atomic(&self.file, &out)
    }
}

/// `Ok(None)` for another version, `Err` for corruption.
fn decode(bytes: &[u8]) -> Result<Option<Payload>, String> {
    if bytes.len() < HEADER || &bytes[..8] != MAGIC {
        return Err("not a parallax index cache".into());
    }
    let word =
        |r: std::ops::Range<usize>| bytes[r].iter().rev().fold(0u64, |a, &b| a << 8 | u64::from(b));
    if word(8..12) != u64::from(VERSION) {
        return Ok(None);
    }
    let len = word(12..20);
    let payload = &bytes[HEADER..];
    if payload.len() as u64 != len {
        return Err(format!("{} bytes of payload, {len} expected", payload.len()));
    }
    let mut h = Fnv::default();
    h.write(payload);
    if h.0 != word(20..28) {
        return Err("checksum mismatch".into());
    }
    postcard::from_bytes(payload).map(Some).map_err(|e| format!("unreadable payload: {e}"))
}

/// FNV-1a 64: stable across builds and platforms, unlike std's hasher.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
