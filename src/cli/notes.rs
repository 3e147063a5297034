//! `parallax notes`: every bookmark and note, the passage quoted, for a write-up.

use super::Export;
use parallax::corpus::{Article, Corpus, JsonlFields, LoadOptions, load_with_progress};
use parallax::store::{self, Bookmark, Bookmarks};
use serde::Serialize;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;

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
    let mut files = Files { fields: jsonl.clone(), read: HashMap::new() };
    let notes: Vec<Note> = list
        .iter()
        .map(|b| Note {
            title: &b.title,
            outlet: b.outlet.as_deref(),
            byline: b.byline.as_deref(),
            article: &b.article,
            note: &b.note,
            quote: &b.quote,
            passage: article_now(&b.article, &mut files).and_then(|a| b.locate(&a)),
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
        writeln!(out, "## {}{}", n.title, source(n.outlet, n.byline))?;
        if !n.note.is_empty() {
            writeln!(out, "\n{}", n.note)?;
        }
        writeln!(out, "\n> {}\n", n.quote)?;
        let missing = if n.passage.is_none() { " (passage no longer found)" } else { "" };
        writeln!(out, "<sub>{}{missing}</sub>\n", n.article)?;
    }
    Ok(())
}

/// " — Outlet", " — by Byline" or " — Outlet, by Byline" after a note's title: a name
/// is never passed off as an outlet.
fn source(outlet: Option<&str>, byline: Option<&str>) -> String {
    let by = |b: &str| {
        let named = b.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "));
        if named { b.to_owned() } else { format!("by {b}") }
    };
    match (outlet, byline) {
        (Some(o), Some(b)) => format!(" — {o}, {}", by(b)),
        (Some(o), None) => format!(" — {o}"),
        (None, Some(b)) => format!(" — {}", by(b)),
        (None, None) => String::new(),
    }
}

/// Files read for the notes, each once, JSON Lines with the configured field names.
struct Files {
    fields: JsonlFields,
    read: HashMap<String, Vec<Article>>,
}

/// The article a bookmark names, as it is now: a seed, a file on disk, or a record
/// of a JSON Lines archive (`file.jsonl:LINE`).
fn article_now(path: &str, files: &mut Files) -> Option<Article> {
    if let Some(a) = Corpus::seeds().articles.into_iter().find(|a| a.path == path) {
        return Some(a);
    }
    let file = match path.rsplit_once(':') {
        Some((file, line)) if line.parse::<u32>().is_ok() && !Path::new(path).exists() => file,
        _ => path,
    };
    let opts = LoadOptions { jsonl: files.fields.clone(), ..LoadOptions::default() };
    let articles = files.read.entry(file.to_owned()).or_insert_with(|| {
        let named = [Path::new(file).to_path_buf()];
        load_with_progress(&named, &opts, &mut |_| {}).map(|c| c.articles).unwrap_or_default()
    });
    articles.iter().find(|a| a.path == path).or(articles.first().filter(|_| file == path)).cloned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markdown_heading_labels_a_byline_as_one() {
        assert_eq!(source(Some("Peace News"), None), " — Peace News");
        assert_eq!(source(None, Some("Milan Rai")), " — by Milan Rai");
        assert_eq!(source(None, Some("By Milan Rai")), " — By Milan Rai");
        assert_eq!(source(Some("Peace News"), Some("Milan Rai")), " — Peace News, by Milan Rai");
        assert_eq!(source(None, None), "");
    }

    #[test]
    fn a_json_lines_record_is_found_by_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("wire.jsonl");
        let records = [
            r#"{"title":"First","text":"Talks resumed in Geneva."}"#,
            r#"{"title":"Second","text":"A ceasefire was offered."}"#,
        ];
        std::fs::write(&file, records.join("\n")).unwrap();
        let mut files = Files { fields: JsonlFields::default(), read: HashMap::new() };
        let second = format!("{}:2", file.display());
        let a = article_now(&second, &mut files).expect("found");
        assert_eq!(a.title, "Second");
        assert!(article_now(&format!("{}:3", file.display()), &mut files).is_none());
        assert_eq!(files.read.len(), 1, "the file was read once");
        let txt = dir.path().join("plain.txt");
        std::fs::write(&txt, "Plain\n\nText.").unwrap();
        assert!(article_now(&txt.display().to_string(), &mut files).is_some());
    }
}
