//! What a command-line argument names: a file or folder, or a URL to fetch.

use super::FetchError;
use std::path::Path;

/// An argument as the loader reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A file or folder.
    Path,
    /// An http or https URL, parsed.
    Url(url::Url),
}

/// Whether an argument is written as a URL (`scheme://…`), whatever its scheme: such
/// an argument is never read as a path, so `file:///etc/passwd` is refused rather than
/// opened.
pub fn is_url(arg: &Path) -> bool {
    let Some(s) = arg.to_str() else { return false };
    let Some((scheme, _)) = s.split_once("://") else { return false };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
}

/// What `arg` names. Only http and https are fetched: any other scheme is refused.
pub fn target(arg: &Path) -> Result<Target, FetchError> {
    if !is_url(arg) {
        return Ok(Target::Path);
    }
    let s = arg.to_string_lossy();
    let url = url::Url::parse(&s).map_err(|e| FetchError::BadUrl(e.to_string()))?;
    fetchable(&url)?;
    Ok(Target::Url(url))
}

/// Refuses what is not an http(s) URL with a host; checked again at every redirect.
pub(crate) fn fetchable(url: &url::Url) -> Result<(), FetchError> {
    match url.scheme() {
        "http" | "https" if url.host().is_some() => Ok(()),
        "http" | "https" => Err(FetchError::BadUrl("no host".into())),
        other => Err(FetchError::Scheme(other.to_owned())),
    }
}

/// The site a URL is on, as a reader names it: the host without `www.`.
pub(crate) fn site(url: &str) -> Option<String> {
    let host = url::Url::parse(url).ok()?.host_str()?.to_owned();
    Some(host.strip_prefix("www.").map(str::to_owned).unwrap_or(host))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_paths_are_told_apart() {
        assert_eq!(target(Path::new("notes/a.txt")), Ok(Target::Path));
        assert_eq!(target(Path::new("a:b.txt")), Ok(Target::Path));
        assert!(matches!(target(Path::new("https://example.org/a")), Ok(Target::Url(_))));
        assert_eq!(target(Path::new("file:///etc/passwd")), Err(FetchError::Scheme("file".into())));
        assert_eq!(target(Path::new("ftp://x.org/a")), Err(FetchError::Scheme("ftp".into())));
        assert_eq!(
            FetchError::Scheme("file".into()).to_string(),
            "refused: file:// is not fetched"
        );
        assert!(matches!(target(Path::new("http://")), Err(FetchError::BadUrl(_))));
    }

    #[test]
    fn the_site_is_the_host_without_www() {
        assert_eq!(site("https://www.example.org/a?b").as_deref(), Some("example.org"));
        assert_eq!(site("http://127.0.0.1:8080/").as_deref(), Some("127.0.0.1"));
    }
}
