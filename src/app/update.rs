//! The one reducer: `update(&mut App, Action)`. No terminal; the caller draws. The only
//! I/O is reading a short article's text on demand ([`App::need_text`]); anything slow
//! or written goes back to the runtime as an [`super::Effect`].

use super::Action::{self, *};
use super::background::Background;
use super::bookmarks::{self, BookmarkList};
use super::bookmarks::{Effect, Work};
use super::editor::LineEditor;
use super::jumps::Jump;
use super::layout;
use super::library::Row;
use super::pane::{Pane, Side};
use super::state::{App, Opening, Overlay, Reading, Screen};
use super::texts::BIG_WORDS;
use super::topic_jumps;
use super::topics::PairLinks;
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
            Some(Overlay::Help) => {
                if action != Help && action != Cancel {
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
            None if action == Help => app.overlay = Some(Overlay::Help),
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

/// Opens two articles side by side, each at the place it was last left.
pub fn open_pair(app: &mut App, left: usize, right: usize) {
    if defer(app, Opening::Pair(left, right), &[left, right]) {
        return;
    }
    if let Some(r) = app.reading.take() {
        remember(app, &r);
    }
    // Read first, so the pair's links and wraps see the texts (a stub has no passages).
    app.need_text(left);
    app.need_text(right);
    let panes = [restore(app, left), restore(app, right)];
    let links = pair_links(app, left, right);
    app.reading = Some(Reading {
        panes,
        focus: Side::Left,
        unfold: false,
        search: None,
        links,
        topic: None,
        follow: app.settings.follow,
        counterpart: None,
        lens: None,
        lens_marks: false,
    });
    app.screen = Screen::Reading;
    ensure_wraps(app);
}

/// Whether opening `articles` must wait for long texts that are not in memory: then
/// they are read on another thread, and `opening` happens when they arrive.
fn defer(app: &mut App, opening: Opening, articles: &[usize]) -> bool {
    let mut readers = Vec::new();
    for &i in articles {
        let big = app.corpus.articles.get(i).is_some_and(|a| a.words > BIG_WORDS);
        if big
            && !app.texts.has(i)
            && !readers.iter().any(|(j, _)| *j == i)
            && let Some(read) = app.texts.reader(i)
        {
            readers.push((i, read));
        }
    }
    if readers.is_empty() {
        return false;
    }
    let what: Vec<String> = readers
        .iter()
        .filter_map(|(i, _)| app.corpus.articles.get(*i))
        .map(|a| format!("{} ({} words)", a.title, a.words))
        .collect();
    app.status = Some(format!("reading {}…", what.join(", ")));
    for (article, read) in readers {
        let job = move || Background::Text { article, read: read().map(Box::new) };
        app.effects.push(Effect::Work(Work(Box::new(job))));
    }
    app.opening = Some(opening);
    true
}

/// The links of a pair: computed now, or for a long article on another thread (the
/// pair opens at once without them, and they arrive as [`Background::Links`]).
pub(super) fn pair_links(app: &mut App, left: usize, right: usize) -> PairLinks {
    let big = |i| app.article(i).is_some_and(|a| a.words > BIG_WORDS);
    if big(left) || big(right) {
        let shared = (app.texts.shared(&app.corpus, left), app.texts.shared(&app.corpus, right));
        if let (Some(l), Some(r)) = shared {
            let lexicons = app.lexicons.clone();
            let job = move || Background::Links {
                pair: [left, right],
                links: PairLinks::build(l.get(), r.get(), &lexicons),
            };
            app.effects.push(Effect::Work(Work(Box::new(job))));
            app.status = Some("linking the passages of a long article…".into());
            return PairLinks::default();
        }
    }
    match (app.article(left), app.article(right)) {
        (Some(l), Some(r)) => PairLinks::build(l, r, &app.lexicons),
        _ => PairLinks::default(),
    }
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
            go_to(app, back, "no older jump");
        }
        JumpForward => {
            let forward = app.jumps.forward();
            go_to(app, forward, "no newer jump");
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
pub(super) fn replace_focused(app: &mut App, index: usize) {
    if let Some(side) = app.reading.as_ref().map(|r| r.focus) {
        replace_side(app, side, index);
    }
}

/// Puts another article in the pane on `side`, each article at the place it was left.
pub(super) fn replace_side(app: &mut App, side: Side, index: usize) {
    if defer(app, Opening::Side(side, index), &[index]) {
        return;
    }
    let Some(panes) = app.reading.as_ref().map(|r| r.panes.clone()) else { return };
    for p in &panes {
        app.remembered.insert(p.article, (p.top, p.cursor));
    }
    let pane = restore(app, index);
    app.need_text(index);
    if let Some(r) = app.reading.as_mut() {
        r.panes[side.index()] = pane;
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
