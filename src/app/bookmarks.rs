//! Bookmarks in the reader: marking a passage with a note, and the list that jumps
//! back to one. The file itself is written by the runtime (see [`Effect`]); `update`
//! only says what should happen.

use super::Action::{self, *};
use super::editor::LineEditor;
use super::library::Matcher;
use super::opening::open_pair;
use super::state::{App, Overlay, Screen};
use super::update::jump_focused;
use crate::corpus::Article;
use crate::store::{Bookmark, BookmarkOp};

/// I/O the runtime carries out after `update`, reporting back through the state.
#[derive(Debug)]
pub enum Effect {
    Bookmark(BookmarkOp),
    /// Slow work (reading or linking a very long article) for another thread; its
    /// result comes back to [`App::receive`](super::App::receive).
    Work(Work),
}

/// A job for another thread, and what it reports.
pub struct Work(pub Box<dyn FnOnce() -> super::background::Background + Send>);

impl std::fmt::Debug for Work {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Work")
    }
}

/// Writing the note for a new bookmark.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    pub editor: LineEditor,
    pub article: usize,
    pub passage: usize,
}

/// The bookmark list, filtered as you type.
#[derive(Debug, Clone, Default)]
pub struct BookmarkList {
    pub filter: LineEditor,
    /// (index into `App::bookmarks`, matched char positions in the row's label).
    pub rows: Vec<(usize, Vec<usize>)>,
    pub selected: usize,
}

impl BookmarkList {
    pub fn new(bookmarks: &[Bookmark], matcher: &Matcher) -> BookmarkList {
        let mut list = BookmarkList::default();
        list.refilter(bookmarks, matcher);
        list
    }

    /// What a row shows and the filter searches: the note, then the title.
    pub fn label(b: &Bookmark) -> String {
        if b.note.is_empty() { b.title.clone() } else { format!("{} — {}", b.note, b.title) }
    }

    pub fn refilter(&mut self, bookmarks: &[Bookmark], matcher: &Matcher) {
        let query = &self.filter.text;
        let mut rows: Vec<(i64, usize, Vec<usize>)> = bookmarks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| {
                if query.is_empty() {
                    return Some((0, i, vec![]));
                }
                let label = BookmarkList::label(b);
                let target = format!("{label} {}", b.quote);
                let (score, hits) = matcher.indices(&target, query)?;
                let n = label.chars().count();
                Some((score, i, hits.into_iter().filter(|&h| h < n).collect()))
            })
            .collect();
        if query.is_empty() {
            rows.reverse(); // newest first
        } else {
            rows.sort_by_key(|r| std::cmp::Reverse(r.0));
        }
        self.rows = rows.into_iter().map(|(_, i, h)| (i, h)).collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }
}

/// `m`: start a note for the focused pane's current passage.
pub fn mark(app: &mut App) {
    let Some(r) = &app.reading else { return };
    let pane = &r.panes[r.focus.index()];
    app.overlay = Some(Overlay::Note(NoteEditor {
        editor: LineEditor::default(),
        article: pane.article,
        passage: pane.cursor,
    }));
}

pub fn note_action(app: &mut App, mut note: NoteEditor, action: Action) {
    match action {
        Cancel => app.status = Some("bookmark not saved".into()),
        Accept => {
            let Some(article) = app.article(note.article) else { return };
            let b = Bookmark::new(article, note.passage, note.editor.text.trim().to_owned());
            app.status = Some(format!("bookmarked: {}", BookmarkList::label(&b)));
            app.bookmarks.push(b.clone());
            app.effects.push(Effect::Bookmark(BookmarkOp::Add(b)));
        }
        edit => {
            note.editor.edit(edit);
            app.overlay = Some(Overlay::Note(note));
        }
    }
}

pub fn list_action(app: &mut App, mut list: BookmarkList, action: Action) {
    let last = list.rows.len().saturating_sub(1);
    match action {
        Cancel => return,
        Down => list.selected = (list.selected + 1).min(last),
        Up => list.selected = list.selected.saturating_sub(1),
        Accept => {
            if let Some(&(i, _)) = list.rows.get(list.selected) {
                open_bookmark(app, i);
            }
            return;
        }
        DeleteBookmark => {
            if let Some(&(i, _)) = list.rows.get(list.selected) {
                let b = app.bookmarks.remove(i);
                app.status = Some(format!("deleted bookmark: {}", BookmarkList::label(&b)));
                app.effects.push(Effect::Bookmark(BookmarkOp::Delete { id: b.id }));
                list.refilter(&app.bookmarks, &app.matcher);
            }
        }
        edit => {
            if list.filter.edit(edit) {
                list.refilter(&app.bookmarks, &app.matcher);
            }
        }
    }
    app.overlay = Some(Overlay::Bookmarks(list));
}

/// Adds the article shown as `path` (a bookmark's, from another library) to this
/// library, read from its file now; its index, or why it cannot be had.
fn adopt(app: &mut App, path: &str) -> Result<usize, String> {
    if app.loading.is_some() {
        // Rows still arriving would land behind it and shift every index.
        return Err("from another library; this one is still being listed, try again".into());
    }
    let article = crate::corpus::article_at(path, &app.settings.jsonl)?;
    let i = app.corpus.articles.len();
    let stub = Article { text: String::new(), passages: Vec::new(), ..article.clone() };
    let kept = if app.texts.adopt(i, article.clone()) { stub } else { article };
    std::sync::Arc::make_mut(&mut app.corpus).articles.push(kept);
    app.library.refilter(&app.corpus);
    Ok(i)
}

/// Opens a bookmark's article in the focused pane at its passage — or says plainly
/// that the article or the passage is no longer there.
fn open_bookmark(app: &mut App, i: usize) {
    let Some(b) = app.bookmarks.get(i).cloned() else { return };
    let found = app.corpus.articles.iter().position(|a| a.path == b.article);
    let article = match found.map_or_else(|| adopt(app, &b.article), Ok) {
        Ok(article) => article,
        Err(why) => {
            app.status = Some(format!("bookmark “{}”: {why}", BookmarkList::label(&b)));
            return;
        }
    };
    app.need_text(article);
    let Some(passage) = app.article(article).and_then(|a| b.locate(a)) else {
        app.status = Some(format!("passage no longer found in {}", b.title));
        return;
    };
    if app.reading.is_none() {
        let other = (0..app.corpus.articles.len()).find(|&o| o != article).unwrap_or(article);
        open_pair(app, article, other);
    }
    app.screen = Screen::Reading;
    if let Some(here) = app.here() {
        app.jumps.push(here);
    }
    jump_focused(app, article, passage);
    app.status = Some(format!("bookmark: {}", BookmarkList::label(&b)));
}
