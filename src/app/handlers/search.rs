//! The search's part of `update`: typing a query, walking its matches.

use super::opening::jump_focused;
use crate::app::Action::{self, *};
use crate::app::editor::LineEditor;
use crate::app::search::Search;
use crate::app::state::{App, Overlay};

/// Typing a search: Enter runs it in the focused pane and jumps to the first match at
/// or after the current passage.
pub(crate) fn search_action(app: &mut App, mut editor: LineEditor, action: Action) {
    match action {
        Cancel => {}
        Accept => {
            let Some(r) = app.reading.as_mut() else { return };
            let side = r.focus;
            let pane = &r.panes[side.index()];
            let query = editor.text.trim().to_owned();
            if query.is_empty() {
                r.search = None;
                return;
            }
            let Some(article) = app.texts.article(&app.corpus, pane.article) else { return };
            let hits = app.matching.find(article, &query);
            if hits.is_empty() {
                r.search = None;
                app.status = Some(format!("\"{query}\" not found in {}", article.title));
                return;
            }
            let current = hits.iter().position(|h| h.passage >= pane.cursor).unwrap_or(0);
            r.search = Some(Search { query, side, article: pane.article, hits, current });
            show_match(app);
        }
        edit => {
            editor.edit(edit);
            app.overlay = Some(Overlay::Search(editor));
        }
    }
}

/// `n`/`N`: the next or previous match of the last search, wrapping around.
pub(crate) fn step_match(app: &mut App, step: isize) {
    let Some(s) = app.reading.as_mut().and_then(|r| r.search.as_mut()) else {
        app.status = Some("no search: / searches the focused article".into());
        return;
    };
    let n = s.hits.len() as isize;
    s.current = (s.current as isize + step).rem_euclid(n.max(1)) as usize;
    show_match(app);
}

/// Puts the current match's passage on top of its pane, recording the jump.
fn show_match(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    let Some(s) = &r.search else { return };
    let (side, article, hit, count, query) =
        (s.side, s.article, s.hits[s.current].clone(), s.hits.len(), s.query.clone());
    let current = s.current;
    if r.panes[side.index()].article != article {
        app.status = Some(format!("\"{query}\" was searched in another article"));
        return;
    }
    r.focus = side;
    if let Some(here) = app.here() {
        app.jumps.push(here);
    }
    jump_focused(app, article, hit.passage);
    app.status = Some(format!("\"{query}\" · match {}/{count}", current + 1));
}
