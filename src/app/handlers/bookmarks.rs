//! Bookmarks in the reader: marking a passage with a note, and the list that jumps
//! back to one. The file itself is written by the runtime (see [`Effect`]); `update`
//! only says what should happen.

use super::address::{self, adopt_article};
use super::opening::{jump_focused, open_pair};
use crate::app::Action::{self, *};
use crate::app::background::FetchFor;
use crate::app::editor::LineEditor;
use crate::app::effect::Effect;
use crate::app::overlays::{BookmarkList, NoteEditor};
use crate::app::state::{App, Overlay, Screen};
use crate::store::{Bookmark, BookmarkOp};

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
    adopt_article(app, article)
}

/// Opens a bookmark's article in the focused pane at its passage — or says plainly
/// that the article or the passage is no longer there.
pub(crate) fn open_bookmark(app: &mut App, i: usize) {
    let Some(b) = app.bookmarks.get(i).cloned() else { return };
    let found = app.corpus.articles.iter().position(|a| a.path == b.article);
    // A page's bookmark: the page again (revalidated from the page cache, or from the
    // cache alone offline), then its passage.
    if found.is_none() && address::is_address(&b.article) {
        address::fetch(app, &b.article, FetchFor::Bookmark(i));
        return;
    }
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
