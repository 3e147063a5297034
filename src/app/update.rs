//! The one reducer: `update(&mut App, Action)`. No terminal; the caller draws. The only
//! I/O is reading a short article's text on demand ([`App::need_text`]); anything slow
//! or written goes back to the runtime as an [`super::Effect`].

use super::Action::{self, *};
use super::editor::LineEditor;
use super::handlers::opening::link_after_paint;
use super::handlers::panes::{ensure_wraps, move_focused, read_selected, relink};
use super::handlers::{address, bookmarks, compare, lens, library, related, search, topic_jumps};
use super::overlays::BookmarkList;
use super::pane::Side;
use super::state::{App, Overlay, Screen};

/// Applies an action. Returns a follow-up action when one action implies another.
pub fn update(app: &mut App, action: Action) -> Option<Action> {
    if !matches!(action, Resize(..)) {
        app.status = None;
        // A pair shown before its links were made gets them before any key acts on it
        // (when keys were queued ahead of the paint, or nothing paints at all).
        link_after_paint(app);
    }
    match action {
        Quit => app.quit = true,
        Resize(w, h) => {
            app.size = (w, h);
            let rows = app.library_rows();
            app.library.keep_in_view(rows);
            ensure_wraps(app);
            compare::fit_diff(app);
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
            Some(Overlay::Picker(picker)) => library::picker_action(app, *picker, action),
            Some(Overlay::Note(note)) => bookmarks::note_action(app, note, action),
            Some(Overlay::Bookmarks(list)) => bookmarks::list_action(app, list, action),
            Some(Overlay::Search(editor)) => search::search_action(app, editor, action),
            Some(Overlay::Address(editor)) => address::address_action(app, editor, action),
            Some(Overlay::Topics(palette)) => topic_jumps::palette_action(app, palette, action),
            Some(Overlay::Lens(panel)) => lens::panel_action(app, panel, action),
            Some(Overlay::Across(across)) => lens::across_action(app, across, action),
            None if action == Topics => topic_jumps::open_palette(app),
            None if action == Help => app.overlay = Some(Overlay::Help(Default::default())),
            None if action == Bookmarks => {
                let list = BookmarkList::new(&app.bookmarks, &app.matcher);
                app.overlay = Some(Overlay::Bookmarks(list));
            }
            None => match app.screen {
                Screen::Library if app.library.typing => library::filter_action(app, action),
                Screen::Library => library::library_action(app, action),
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
    related::settle(app);
    compare::refresh_contrast(app);
}

fn reading_action(app: &mut App, action: Action) {
    let Some(r) = app.reading.as_mut() else {
        app.screen = Screen::Library;
        return;
    };
    let diff = r.compare.diff.is_some();
    match action {
        Versions => compare::toggle_diff(app),
        // The diff has the moving keys while it is shown; Esc leaves it.
        Back | Cancel if diff => compare::toggle_diff(app),
        Down | Up | PageDown | PageUp | HalfPageDown | HalfPageUp | Top | Bottom | NextChange
        | PrevChange
            if diff =>
        {
            compare::diff_action(app, action)
        }
        NextChange | PrevChange => {
            let key = app.keymap.first_key(super::Context::Reading, Versions);
            let key = key.map(|k| format!(" ({k})")).unwrap_or_default();
            app.status = Some(format!("changes are walked in the diff{key}"));
        }
        Contrast => compare::toggle_contrast(app),
        FocusLeft => r.focus = Side::Left,
        FocusRight => r.focus = Side::Right,
        FocusOther => r.focus = r.focus.other(),
        SwapPanes => {
            r.panes.swap(0, 1);
            ensure_wraps(app);
            relink(app);
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
        Back => library::back_to_library(app),
        Mark => bookmarks::mark(app),
        Search => app.overlay = Some(Overlay::Search(LineEditor::default())),
        NextMatch | PrevMatch if r.topic.is_some() => {
            topic_jumps::step_topic(app, action == NextMatch)
        }
        NextMatch => search::step_match(app, 1),
        PrevMatch => search::step_match(app, -1),
        Counterpart => topic_jumps::counterpart(app),
        Follow => topic_jumps::toggle_follow(app),
        Lens => lens::open(app),
        Across => lens::open_across(app),
        JumpBack => topic_jumps::jump_back(app),
        JumpForward => topic_jumps::jump_forward(app),
        PickArticle => {
            let mut picker = app.library.sharing(&app.corpus);
            picker.typing = true;
            app.overlay = Some(Overlay::Picker(Box::new(picker)));
        }
        _ => move_focused(app, action),
    }
}
