//! Related articles of the selected row from the archive index, for a library whose
//! corpus-wide topic index is not built (above its size limit) or not built yet:
//! computed for the row when it is selected, never for all pairs.

use crate::app::state::App;

/// Closest other takes shown and offered (`r`).
const SHOWN: usize = 3;

/// The selected article's related articles, when the topic index cannot give them.
pub fn settle(app: &mut App) {
    let Some(i) = app.library.selected_article() else {
        app.library.related = None;
        return;
    };
    let known = app.knowledge.related.get(i).is_some_and(|r| !r.is_empty());
    if known || app.library.related.as_ref().is_some_and(|(a, _)| *a == i) {
        return;
    }
    app.library.related = None;
    let (Some(index), Some(article)) = (app.archive.clone(), app.article(i)) else { return };
    if article.text.is_empty() {
        return; // not read yet: the next settle after it is read computes it
    }
    let Ok(found) = index.related(article, SHOWN) else { return };
    app.library.related = Some((i, crate::archive::in_library(&app.corpus, &found)));
}

/// The related articles of `i`: from the topic index, else from the archive index.
pub fn of(app: &App, i: usize) -> Vec<usize> {
    match app.knowledge.related.get(i).filter(|r| !r.is_empty()) {
        Some(r) => r.iter().map(|&(b, _)| b).collect(),
        None => match &app.library.related {
            Some((a, r)) if *a == i => r.clone(),
            _ => Vec::new(),
        },
    }
}
