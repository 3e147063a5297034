//! `parallax pull`: every subscribed feed into the archive folder. Each feed's outcome
//! is a line on stdout (or the JSON report); progress goes to stderr while it is a
//! terminal. The exit code is 1 when a feed failed, so a scheduled pull can say so.

use parallax::config::Startup;
use parallax::feeds::{self, PullEvent, PullReport, Subscription};
use parallax::web::{Fetcher, is_url};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

pub fn run(
    lists: &[PathBuf],
    into: Option<&Path>,
    json: bool,
    startup: &Startup,
    web: &Fetcher,
) -> anyhow::Result<u8> {
    let subs = subscriptions(lists, startup)?;
    let archive = match (into, startup.config.feeds.archive.as_str()) {
        (Some(dir), _) => dir.to_path_buf(),
        (None, "") => feeds::default_archive().ok_or_else(|| {
            anyhow::anyhow!("no archive folder: set HOME or XDG_DATA_HOME, or --into")
        })?,
        (None, dir) => PathBuf::from(dir),
    };
    let tty = std::io::stderr().is_terminal();
    let report = feeds::pull(&subs, &archive, web, &mut |e| match e {
        PullEvent::Feed { n, of, url } if tty => eprintln!("pulling [{n}/{of}] {url}"),
        _ => {}
    });
    let mut out = std::io::stdout().lock();
    if json {
        serde_json::to_writer_pretty(&mut out, &report)?;
        writeln!(out)?;
    } else {
        print(&report, &mut out)?;
    }
    Ok(u8::from(report.failed() > 0))
}

/// The feeds named (feed URLs and OPML files), or else every subscription.
fn subscriptions(lists: &[PathBuf], startup: &Startup) -> anyhow::Result<Vec<Subscription>> {
    let mut opml = Vec::new();
    let mut urls = Vec::new();
    for l in lists {
        if is_url(l) {
            urls.push(l.to_string_lossy().into_owned());
        } else {
            opml.push(l.clone());
        }
    }
    let subs = if lists.is_empty() {
        let own = parallax::store::config_dir().map(|d| d.join("feeds.opml"));
        let own: Vec<PathBuf> = own.into_iter().filter(|p| p.exists()).collect();
        let newsboat = feeds::newsboat_urls();
        feeds::gather(&own, &startup.config.feeds.urls, newsboat.as_deref())?
    } else {
        feeds::gather(&opml, &urls, None)?
    };
    if subs.is_empty() {
        anyhow::bail!(
            "no feeds to pull: subscribe in feeds.opml or [feeds] urls of the config folder, \
             or newsboat's urls file (or name feed URLs and OPML files)"
        );
    }
    Ok(subs)
}

fn print(report: &PullReport, out: &mut impl Write) -> std::io::Result<()> {
    for f in &report.feeds {
        let name = match &f.title {
            Some(t) => format!("{t} ({})", f.url),
            None => f.url.clone(),
        };
        match &f.error {
            Some(e) => writeln!(out, "{name}: failed: {e}")?,
            None => writeln!(
                out,
                "{name}: {} new, {} already, {} skipped",
                f.new.len(),
                f.already,
                f.skipped.len()
            )?,
        }
        for s in &f.skipped {
            writeln!(out, "  skipped {}: {}", s.path, s.reason)?;
        }
    }
    let failed = match report.failed() {
        0 => String::new(),
        n => format!(" ({n} feed{} failed)", if n == 1 { "" } else { "s" }),
    };
    let n = report.written();
    let articles = if n == 1 { "article" } else { "articles" };
    writeln!(out, "pulled {n} new {articles} into {}{failed}", report.archive)
}
