//! The library's filter over the articles' texts: ctrl-t turns the filter from titles
//! to the texts, which the archive index searches (words matched as the reader matches
//! them); the preview then opens on the passage that says most of the query.

use super::panes::read_selected;
use crate::app::state::App;

/// Turns the filter between titles and texts.
pub fn toggle(app: &mut App) {
    let lib = &mut app.library;
    lib.text_search = !lib.text_search;
    app.status = Some(match (lib.text_search, app.archive.is_some(), app.archive_progress) {
        (false, ..) => "filter: titles".into(),
        (true, true, _) => "filter: the texts of the library (ctrl-t: titles)".into(),
        (true, false, Some(p)) => format!(
            "filter: the texts, once the archive index is ready (indexing {} %)",
            (p.done * 100).checked_div(p.total).unwrap_or(0)
        ),
        (true, false, None) => "filter: the texts, once the archive index is ready".into(),
    });
    refresh(app);
}

/// Runs the query against the texts (when that is what the filter searches), then
/// lists the hits and finds the selected one's passage.
pub fn refresh(app: &mut App) {
    let lib = &mut app.library;
    lib.text_hits = None;
    if lib.text_search
        && !lib.query.is_empty()
        && let Some(index) = &app.archive
    {
        match index.search(&lib.query.text, SHOWN) {
            Ok(found) => lib.text_hits = Some(crate::archive::in_library(&app.corpus, &found)),
            Err(e) => app.status = Some(format!("search failed: {e}")),
        }
    }
    app.library.refilter(&app.corpus);
    matched_passage(app);
}

/// Hits listed at most: a screenful many times over; more says nothing new.
const SHOWN: usize = 500;

/// The passage of the selected article that says most of the query, for the preview.
pub fn matched_passage(app: &mut App) {
    app.library.matched = None;
    if !app.library.text_search || app.library.query.is_empty() {
        return;
    }
    let Some(i) = app.library.selected_article() else { return };
    read_selected(app);
    let query = app.library.query.text.clone();
    let passage =
        app.article(i).and_then(|a| crate::archive::passage_of(a, &query, &app.lexicons.aliases));
    app.library.matched = passage.map(|p| (i, p));
}
