//! `parallax topics`: the topics of a library for scripts. A library the topic index
//! takes in memory gives each topic's passages and their spans; a larger one gives its
//! topics from the archive index, each article with its count of passages on the topic,
//! written out as they are read rather than gathered first (at 100k articles the
//! gathered report alone passed 500 MB).

use super::index::print_json;
use parallax::archive::{ArchiveTopic, TopicMembers};
use parallax::config::Startup;
use parallax::corpus::LoadOptions;
use parallax::index::{TopicKind, report};
use parallax::web::Fetcher;
use serde::ser::{SerializeMap, Serializer};
use std::io::Write;
use std::path::PathBuf;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `parallax topics [PATH…]`: the seeds when nothing is named.
pub fn run(paths: &[PathBuf], json: bool, startup: &Startup, web: &Fetcher) -> anyhow::Result<()> {
    let lexicons = &startup.lexicons;
    let in_memory = |r: report::TopicsReport| {
        if json {
            return print_json(&r);
        }
        let rows = r.topics.iter().map(|t| {
            let passages = t.articles.iter().map(|a| a.count).sum();
            (t.label.as_str(), t.kind, t.articles.len(), passages)
        });
        print_plain(rows.collect())
    };
    if paths.is_empty() || parallax::web::needs_web(paths) {
        let opts = LoadOptions { jsonl: startup.config.jsonl.clone(), ..LoadOptions::default() };
        return in_memory(report::topics(&super::sources::load(paths, &opts, web)?, lexicons));
    }
    let library = super::library::open(paths, startup)?;
    let Some(mut index) = library.index else {
        return in_memory(report::topics(&library.texts(), lexicons));
    };
    // Only the index is read from here on: what listing and indexing held is let go.
    drop(library.catalog);
    index.done_writing();
    let found = index.topics()?;
    if !json {
        return print_plain(
            found.iter().map(|t| (t.label.as_str(), t.kind, t.articles, t.passages)).collect(),
        );
    }
    let keys: Vec<&str> = found.iter().map(|t| t.key.as_str()).collect();
    let members = index.topics_articles(&keys)?;
    drop(keys);
    print_json(&FromArchive { found: &found, members: &members })
}

/// An archive's topics in the shape of [`report::TopicsReport`], without the passages.
struct FromArchive<'a> {
    found: &'a [ArchiveTopic],
    members: &'a TopicMembers,
}

impl serde::Serialize for FromArchive<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let topics = self.found.iter().zip(&self.members.of).map(|(t, of)| Topic {
            topic: t,
            of,
            paths: &self.members.paths,
        });
        let mut map = s.serialize_map(Some(1))?;
        map.serialize_entry("topics", &Seq(std::cell::Cell::new(Some(topics))))?;
        map.end()
    }
}

struct Topic<'a> {
    topic: &'a ArchiveTopic,
    of: &'a [(u32, u32)],
    paths: &'a [String],
}

impl serde::Serialize for Topic<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let t = self.topic;
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("label", &t.label)?;
        map.serialize_entry("kind", &t.kind)?;
        map.serialize_entry("terms", &t.terms)?;
        let articles =
            self.of.iter().map(|&(p, n)| Article { path: &self.paths[p as usize], count: n });
        map.serialize_entry("articles", &Seq(std::cell::Cell::new(Some(articles))))?;
        map.end()
    }
}

#[derive(serde::Serialize)]
struct Article<'a> {
    path: &'a str,
    count: u32,
}

/// A sequence written as it is iterated, never gathered (serialised once).
struct Seq<I>(std::cell::Cell<Option<I>>);

impl<I: Iterator<Item: serde::Serialize>> serde::Serialize for Seq<I> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.take().into_iter().flatten())
    }
}

/// Label, kind, articles, passages: a line each, the columns lined up.
fn print_plain(rows: Vec<(&str, TopicKind, usize, usize)>) -> anyhow::Result<()> {
    // Labels are padded by display width, not chars, to the longest one (up to a
    // cap; longer ones are cut), so the columns after them line up.
    let width = rows.iter().map(|r| r.0.width()).max().unwrap_or(0).min(LABEL_MAX);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (label, kind, articles, passages) in rows {
        let kind = format!("{kind:?}").to_lowercase();
        writeln!(
            out,
            "{}  {kind:>10}  {articles} articles, {passages} passages",
            fit(label, width)
        )?;
    }
    out.flush()?;
    Ok(())
}

/// The widest a topic label's column gets in plain `topics` output.
const LABEL_MAX: usize = 40;

/// `s` in exactly `width` terminal columns: padded with spaces, or cut with "…".
fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    if s.width() <= width {
        out.push_str(s);
        used = s.width();
    } else {
        for c in s.chars() {
            let w = c.width().unwrap_or(0);
            if used + w + 1 > width {
                break;
            }
            out.push(c);
            used += w;
        }
        out.push('…');
        used += 1;
    }
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(used)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_pads_and_cuts_by_display_width() {
        assert_eq!(fit("Kyiv", 6), "Kyiv  ");
        assert_eq!(fit("基辅", 6), "基辅  ", "two columns a character");
        assert_eq!(fit("a very long label", 8), "a very …");
        assert_eq!(fit("基辅基辅", 6).width(), 6, "a wide char never overflows the cut");
    }
}
