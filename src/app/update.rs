//! The one reducer: `update(&mut App, Action)`. No I/O, no terminal; the caller draws.

use super::Action::{self, *};
use super::bookmarks::{self, BookmarkList};
use super::editor::LineEditor;
use super::jumps::Jump;
use super::layout;
use super::library::{Library, Row};
use super::pane::{Pane, Side};
use super::search;
use super::state::{App, Overlay, Reading, Screen};
use super::topic_jumps;
use super::topics::PairLinks;

/// Applies an action. Returns a follow-up action when one action implies another.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    if !matches!(action, Resize(..)) {
        app.status = None;
    }
    match action {
        Quit => app.quit = true,
        Resize(w, h) => {
            app.size = (w, h);
            let rows = app.library_rows();
            app.library.keep_in_view(rows);
            ensure_wraps(app);
        }
        _ => match app.overlay.take() {
            Some(Overlay::Help) => {
                if action != Help && action != Cancel {
                    // Any other key closes help and is then acted on, as pagers do.
                    return Some(action);
                }
            }
            Some(Overlay::Picker(picker)) => picker_action(app, picker, action),
            Some(Overlay::Note(note)) => bookmarks::note_action(app, note, action),
            Some(Overlay::Bookmarks(list)) => bookmarks::list_action(app, list, action),
            Some(Overlay::Search(editor)) => search_action(app, editor, action),
            Some(Overlay::Topics(palette)) => topic_jumps::palette_action(app, palette, action),
            None if action == Topics => topic_jumps::open_palette(app),
            None if action == Help => app.overlay = Some(Overlay::Help),
            None if action == Bookmarks => {
                let list = BookmarkList::new(&app.bookmarks, &app.matcher);
                app.overlay = Some(Overlay::Bookmarks(list));
            }
            None => match app.screen {
                Screen::Library if app.library.typing => filter_action(app, action),
                Screen::Library => library_action(app, action),
                Screen::Reading => reading_action(app, action),
            },
        },
    }
    None
}

fn library_action(app: &mut App, action: Action) {
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
        Choose => choose(app),
        ClearChoice if lib.chosen.is_some() => lib.chosen = None,
        ClearChoice if lib.topic.is_some() => filter_library_by_topic(app, None),
        ClearChoice => {
            lib.query.clear();
            lib.refilter(&app.corpus, &app.matcher);
        }
        Resume if app.reading.is_some() => app.screen = Screen::Reading,
        OpenRelated => open_related(app),
        Resume => app.status = Some("no pair open yet: choose two articles with Enter".into()),
        _ => {}
    }
}

/// `r` in the library: the selected article beside the closest other outlet's take.
fn open_related(app: &mut App) {
    let Some(a) = app.library.selected_article() else { return };
    match app.knowledge.related.get(a).and_then(|r| r.first()) {
        Some(&(b, _)) => open_pair(app, a, b),
        None => {
            app.status = Some("no other article in the library speaks of the same things".into())
        }
    }
}

/// Restricts the library to the articles that speak of `topic` (or lifts that).
pub fn filter_library_by_topic(app: &mut App, topic: Option<usize>) {
    app.library.topic = topic.map(|t| {
        let counts: Vec<(usize, usize)> = (0..app.corpus.articles.len())
            .map(|a| (a, app.knowledge.count(t, a)))
            .filter(|&(_, n)| n > 0)
            .collect();
        (app.knowledge.topics[t].label.clone(), counts)
    });
    app.library.refilter(&app.corpus, &app.matcher);
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

/// Opens two articles side by side, each at the place it was last left.
pub fn open_pair(app: &mut App, left: usize, right: usize) {
    if let Some(r) = app.reading.take() {
        remember(app, &r);
    }
    let panes = [restore(app, left), restore(app, right)];
    let links =
        PairLinks::build(&app.corpus.articles[left], &app.corpus.articles[right], &app.lexicons);
    app.reading = Some(Reading {
        panes,
        focus: Side::Left,
        unfold: false,
        search: None,
        links,
        topic: None,
        follow: app.settings.follow,
        counterpart: None,
    });
    app.screen = Screen::Reading;
    ensure_wraps(app);
}

fn reading_action(app: &mut App, action: Action) {
    let Some(r) = app.reading.as_mut() else {
        app.screen = Screen::Library;
        return;
    };
    match action {
        FocusLeft => r.focus = Side::Left,
        FocusRight => r.focus = Side::Right,
        FocusOther => r.focus = r.focus.other(),
        SwapPanes => {
            r.panes.swap(0, 1);
            ensure_wraps(app);
            topic_jumps::relink(app);
        }
        ToggleBoilerplate => {
            r.unfold = !r.unfold;
            ensure_wraps(app);
        }
        Back if r.topic.is_some() => {
            r.topic = None;
            app.status = Some("topic cleared".into());
        }
        Back if r.search.is_some() => {
            r.search = None;
            app.status = Some("search cleared".into());
        }
        Back => {
            let focused = r.panes[r.focus.index()].article;
            app.screen = Screen::Library;
            if let Some(i) = app
                .library
                .rows
                .iter()
                .position(|row| matches!(row, Row::Article { index, .. } if *index == focused))
            {
                app.library.selected = i;
                let rows = app.library_rows();
                app.library.keep_in_view(rows);
            }
        }
        Mark => bookmarks::mark(app),
        Search => app.overlay = Some(Overlay::Search(LineEditor::default())),
        NextMatch | PrevMatch if r.topic.is_some() => {
            topic_jumps::step_topic(app, action == NextMatch)
        }
        NextMatch => step_match(app, 1),
        PrevMatch => step_match(app, -1),
        Counterpart => topic_jumps::counterpart(app),
        Follow => topic_jumps::toggle_follow(app),
        JumpBack => {
            let back = app.here().and_then(|here| app.jumps.back(here));
            go_to(app, back, "no older jump");
        }
        JumpForward => {
            let forward = app.jumps.forward();
            go_to(app, forward, "no newer jump");
        }
        PickArticle => {
            let mut picker = Library::new(&app.corpus, &app.matcher);
            picker.typing = true;
            app.overlay = Some(Overlay::Picker(picker));
        }
        _ => move_focused(app, action),
    }
}

/// Scrolling and passage moves in the focused pane.
fn move_focused(app: &mut App, action: Action) {
    let Some(side) = app.reading.as_ref().map(|r| r.focus) else {
        return;
    };
    let (_, height) = app.pane_geometry(side);
    let Some(w) = app.pane_wrap(side) else { return };
    let Some(r) = app.reading.as_mut() else {
        return;
    };
    let pane = &mut r.panes[side.index()];
    let Some(article) = app.corpus.articles.get(pane.article) else {
        return;
    };
    let before = Some(pane.cursor);
    let page = height.saturating_sub(2).max(1) as isize;
    let half = (height / 2).max(1) as isize;
    match action {
        Down => pane.scroll(&w, 1, height),
        Up => pane.scroll(&w, -1, height),
        PageDown => pane.scroll(&w, page, height),
        PageUp => pane.scroll(&w, -page, height),
        HalfPageDown => pane.scroll(&w, half, height),
        HalfPageUp => pane.scroll(&w, -half, height),
        Top => pane.scroll_to_top(&w, height),
        Bottom => pane.scroll_to_bottom(&w, height),
        NextPassage => pane.next_passage(article, &w, height),
        PrevPassage => pane.prev_passage(article, &w, height),
        _ => {}
    }
    topic_jumps::follow(app, before);
}

fn filter_action(app: &mut App, action: Action) {
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
        edit => lib.query.edit(edit),
    };
    if changed {
        lib.refilter(&app.corpus, &app.matcher);
    }
}

fn picker_action(app: &mut App, mut picker: Library, action: Action) {
    let rows = app.library_rows();
    match action {
        Down => picker.move_by(1, rows),
        Up => picker.move_by(-1, rows),
        Cancel => return,
        Accept => {
            if let Some(index) = picker.selected_article() {
                replace_focused(app, index);
            }
            return;
        }
        edit => {
            if picker.query.edit(edit) {
                picker.refilter(&app.corpus, &app.matcher);
            }
        }
    }
    app.overlay = Some(Overlay::Picker(picker));
}

/// Typing a search: Enter runs it in the focused pane and jumps to the first match at
/// or after the current passage.
fn search_action(app: &mut App, mut editor: LineEditor, action: Action) {
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
            let Some(article) = app.corpus.articles.get(pane.article) else { return };
            let hits = app.matching.find(article, &query);
            if hits.is_empty() {
                r.search = None;
                app.status = Some(format!("\"{query}\" not found in {}", article.title));
                return;
            }
            let current = hits.iter().position(|h| h.passage >= pane.cursor).unwrap_or(0);
            r.search = Some(search::Search { query, side, article: pane.article, hits, current });
            show_match(app);
        }
        edit => {
            editor.edit(edit);
            app.overlay = Some(Overlay::Search(editor));
        }
    }
}

/// `n`/`N`: the next or previous match of the last search, wrapping around.
fn step_match(app: &mut App, step: isize) {
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

/// Restores both panes from the jump history.
fn go_to(app: &mut App, jump: Option<Jump>, none: &str) {
    match (jump, app.reading.as_mut()) {
        (Some(j), Some(r)) => {
            r.panes = j.panes;
            ensure_wraps(app);
        }
        _ => app.status = Some(none.into()),
    }
}

/// Shows `article` in the focused pane (replacing what was there unless it is the
/// same) with `passage` current and on top.
pub fn jump_focused(app: &mut App, article: usize, passage: usize) {
    let Some(side) = app.reading.as_ref().map(|r| r.focus) else { return };
    if app.reading.as_ref().is_some_and(|r| r.panes[side.index()].article != article) {
        replace_focused(app, article);
    }
    let (_, height) = app.pane_geometry(side);
    let wrap = app.pane_wrap(side);
    if let (Some(w), Some(r)) = (wrap, app.reading.as_mut()) {
        r.panes[side.index()].jump_to(&w, passage, height);
    } else if let Some(r) = app.reading.as_mut() {
        // Not wrapped yet (no size known): anchor by passage, which needs no wrap.
        let pane = &mut r.panes[side.index()];
        pane.cursor = passage;
        pane.top = super::pane::Anchor { passage, line: 0 };
    }
}

/// Puts another article in the focused pane; the other pane is not touched.
fn replace_focused(app: &mut App, index: usize) {
    let Some(r) = app.reading.clone() else { return };
    remember(app, &r);
    let pane = restore(app, index);
    if let Some(r) = app.reading.as_mut() {
        r.panes[r.focus.index()] = pane;
    }
    ensure_wraps(app);
    topic_jumps::relink(app);
}

fn remember(app: &mut App, r: &Reading) {
    for p in &r.panes {
        app.remembered.insert(p.article, (p.top, p.cursor));
    }
}

fn restore(app: &App, article: usize) -> Pane {
    let mut pane = Pane::new(article);
    if let Some(&(top, cursor)) = app.remembered.get(&article) {
        pane.top = top;
        pane.cursor = cursor;
    }
    pane
}

/// Wraps both open articles at the current pane widths. Done here, on resize and on
/// opening, so that drawing a frame never wraps text.
fn ensure_wraps(app: &mut App) {
    let Some(r) = &app.reading else { return };
    if layout::too_small(app.size.0, app.size.1) {
        return; // nothing is drawn, and the size is not known yet at start-up
    }
    for side in [Side::Left, Side::Right] {
        let (width, _) = app.pane_geometry(side);
        app.wraps.ensure(&app.corpus.articles, r.panes[side.index()].article, width, r.unfold);
    }
}
