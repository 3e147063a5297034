//! The one reducer: `update(&mut App, Action)`. No terminal; the caller draws. The only
//! I/O is reading a short article's text on demand ([`App::need_text`]); anything slow
//! or written goes back to the runtime as an [`super::Effect`].

use super::Action::{self, *};
use super::bookmarks::{self, BookmarkList};
use super::editor::LineEditor;
use super::jumps::Jump;
use super::layout;
use super::library::Row;
use super::opening::replace_focused;
use super::pane::Side;
use super::state::{App, Overlay, Screen};
use super::topic_jumps;
use super::{lens_view, library_actions, search_actions};

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
            Some(Overlay::Help(help)) => {
                let (w, h) = app.size;
                let layout = super::help::layout(&app.keymap, app.help_context(), w, h);
                if let Some(help) = super::help::scroll(help, &layout, action) {
                    app.overlay = Some(Overlay::Help(help));
                } else if action != Help && action != Cancel {
                    // Any other key closes help and is then acted on, as pagers do.
                    return Some(action);
                }
            }
            Some(Overlay::Picker(picker)) => library_actions::picker_action(app, picker, action),
            Some(Overlay::Note(note)) => bookmarks::note_action(app, note, action),
            Some(Overlay::Bookmarks(list)) => bookmarks::list_action(app, list, action),
            Some(Overlay::Search(editor)) => search_actions::search_action(app, editor, action),
            Some(Overlay::Topics(palette)) => topic_jumps::palette_action(app, palette, action),
            Some(Overlay::Lens(panel)) => lens_view::panel_action(app, panel, action),
            Some(Overlay::Across(across)) => lens_view::across_action(app, across, action),
            None if action == Topics => topic_jumps::open_palette(app),
            None if action == Help => app.overlay = Some(Overlay::Help(Default::default())),
            None if action == Bookmarks => {
                let list = BookmarkList::new(&app.bookmarks, &app.matcher);
                app.overlay = Some(Overlay::Bookmarks(list));
            }
            None => match app.screen {
                Screen::Library if app.library.typing => {
                    library_actions::filter_action(app, action)
                }
                Screen::Library => library_actions::library_action(app, action),
                Screen::Reading => reading_action(app, action),
            },
        },
    }
    settle(app);
    None
}

/// After any action: what the next frame shows is made ready here, so drawing it
/// computes nothing — the selected article's text, the filter's highlights in view.
fn settle(app: &mut App) {
    let rows = app.library_rows();
    app.library.mark_visible(&app.corpus, rows);
    if let Some(Overlay::Picker(picker)) = &mut app.overlay {
        picker.mark_visible(&app.corpus, rows);
    }
    read_selected(app);
}

/// Longer articles than this are not read just to preview them (a 50 MB file would
/// hold up the keyboard); Enter still opens them.
const PREVIEW_WORDS: usize = 200_000;

/// The library previews the selected article's opening: when texts are read on
/// demand, read it now, so drawing the frame reads nothing.
pub(super) fn read_selected(app: &mut App) {
    if app.screen != Screen::Library {
        return;
    }
    let Some(i) = app.library.selected_article() else { return };
    if app.texts.has(i) || app.corpus.articles.get(i).is_none_or(|a| a.words > PREVIEW_WORDS) {
        return;
    }
    app.need_text(i);
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
        Back if r.lens_marks => {
            r.lens_marks = false;
            app.status = Some("lens marks cleared".into());
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
        NextMatch => search_actions::step_match(app, 1),
        PrevMatch => search_actions::step_match(app, -1),
        Counterpart => topic_jumps::counterpart(app),
        Follow => topic_jumps::toggle_follow(app),
        Lens => lens_view::open(app),
        Across => lens_view::open_across(app),
        JumpBack => {
            let back = app.here().and_then(|here| app.jumps.back(here));
            go_to(app, back, "back to", "no older jump");
        }
        JumpForward => {
            let forward = app.jumps.forward();
            go_to(app, forward, "forward to", "no newer jump");
        }
        PickArticle => {
            let mut picker = app.library.sharing(&app.corpus);
            picker.typing = true;
            app.overlay = Some(Overlay::Picker(picker));
        }
        _ => move_focused(app, action),
    }
}

/// Scrolling and passage moves in the focused pane.
pub(super) fn move_focused(app: &mut App, action: Action) {
    let Some(side) = app.reading.as_ref().map(|r| r.focus) else {
        return;
    };
    let (_, height) = app.pane_geometry(side);
    let Some(w) = app.pane_wrap(side) else { return };
    let article = app.reading.as_ref().map_or(0, |r| r.panes[side.index()].article);
    if w.lines.is_empty() && !app.texts.has(article) {
        app.early_moves.push(action); // a stub, until the library is listed
        return;
    }
    let Some(r) = app.reading.as_mut() else {
        return;
    };
    let pane = &mut r.panes[side.index()];
    let Some(article) = app.texts.article(&app.corpus, pane.article) else {
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

/// Restores both panes from the jump history.
/// Restores both panes from the jump history, saying where to: a jump that moves
/// the view without a word leaves the reader wondering what happened.
fn go_to(app: &mut App, jump: Option<Jump>, to: &str, none: &str) {
    match (jump, app.reading.as_mut()) {
        (Some(j), Some(r)) => {
            r.panes = j.panes;
            ensure_wraps(app);
            app.status = Some(format!("{to}: {}", whereabouts(app)));
        }
        _ => app.status = Some(none.into()),
    }
}

/// The view in words: the active topic's place in each pane, or the focused pane's
/// article and passage.
fn whereabouts(app: &App) -> String {
    let topic = topic_jumps::topic_status(app);
    if !topic.is_empty() {
        return topic;
    }
    let Some(r) = app.reading.as_ref() else { return String::new() };
    let pane = &r.panes[r.focus.index()];
    let Some(a) = app.article(pane.article) else { return String::new() };
    let content: Vec<usize> =
        (0..a.passages.len()).filter(|&i| a.passages[i].is_content()).collect();
    let at = content.iter().rposition(|&i| i <= pane.cursor).map_or(0, |k| k + 1);
    format!("“{}” · passage {at}/{}", a.title, content.len())
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

/// Wraps both open articles at the current pane widths. Done here, on resize and on
/// opening, so that drawing a frame never wraps text.
pub(super) fn ensure_wraps(app: &mut App) {
    let Some(r) = &app.reading else { return };
    if layout::too_small(app.size.0, app.size.1) {
        return; // nothing is drawn, and the size is not known yet at start-up
    }
    for side in [Side::Left, Side::Right] {
        let (width, _) = app.pane_geometry(side);
        let article = r.panes[side.index()].article;
        app.wraps.ensure(app.texts.article(&app.corpus, article), article, width, r.unfold);
    }
}
