//! `parallax notes`: every bookmark and note, the passage quoted, for a write-up.

use super::Export;
use parallax::corpus::{Finder, JsonlFields};
use parallax::store::{self, Bookmark, Bookmarks};
use serde::Serialize;
use std::io::Write;

#[derive(Debug, Serialize)]
struct Note<'a> {
    title: &'a str,
    /// The outlet (site or publication); null when the article does not say.
    outlet: Option<&'a str>,
    /// Who wrote it; null when the article does not say (or the bookmark predates it).
    byline: Option<&'a str>,
    article: &'a str,
    note: &'a str,
    quote: &'a str,
    /// The passage's index in the article as it is now; null when it is no longer found.
    passage: Option<usize>,
    created: u64,
}

pub fn run(export: Export, jsonl: &JsonlFields) -> anyhow::Result<()> {
    let Some(dir) = store::state_dir() else {
        anyhow::bail!("no home directory: there are no bookmarks");
    };
    let loaded = Bookmarks::load(&dir.join("bookmarks.json"));
    if let Some(w) = loaded.warning {
        eprintln!("parallax: {w}");
    }
    let list = loaded.bookmarks.bookmarks;
    let mut finder = Finder::new(jsonl.clone());
    let notes: Vec<Note> = list
        .iter()
        .map(|b| Note {
            title: &b.title,
            outlet: b.outlet.as_deref(),
            byline: b.byline.as_deref(),
            article: &b.article,
            note: &b.note,
            quote: &b.quote,
            passage: finder.article(&b.article).ok().and_then(|a| b.locate(&a)),
            created: b.created,
        })
        .collect();
    let mut out = std::io::stdout().lock();
    match export {
        Export::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "notes": notes }))?;
            writeln!(out)?;
        }
        Export::Md => write_markdown(&mut out, &list, &notes)?,
    }
    Ok(())
}

fn write_markdown(out: &mut impl Write, list: &[Bookmark], notes: &[Note]) -> std::io::Result<()> {
    if list.is_empty() {
        return writeln!(out, "No bookmarks yet: press m on a passage while reading.");
    }
    for n in notes {
        writeln!(out, "## {}{}", n.title, store::credit(n.outlet, n.byline))?;
        if !n.note.is_empty() {
            writeln!(out, "\n{}", n.note)?;
        }
        writeln!(out, "\n> {}\n", n.quote)?;
        let missing = if n.passage.is_none() { " (passage no longer found)" } else { "" };
        writeln!(out, "<sub>{}{missing}</sub>\n", n.article)?;
    }
    Ok(())
}
