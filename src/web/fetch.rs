//! The one HTTP client: a kept `ureq` agent (rustls, gzip and brotli, proxies from
//! `HTTP(S)_PROXY`/`ALL_PROXY` with `NO_PROXY`), redirects followed here so that each
//! hop's scheme is checked and the whole fetch has one deadline, a size cap checked
//! before and while reading, and the page cache consulted and kept up to date.

use super::FetchError;
use super::cache::{PageCache, Sidecar};
use super::target::fetchable;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How pages are fetched.
#[derive(Debug, Clone, PartialEq)]
pub struct FetchOptions {
    /// Time to open a connection.
    pub connect_timeout: Duration,
    /// Time for the whole fetch, redirects and body included.
    pub timeout: Duration,
    /// A larger body is refused, without reading the rest of it.
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// Read only the page cache; a page not kept there is an error.
    pub offline: bool,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 20_000_000,
            max_redirects: 10,
            offline: false,
        }
    }
}

/// The environment variable that sets the whole-fetch timeout, in seconds (the
/// connect timeout is never longer): for slow links, and for tests of a stalled server.
pub const TIMEOUT_VAR: &str = "PARALLAX_FETCH_TIMEOUT";

impl FetchOptions {
    /// The defaults, with [`TIMEOUT_VAR`] applied when it holds a positive number.
    pub fn from_env() -> FetchOptions {
        let mut o = FetchOptions::default();
        let secs = std::env::var(TIMEOUT_VAR).ok().and_then(|v| v.trim().parse::<f64>().ok());
        if let Some(t) = secs.filter(|s| s.is_finite() && *s > 0.0).map(Duration::from_secs_f64) {
            o.timeout = t;
            o.connect_timeout = o.connect_timeout.min(t);
        }
        o
    }
}

/// How a page was had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Got {
    /// From the server, and kept.
    Fetched,
    /// The server said the kept copy is current (304).
    Revalidated,
    /// From the cache alone (`--offline`).
    Offline,
}

/// A page's bytes and what the server said of them.
#[derive(Debug, Clone)]
pub struct Page {
    /// The URL as asked for.
    pub url: String,
    /// Where the page was, after redirects.
    pub final_url: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    pub got: Got,
    /// Something the user should know that did not stop the fetch (cache not written).
    pub warning: Option<String>,
}

impl Page {
    fn kept(meta: Sidecar, bytes: Vec<u8>, got: Got) -> Page {
        Page {
            url: meta.url,
            final_url: meta.final_url,
            content_type: meta.content_type,
            bytes,
            got,
            warning: None,
        }
    }
}

/// What a page may be sent as: HTML, or no type at all (the parser decides).
pub(crate) const HTML: &[&str] = &["text/html", "application/xhtml+xml"];
/// What a feed may be sent as; the generic XML and JSON types are read as a feed only
/// when the body is one.
pub(crate) const FEED: &[&str] = &[
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
    "application/xml",
    "text/xml",
    "application/json",
];
const ACCEPT: &str = "text/html,application/xhtml+xml;q=0.9,application/rss+xml;q=0.8,\
                      application/atom+xml;q=0.8,application/feed+json;q=0.8,*/*;q=0.1";

/// A Content-Type header's media type, lower case, without parameters.
pub(crate) fn mime(content_type: &str) -> String {
    content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase()
}

/// The kept client and cache; one per process, reused for every URL.
pub struct Fetcher {
    agent: ureq::Agent,
    opts: FetchOptions,
    cache: Option<PageCache>,
}

impl std::fmt::Debug for Fetcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fetcher").field("opts", &self.opts).field("cache", &self.cache).finish()
    }
}

impl Fetcher {
    pub fn new(opts: FetchOptions, cache: Option<PageCache>) -> Fetcher {
        let agent = ureq::Agent::config_builder()
            .timeout_connect(Some(opts.connect_timeout))
            .max_redirects(0)
            .max_redirects_will_error(false)
            .http_status_as_error(false)
            .user_agent(concat!("parallax/", env!("CARGO_PKG_VERSION")))
            .accept_encoding("gzip, deflate, br")
            .proxy(ureq::Proxy::try_from_env())
            .build()
            .into();
        Fetcher { agent, opts, cache }
    }

    /// The page or feed at `url` (anything else is refused before its body is read):
    /// revalidated from the cache when a copy is kept (`If-None-Match`,
    /// `If-Modified-Since`; a 304 gives the kept copy), from the cache alone offline.
    pub fn fetch(&self, url: &str) -> Result<Page, FetchError> {
        let asked = url::Url::parse(url).map_err(|e| FetchError::BadUrl(e.to_string()))?;
        fetchable(&asked)?;
        let key = asked.as_str();
        let kept = self.cache.as_ref().and_then(|c| c.get(key));
        if self.opts.offline {
            let (meta, bytes) = kept.ok_or(FetchError::NotCached)?;
            return Ok(Page::kept(meta, bytes, Got::Offline));
        }
        let deadline = Instant::now() + self.opts.timeout;
        let mut at = asked.clone();
        let mut hops = 0;
        let response = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(FetchError::TimedOut(self.opts.timeout.as_secs_f64()));
            }
            let mut req = self.agent.get(at.as_str()).header("Accept", ACCEPT);
            if let Some((meta, _)) = &kept {
                if let Some(etag) = &meta.etag {
                    req = req.header("If-None-Match", etag);
                }
                if let Some(since) = &meta.last_modified {
                    req = req.header("If-Modified-Since", since);
                }
            }
            let resp = req
                .config()
                .timeout_global(Some(left))
                .build()
                .call()
                .map_err(|e| self.error(e))?;
            let status = resp.status().as_u16();
            if !matches!(status, 301 | 302 | 303 | 307 | 308) {
                break resp;
            }
            let location = header(&resp, "location").ok_or(FetchError::Status(status))?;
            let next = at.join(&location).map_err(|e| FetchError::BadUrl(e.to_string()))?;
            if !matches!(next.scheme(), "http" | "https") {
                return Err(FetchError::RedirectScheme(next.scheme().to_owned()));
            }
            hops += 1;
            if hops > self.opts.max_redirects {
                return Err(FetchError::TooManyRedirects(self.opts.max_redirects));
            }
            at = next;
        };
        match (response.status().as_u16(), kept) {
            (304, Some((meta, bytes))) => return Ok(Page::kept(meta, bytes, Got::Revalidated)),
            (s, _) if !(200..300).contains(&s) => return Err(FetchError::Status(s)),
            _ => {}
        }
        let content_type = header(&response, "content-type");
        if let Some(ct) = &content_type {
            let mime = mime(ct);
            if !HTML.contains(&mime.as_str()) && !FEED.contains(&mime.as_str()) {
                return Err(FetchError::NotHtml(mime));
            }
        }
        let declared = header(&response, "content-length").and_then(|l| l.parse::<u64>().ok());
        if declared.is_some_and(|len| len > self.opts.max_bytes) {
            return Err(self.too_large());
        }
        let meta = Sidecar {
            url: key.to_owned(),
            final_url: at.to_string(),
            etag: header(&response, "etag"),
            last_modified: header(&response, "last-modified"),
            content_type: content_type.clone(),
            fetched_at: SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()),
        };
        let encoding = header(&response, "content-encoding");
        let mut bytes = response
            .into_body()
            .with_config()
            .limit(self.opts.max_bytes)
            .read_to_vec()
            .map_err(|e| self.error(e))?;
        if encoding.is_some_and(|e| e.trim().eq_ignore_ascii_case("deflate")) {
            bytes = inflate(&bytes, self.opts.max_bytes).map_err(|e| match e {
                Inflate::TooLarge => self.too_large(),
                Inflate::Corrupt(e) => FetchError::Network(format!("bad deflate body: {e}")),
            })?;
        }
        let warning = self
            .cache
            .as_ref()
            .and_then(|c| c.put(&meta, &bytes).err().map(|e| (c.dir().display().to_string(), e)))
            .map(|(dir, e)| format!("page not kept in {dir}: {e}"));
        Ok(Page {
            url: meta.url,
            final_url: meta.final_url,
            content_type,
            bytes,
            got: Got::Fetched,
            warning,
        })
    }

    fn too_large(&self) -> FetchError {
        FetchError::TooLarge(self.opts.max_bytes / 1_000_000)
    }

    /// A client error in the user's words.
    fn error(&self, e: ureq::Error) -> FetchError {
        use ureq::Error as E;
        let total = self.opts.timeout.as_secs_f64();
        match e {
            E::Timeout(ureq::Timeout::Connect) => {
                FetchError::TimedOut(self.opts.connect_timeout.as_secs_f64())
            }
            E::Timeout(_) | E::BodyStalled => FetchError::TimedOut(total),
            E::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => FetchError::TimedOut(total),
            E::BodyExceedsLimit(_) => self.too_large(),
            E::TooManyRedirects => FetchError::TooManyRedirects(self.opts.max_redirects),
            E::HostNotFound => FetchError::HostNotFound,
            E::Tls(s) => FetchError::Tls(s.to_owned()),
            E::Rustls(r) => FetchError::Tls(r.to_string()),
            E::Io(io) => FetchError::Network(match io.kind() {
                std::io::ErrorKind::ConnectionRefused => "connection refused".into(),
                std::io::ErrorKind::ConnectionReset => "connection reset by the server".into(),
                _ => io.to_string(),
            }),
            other => FetchError::Network(other.to_string()),
        }
    }
}

enum Inflate {
    TooLarge,
    Corrupt(std::io::Error),
}

/// A `deflate` body: zlib-wrapped as the HTTP spec says, or raw deflate as some
/// servers send it. Its inflated size is capped as a plain body's is, so a small body
/// cannot unfold into gigabytes.
fn inflate(bytes: &[u8], max: u64) -> Result<Vec<u8>, Inflate> {
    use std::io::Read;
    fn read(r: impl Read, max: u64) -> Result<Vec<u8>, Inflate> {
        let mut out = Vec::new();
        r.take(max + 1).read_to_end(&mut out).map_err(Inflate::Corrupt)?;
        if out.len() as u64 > max { Err(Inflate::TooLarge) } else { Ok(out) }
    }
    match read(flate2::read::ZlibDecoder::new(bytes), max) {
        Err(Inflate::Corrupt(_)) => read(flate2::read::DeflateDecoder::new(bytes), max),
        done => done,
    }
}

fn header(resp: &ureq::http::Response<ureq::Body>, name: &str) -> Option<String> {
    resp.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned)
}
