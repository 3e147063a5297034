//! Bookmarks with notes. Changes are applied as operations under a lock, to the file
//! as it is on disk at that moment, so two parallax sessions at once never lose each
//! other's bookmarks.

use super::{fingerprint, now, quarantine};
use crate::atomic::write_atomic;
use crate::corpus::Article;
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::path::Path;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub id: String,
    /// Path of the article, as the library shows it.
    pub article: String,
    pub title: String,
    /// The outlet (site or publication) of the article, when the file says.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Who wrote it, when the article says. Absent from bookmarks made before it was
    /// kept, which still load.
    #[serde(default)]
    pub byline: Option<String>,
    /// The passage's index when marked: a hint, checked against the fingerprint.
    pub passage: usize,
    pub fingerprint: u64,
    /// The passage's text when marked, white space collapsed.
    pub quote: String,
    #[serde(default)]
    pub note: String,
    pub created: u64,
}

impl Bookmark {
    /// A bookmark on passage `passage` of `article`.
    pub fn new(article: &Article, passage: usize, note: String) -> Bookmark {
        let text = article.passage_text(passage);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        Bookmark {
            id: format!("{}-{nanos:09}-{}", now(), std::process::id()),
            article: article.path.clone(),
            title: article.title.clone(),
            outlet: article.outlet.clone(),
            byline: article.byline.clone(),
            passage,
            fingerprint: fingerprint(text),
            quote: text.split_whitespace().collect::<Vec<_>>().join(" "),
            note,
            created: now(),
        }
    }

    /// The passage this bookmark points at in `article` as it is now, found by its
    /// fingerprint; `None` when the passage is no longer there (never a wrong one).
    pub fn locate(&self, article: &Article) -> Option<usize> {
        let matches = |i: usize| fingerprint(article.passage_text(i)) == self.fingerprint;
        if self.passage < article.passages.len() && matches(self.passage) {
            return Some(self.passage);
        }
        (0..article.passages.len()).find(|&i| matches(i))
    }
}

/// " — Outlet", " — by Byline" or " — Outlet, by Byline" after a note's title: a name
/// is never passed off as an outlet.
pub fn credit(outlet: Option<&str>, byline: Option<&str>) -> String {
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

/// A change to the bookmark file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookmarkOp {
    Add(Bookmark),
    SetNote { id: String, note: String },
    Delete { id: String },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmarks {
    pub bookmarks: Vec<Bookmark>,
}

/// Bookmarks as read, and anything to tell the user.
pub struct Loaded {
    pub bookmarks: Bookmarks,
    pub warning: Option<String>,
}

impl Bookmarks {
    /// Reads the file; corrupt → moved aside with a warning; missing → empty.
    pub fn load(path: &Path) -> Loaded {
        match std::fs::read(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Loaded { bookmarks: Bookmarks::default(), warning: None }
            }
            Err(e) => Loaded {
                bookmarks: Bookmarks::default(),
                warning: Some(format!("could not read bookmarks {}: {e}", path.display())),
            },
            Ok(bytes) => match serde_json::from_slice(&bytes) {
                Ok(bookmarks) => Loaded { bookmarks, warning: None },
                Err(e) => Loaded {
                    bookmarks: Bookmarks::default(),
                    warning: Some(format!(
                        "bookmarks {} are corrupt ({e}); {}",
                        path.display(),
                        quarantine(path)
                    )),
                },
            },
        }
    }

    /// Applies `op` to the file as it is now, under an exclusive lock, and returns the
    /// resulting list (which includes what other sessions added meanwhile).
    pub fn apply(path: &Path, op: BookmarkOp) -> Result<Loaded, String> {
        let lock_path = path.with_extension("lock");
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let lock: File = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(|e| format!("{}: {e}", lock_path.display()))?;
        lock.lock().map_err(|e| format!("{}: {e}", lock_path.display()))?;
        let Loaded { mut bookmarks, warning } = Bookmarks::load(path);
        match op {
            BookmarkOp::Add(b) => bookmarks.bookmarks.push(b),
            BookmarkOp::SetNote { id, note } => {
                if let Some(b) = bookmarks.bookmarks.iter_mut().find(|b| b.id == id) {
                    b.note = note;
                }
            }
            BookmarkOp::Delete { id } => bookmarks.bookmarks.retain(|b| b.id != id),
        }
        let json = serde_json::to_vec_pretty(&bookmarks).map_err(|e| e.to_string())?;
        let written = write_atomic(path, &json).map_err(|e| format!("{}: {e}", path.display()));
        let _ = lock.unlock();
        written?;
        Ok(Loaded { bookmarks, warning })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        Article::parse("a.txt", body, None)
    }

    const TEXT: &str = "Title Of The Piece\n\nFirst paragraph talks about the ceasefire in some detail here.\n\nSecond paragraph is about the sanctions and the economy of the region.";

    #[test]
    fn a_bookmark_re_finds_its_passage_after_an_edit_elsewhere() {
        let a = article(TEXT);
        let b = Bookmark::new(&a, 2, "sanctions".into());
        let edited = article(&TEXT.replace(
            "\n\nFirst",
            "\n\nA new paragraph inserted above, long enough to be a body paragraph.\n\nFirst",
        ));
        assert_eq!(b.locate(&edited), Some(3));
        let gone = article(&TEXT.replace("sanctions", "tariffs"));
        assert_eq!(b.locate(&gone), None, "no wrong passage");
    }

    #[test]
    fn the_credit_labels_a_byline_as_one() {
        assert_eq!(credit(Some("Peace News"), None), " — Peace News");
        assert_eq!(credit(None, Some("Milan Rai")), " — by Milan Rai");
        assert_eq!(credit(None, Some("By Milan Rai")), " — By Milan Rai");
        assert_eq!(credit(Some("Peace News"), Some("Milan Rai")), " — Peace News, by Milan Rai");
        assert_eq!(credit(None, None), "");
    }

    #[test]
    fn a_bookmark_keeps_outlet_and_byline_apart() {
        let seeds = crate::corpus::Corpus::seeds();
        let a = seeds.articles.iter().find(|a| a.byline.is_some()).expect("a seed with a byline");
        assert_eq!(a.outlet, None, "plain-text seeds name no outlet");
        let b = Bookmark::new(a, 2, String::new());
        assert_eq!((b.outlet.as_deref(), b.byline.as_deref()), (None, a.byline.as_deref()));
    }

    #[test]
    fn a_bookmark_file_from_before_bylines_still_loads() {
        let old = r#"{"bookmarks":[{"id":"1","article":"a.txt","title":"T","outlet":"Peace News",
            "passage":2,"fingerprint":7,"quote":"q","note":"n","created":3}]}"#;
        let b: Bookmarks = serde_json::from_str(old).expect("old file parses");
        let b = &b.bookmarks[0];
        assert_eq!((b.outlet.as_deref(), b.byline.as_deref()), (Some("Peace News"), None));
    }

    #[test]
    fn operations_apply_to_the_file_as_it_is_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bookmarks.json");
        let a = article(TEXT);
        let one = Bookmark::new(&a, 1, "one".into());
        let two = Bookmark { id: "other-session".into(), ..Bookmark::new(&a, 2, "two".into()) };
        Bookmarks::apply(&p, BookmarkOp::Add(one.clone())).unwrap();
        // Another session adds without having seen `one`: both stay.
        let after = Bookmarks::apply(&p, BookmarkOp::Add(two.clone())).unwrap().bookmarks;
        assert_eq!(after.bookmarks.len(), 2);
        let edited =
            Bookmarks::apply(&p, BookmarkOp::SetNote { id: one.id.clone(), note: "edited".into() })
                .unwrap()
                .bookmarks;
        assert_eq!(edited.bookmarks[0].note, "edited");
        let left = Bookmarks::apply(&p, BookmarkOp::Delete { id: two.id }).unwrap().bookmarks;
        assert_eq!(left.bookmarks.len(), 1);
        assert_eq!(Bookmarks::load(&p).bookmarks, left);
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bookmarks.json");
        let a = article(TEXT);
        let handles: Vec<_> = (0..4)
            .map(|t| {
                let p = p.clone();
                let a = a.clone();
                std::thread::spawn(move || {
                    for i in 0..10 {
                        let b = Bookmark {
                            id: format!("{t}-{i}"),
                            ..Bookmark::new(&a, 1, String::new())
                        };
                        Bookmarks::apply(&p, BookmarkOp::Add(b)).unwrap();
                    }
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(Bookmarks::load(&p).bookmarks.bookmarks.len(), 40);
    }
}
