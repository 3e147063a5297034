//! The page cache: each fetched page kept as its bytes plus a small JSON sidecar (URL,
//! final URL, validators, content type, when it was fetched), in `pages/` of the
//! cache directory. The next run revalidates a kept page with its validators, and
//! `--offline` reads only from here. Writes are atomic, bytes before the sidecar, so a
//! sidecar always describes whole bytes.

use crate::atomic::write_atomic;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What is known of a kept page besides its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sidecar {
    /// The URL as asked for (the cache key).
    pub url: String,
    /// Where the page was after redirects.
    pub final_url: String,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub content_type: Option<String>,
    /// Seconds since the epoch.
    pub fetched_at: u64,
}

/// The `pages/` folder of the cache directory.
#[derive(Debug, Clone)]
pub struct PageCache {
    dir: PathBuf,
}

impl PageCache {
    pub fn at(dir: impl Into<PathBuf>) -> PageCache {
        PageCache { dir: dir.into() }
    }

    /// `$XDG_CACHE_HOME/parallax/pages` (or `~/.cache/parallax/pages`).
    pub fn xdg() -> Option<PageCache> {
        crate::corpus::cache_dir().map(|d| PageCache::at(d.join("pages")))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn files(&self, url: &str) -> (PathBuf, PathBuf) {
        let key = format!("{:016x}", fnv1a(url.as_bytes()));
        (self.dir.join(format!("{key}.page")), self.dir.join(format!("{key}.json")))
    }

    /// The kept page of `url`, if there is a whole one. A sidecar that does not parse,
    /// or names another URL (a hash collision), is as good as none: the page is
    /// fetched again and both files replaced.
    pub fn get(&self, url: &str) -> Option<(Sidecar, Vec<u8>)> {
        let (page, sidecar) = self.files(url);
        let meta: Sidecar = serde_json::from_slice(&std::fs::read(sidecar).ok()?).ok()?;
        if meta.url != url {
            return None;
        }
        Some((meta, std::fs::read(page).ok()?))
    }

    /// Keeps a page; a cache that cannot be written costs the next run a full fetch,
    /// never this one its article, so the error is only returned for the caller to say.
    pub fn put(&self, meta: &Sidecar, bytes: &[u8]) -> std::io::Result<()> {
        let (page, sidecar) = self.files(&meta.url);
        write_atomic(&page, bytes)?;
        let json = serde_json::to_vec_pretty(meta).map_err(std::io::Error::other)?;
        write_atomic(&sidecar, &json)
    }
}

/// FNV-1a, 64 bits: a stable file name for a URL.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_page_comes_back_whole_and_only_for_its_url() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PageCache::at(dir.path().join("pages"));
        let meta = Sidecar {
            url: "http://a.example/x".into(),
            final_url: "http://a.example/y".into(),
            etag: Some("\"v1\"".into()),
            last_modified: None,
            content_type: Some("text/html".into()),
            fetched_at: 1,
        };
        assert!(cache.get(&meta.url).is_none());
        cache.put(&meta, b"<p>hi</p>").unwrap();
        assert_eq!(cache.get(&meta.url), Some((meta.clone(), b"<p>hi</p>".to_vec())));
        assert!(cache.get("http://a.example/other").is_none());
        // A broken sidecar is no cache at all.
        let (_, sidecar) = cache.files(&meta.url);
        std::fs::write(sidecar, "{").unwrap();
        assert!(cache.get(&meta.url).is_none());
    }
}
