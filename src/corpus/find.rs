//! Finding one article again by the path the library showed for it — a seed, a file,
//! or a record of a JSON Lines archive (`file.jsonl:LINE`) — as it is on disk now.
//! Bookmarks outlive the library they were made in; this is how they are followed.

use super::{Article, CacheMode, Corpus, JsonlFields, LoadOptions, load_with_progress};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::path::Path;

/// Finds articles by the path shown for them, reading each file once however many
/// articles are asked of it (a JSON Lines archive holds many).
#[derive(Debug, Default)]
pub struct Finder {
    fields: JsonlFields,
    read: HashMap<String, Corpus>,
}

impl Finder {
    /// `fields`: which fields of a JSON Lines record hold what.
    pub fn new(fields: JsonlFields) -> Finder {
        Finder { fields, read: HashMap::new() }
    }

    /// The article shown as `path`, as it is now; or why it cannot be had, in words
    /// for the status line.
    pub fn article(&mut self, path: &str) -> Result<Article, String> {
        if let Some(a) = Corpus::seeds().articles.into_iter().find(|a| a.path == path) {
            return Ok(a);
        }
        let file = match path.rsplit_once(':') {
            Some((file, line)) if line.parse::<u32>().is_ok() && !Path::new(path).exists() => file,
            _ => path,
        };
        if !Path::new(file).exists() {
            return Err(format!("its file {file} is gone"));
        }
        let corpus = match self.read.entry(file.to_owned()) {
            Entry::Occupied(read) => read.into_mut(),
            Entry::Vacant(slot) => {
                let opts = LoadOptions {
                    jsonl: self.fields.clone(),
                    cache: CacheMode::Off,
                    ..LoadOptions::default()
                };
                let named = [Path::new(file).to_path_buf()];
                let corpus =
                    load_with_progress(&named, &opts, &mut |_| {}).map_err(|e| e.to_string())?;
                slot.insert(corpus)
            }
        };
        if let Some(a) = corpus.articles.iter().find(|a| a.path == path) {
            return Ok(a.clone());
        }
        match (corpus.articles.first(), corpus.skipped.first()) {
            (Some(a), _) if file == path => Ok(a.clone()),
            (_, Some(s)) if file == path => Err(format!("{file} cannot be read: {}", s.reason)),
            _ => Err(format!("{path} is no longer in {file}")),
        }
    }
}

/// The article shown as `path`, read now (see [`Finder::article`]).
pub fn article_at(path: &str, fields: &JsonlFields) -> Result<Article, String> {
    Finder::new(fields.clone()).article(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_a_record_a_seed_or_why_not() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("wire.jsonl");
        let records = [
            r#"{"title":"First","text":"Talks resumed in Geneva."}"#,
            r#"{"title":"Second","text":"A ceasefire was offered."}"#,
        ];
        std::fs::write(&file, records.join("\n")).unwrap();
        let fields = JsonlFields::default();
        let mut finder = Finder::new(fields.clone());
        let second = format!("{}:2", file.display());
        assert_eq!(finder.article(&second).unwrap().title, "Second");
        let third = format!("{}:3", file.display());
        assert!(finder.article(&third).unwrap_err().contains("no longer in"));
        assert_eq!(finder.read.len(), 1, "the file was read once");
        let txt = dir.path().join("plain.txt");
        std::fs::write(&txt, "Plain\n\nText.").unwrap();
        assert!(article_at(&txt.display().to_string(), &fields).is_ok());
        let gone = dir.path().join("gone.txt").display().to_string();
        assert_eq!(article_at(&gone, &fields).unwrap_err(), format!("its file {gone} is gone"));
        let seed = &Corpus::seeds().articles[0];
        assert_eq!(article_at(&seed.path, &fields).unwrap().title, seed.title);
    }
}
