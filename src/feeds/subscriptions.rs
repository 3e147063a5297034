//! The feeds a reader follows, from where feed readers keep them: an OPML file (what
//! every feed reader exports), the `[feeds]` table of config.toml, and newsboat's
//! `urls` file.

use std::path::{Path, PathBuf};

/// One subscribed feed.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Subscription {
    pub url: String,
    /// The name the subscription list gives it, if any.
    pub title: Option<String>,
}

/// Why a subscription list could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {reason}")]
pub struct ListError {
    pub path: String,
    pub reason: String,
}

/// The feeds of an OPML document: every outline with an `xmlUrl`, folders included.
pub fn from_opml(text: &str) -> Result<Vec<Subscription>, String> {
    let doc = opml::OPML::from_str(text).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    let mut stack: Vec<&opml::Outline> = doc.body.outlines.iter().rev().collect();
    while let Some(o) = stack.pop() {
        if let Some(url) = o.xml_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            let title = o.title.clone().or_else(|| Some(o.text.clone())).filter(|t| !t.is_empty());
            out.push(Subscription { url: url.to_owned(), title });
        }
        stack.extend(o.outlines.iter().rev());
    }
    Ok(out)
}

/// The feeds of newsboat's `urls` file: one URL a line, then tags (`"tag"`, or
/// `"~Name"` for the name newsboat shows); `#` starts a comment. `query:` feeds are
/// newsboat's own searches and `exec:`/`filter:` feeds run commands: all are skipped,
/// as is anything that is not an http(s) URL.
pub fn from_newsboat(text: &str) -> Vec<Subscription> {
    let mut out = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (url, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let url = url.trim_matches('"');
        if !(url.starts_with("http://") || url.starts_with("https://")) {
            continue;
        }
        let title = tags(rest).into_iter().find_map(|t| t.strip_prefix('~').map(str::to_owned));
        out.push(Subscription { url: url.to_owned(), title });
    }
    out
}

/// The tags after a newsboat URL: quoted strings (which may hold spaces) or bare words,
/// up to a `#` comment.
fn tags(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = rest.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '#' => break,
            '"' => {
                chars.next();
                let mut tag = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => tag.extend(chars.next()),
                        c => tag.push(c),
                    }
                }
                out.push(tag);
            }
            _ => {
                let mut tag = String::new();
                while let Some(&c) = chars.peek().filter(|c| !c.is_whitespace()) {
                    tag.push(c);
                    chars.next();
                }
                out.push(tag);
            }
        }
    }
    out
}

/// Where newsboat keeps its `urls` file: `~/.newsboat` when it exists (as newsboat
/// itself decides), else `$XDG_CONFIG_HOME/newsboat`.
pub fn newsboat_urls() -> Option<PathBuf> {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let dotdir = home.as_ref().map(|h| h.join(".newsboat"));
    if let Some(d) = dotdir.filter(|d| d.is_dir()) {
        return Some(d.join("urls"));
    }
    let xdg = std::env::var_os("XDG_CONFIG_HOME").map(PathBuf::from).filter(|p| p.is_absolute());
    Some(xdg.or_else(|| home.map(|h| h.join(".config")))?.join("newsboat").join("urls"))
}

/// Every subscription: the OPML files (`feeds.opml` in the config folder when it
/// exists), config.toml's URLs and newsboat's `urls`, each feed once, in that order.
/// A list that exists but cannot be read is an error: pulling without it would look
/// like success.
pub fn gather(
    opml_files: &[PathBuf],
    config_urls: &[String],
    newsboat: Option<&Path>,
) -> Result<Vec<Subscription>, ListError> {
    let mut all = Vec::new();
    for path in opml_files {
        let text = read(path)?;
        all.extend(from_opml(&text).map_err(|reason| error(path, reason))?);
    }
    all.extend(config_urls.iter().map(|u| Subscription { url: u.trim().to_owned(), title: None }));
    if let Some(path) = newsboat.filter(|p| p.exists()) {
        all.extend(from_newsboat(&read(path)?));
    }
    let mut seen = std::collections::HashSet::new();
    all.retain(|s| seen.insert(s.url.clone()));
    Ok(all)
}

fn read(path: &Path) -> Result<String, ListError> {
    let bytes = std::fs::read(path).map_err(|e| error(path, e.to_string()))?;
    String::from_utf8(bytes).map_err(|_| error(path, "not UTF-8 text".into()))
}

fn error(path: &Path, reason: String) -> ListError {
    let reason = reason.split_whitespace().collect::<Vec<_>>().join(" ");
    ListError { path: crate::corpus::clean::display_safe(&path.display().to_string()), reason }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newsboat_lines_give_urls_and_names() {
        let urls = "# my feeds\n\
            https://a.example/rss.xml \"news\" \"~A Daily\"\n\
            \n   http://b.example/atom  tech # a comment\n\
            \"query:Unread:unread = \\\"yes\\\"\"\n\
            exec:~/bin/feed.sh\nfile:///etc/passwd\n";
        let subs = from_newsboat(urls);
        assert_eq!(
            subs,
            vec![
                Subscription {
                    url: "https://a.example/rss.xml".into(),
                    title: Some("A Daily".into())
                },
                Subscription { url: "http://b.example/atom".into(), title: None },
            ]
        );
    }

    #[test]
    fn opml_folders_are_walked() {
        let opml = r#"<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head>
            <body><outline text="World"><outline text="A" title="A Daily" type="rss"
            xmlUrl="https://a.example/rss"/></outline>
            <outline text="B" xmlUrl="https://b.example/feed"/><outline text="no feed"/></body></opml>"#;
        let subs = from_opml(opml).unwrap();
        let urls: Vec<_> = subs.iter().map(|s| (s.url.as_str(), s.title.as_deref())).collect();
        assert_eq!(
            urls,
            [("https://a.example/rss", Some("A Daily")), ("https://b.example/feed", Some("B"))]
        );
        assert!(from_opml("<opml><body>").is_err());
    }
}
