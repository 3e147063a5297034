//! The library's part of `update`: moving, filtering, choosing the pair, the article
//! picker of the reading screen.

use super::opening::{open_pair, replace_focused};
use super::{address, text_search};
use crate::app::Action::{self, *};
use crate::app::background::FetchFor;
use crate::app::library::{Library, Row};
use crate::app::state::{App, Overlay, Screen};

pub(crate) fn library_action(app: &mut App, action: Action) {
    let rows = app.library_rows();
    let lib = &mut app.library;
    match action {
        Down => lib.move_by(1, rows),
        Up => lib.move_by(-1, rows),
        PageDown => lib.move_by(rows as isize, rows),
        PageUp => lib.move_by(-(rows as isize), rows),
        HalfPageDown => lib.move_by((rows / 2).max(1) as isize, rows),
        HalfPageUp => lib.move_by(-((rows / 2).max(1) as isize), rows),
        Top => lib.move_by(isize::MIN, rows),
        Bottom => lib.move_by(isize::MAX, rows),
        Filter => lib.typing = true,
        TextSearch => {
            lib.typing = true;
            text_search::toggle(app);
        }
        Choose => choose(app),
        ClearChoice if lib.chosen.is_some() => lib.chosen = None,
        ClearChoice if lib.topic.is_some() => filter_library_by_topic(app, None),
        ClearChoice => {
            lib.query.clear();
            text_search::refresh(app);
        }
        Resume if app.reading.is_some() => app.screen = Screen::Reading,
        OpenRelated => open_related(app),
        OpenAddress => app.overlay = Some(Overlay::Address(Default::default())),
        Sort => {
            // A new order is read from its top: the newest, the first outlet, …
            lib.sort = lib.sort.next();
            lib.refilter(&app.corpus);
            lib.selected = 0;
            lib.top = 0;
            app.status = Some(format!("sorted {}", app.library.sort.label()));
        }
        Resume => app.status = Some("no pair open yet: choose two articles with Enter".into()),
        _ => {}
    }
    text_search::matched_passage(app);
}

/// `r` in the library: the selected article beside the closest other outlet's take.
fn open_related(app: &mut App) {
    let Some(a) = app.library.selected_article() else { return };
    match super::related::of(app, a).first() {
        Some(&b) => open_pair(app, a, b),
        None => {
            app.status = Some("no other article in the library speaks of the same things".into())
        }
    }
}

/// Restricts the library to the articles that speak of `topic` (or lifts that).
pub fn filter_library_by_topic(app: &mut App, topic: Option<usize>) {
    app.library.topic = topic.map(|t| {
        let counts = app.knowledge.articles_on(t, &app.corpus);
        let label = app.knowledge.topics.get(t).map_or(String::new(), |t| t.label.clone());
        (label, counts)
    });
    app.library.refilter(&app.corpus);
}

/// Enter in the library: the first choice is the left pane, the second opens the pair.
fn choose(app: &mut App) {
    let rows = app.library_rows();
    match app.library.selected_row().cloned() {
        None => {}
        Some(Row::Skipped(i)) => {
            let s = &app.corpus.skipped[i];
            app.status = Some(format!("skipped {}: {}", s.path, s.reason));
        }
        Some(Row::Article { index, .. }) => match app.library.chosen.take() {
            None => {
                app.library.chosen = Some(index);
                app.library.move_by(1, rows);
                app.status = Some(format!(
                    "left: {} — now choose the right article (Enter)",
                    app.corpus.articles[index].title
                ));
            }
            Some(left) => open_pair(app, left, index),
        },
    }
}

pub(crate) fn filter_action(app: &mut App, action: Action) {
    let rows = app.library_rows();
    let lib = &mut app.library;
    let changed = match action {
        Accept => {
            lib.typing = false;
            false
        }
        Cancel => {
            lib.typing = false;
            lib.query.clear();
            true
        }
        Down => {
            lib.move_by(1, rows);
            false
        }
        Up => {
            lib.move_by(-1, rows);
            false
        }
        TextSearch => {
            text_search::toggle(app);
            return;
        }
        edit => lib.query.edit(edit),
    };
    if changed {
        text_search::refresh(app);
    } else {
        text_search::matched_passage(app);
    }
}

pub(crate) fn picker_action(app: &mut App, mut picker: Library, action: Action) {
    let rows = app.library_rows();
    match action {
        Down => picker.move_by(1, rows),
        Up => picker.move_by(-1, rows),
        Cancel => return,
        // A URL typed as the filter is fetched into the focused pane.
        Accept if address::is_address(&picker.query.text) => {
            if let Some(side) = app.reading.as_ref().map(|r| r.focus) {
                address::fetch(app, picker.query.text.trim(), FetchFor::Pane(side));
            }
            return;
        }
        Accept => {
            if let Some(index) = picker.selected_article() {
                replace_focused(app, index);
            }
            return;
        }
        edit => {
            if picker.query.edit(edit) {
                picker.refilter(&app.corpus);
            }
        }
    }
    app.overlay = Some(Overlay::Picker(Box::new(picker)));
}

/// Back from the reading screen: the library, with the focused article selected.
pub fn back_to_library(app: &mut App) {
    let Some(focused) = app.reading.as_ref().map(|r| r.panes[r.focus.index()].article) else {
        return;
    };
    app.screen = Screen::Library;
    if let Some(i) = app.library.row_of(focused) {
        app.library.selected = i;
        let rows = app.library_rows();
        app.library.keep_in_view(rows);
    }
}
