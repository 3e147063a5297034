//! What several handlers do to the panes: wrap them, move one to a passage, scroll the
//! focused one (the other following), link the pair. Kept below the handlers so that
//! none of them needs another's file for it.

use crate::app::Action::{self, *};
use crate::app::background::Background;
use crate::app::effect::{Effect, Work};
use crate::app::layout;
use crate::app::pane::{Anchor, Side};
use crate::app::state::{App, Screen};
use crate::app::texts::BIG_WORDS;
use crate::app::topics::PairLinks;

/// Wraps both open articles at the current pane widths. Done here, on resize and on
/// opening, so that drawing a frame never wraps text.
pub(crate) fn ensure_wraps(app: &mut App) {
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

/// Puts passage `p` of the pane on `side` on top, whichever pane has focus.
pub(crate) fn move_pane(app: &mut App, side: Side, p: usize) {
    let (_, height) = app.pane_geometry(side);
    let wrap = app.pane_wrap(side);
    let Some(r) = app.reading.as_mut() else { return };
    let pane = &mut r.panes[side.index()];
    match wrap {
        Some(w) => pane.jump_to(&w, p, height),
        None => {
            pane.cursor = p;
            pane.top = Anchor { passage: p, line: 0 };
        }
    }
}

/// Scrolling and passage moves in the focused pane.
pub(crate) fn move_focused(app: &mut App, action: Action) {
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
    follow(app, before);
}

/// In follow mode, after the focused pane moved: the other pane shows the best
/// counterpart of the new current passage (and stays put when there is none).
pub fn follow(app: &mut App, before: Option<usize>) {
    let Some(r) = app.reading.as_ref() else { return };
    let side = r.focus;
    let now = r.panes[side.index()].cursor;
    if !r.follow || before == Some(now) {
        return;
    }
    if let Some(best) = r.links.matches(side, now).first().map(|m| m.right) {
        move_pane(app, side.other(), best);
    }
}

/// The links of a pair: computed now, or for a long article on another thread (the
/// pair opens at once without them, and they arrive as [`Background::Links`]).
pub(crate) fn pair_links(app: &mut App, left: usize, right: usize) -> PairLinks {
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

/// Recomputes the pair's links (after a pane changed article).
pub fn relink(app: &mut App) {
    let Some([l, rt]) = app.reading.as_ref().map(|r| [r.panes[0].article, r.panes[1].article])
    else {
        return;
    };
    let links = pair_links(app, l, rt);
    app.links_after_paint = false;
    let Some(r) = app.reading.as_mut() else { return };
    r.links = links;
    r.counterpart = None;
    let (Some(left), Some(right)) =
        (app.texts.article(&app.corpus, l), app.texts.article(&app.corpus, rt))
    else {
        return;
    };
    // The lens belongs to the pair; keep its marks on screen if they were.
    r.lens = r
        .lens_marks
        .then(|| crate::lens::Lens::build(left, right, &app.lexicons, app.framing.get()));
    detect_versions(app);
}

/// Compares the open pair as versions of one text, and says so when they are: "versions:
/// 3 changes · 2 words, 1 paragraph removed · similarity 0.93". A very long pair is
/// compared only when its diff is asked for, so opening it stays quick.
pub(crate) fn detect_versions(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    let [l, rt] = [r.panes[0].article, r.panes[1].article];
    r.compare = Default::default();
    let (Some(left), Some(right)) =
        (app.texts.article(&app.corpus, l), app.texts.article(&app.corpus, rt))
    else {
        return;
    };
    if left.words > BIG_WORDS || right.words > BIG_WORDS {
        return;
    }
    let v = crate::diff::Versions::compare(left, right);
    if v.versions {
        app.status = Some(versions_status(&v));
    }
    r.compare.versions = Some(std::sync::Arc::new(v));
}

/// "versions: identical" or "versions: 3 changes · 2 words, 1 paragraph removed,
/// similarity 0.93".
pub(crate) fn versions_status(v: &crate::diff::Versions) -> String {
    if v.hunks.is_empty() {
        return "versions: identical".into();
    }
    format!("versions: {}, similarity {:.2}", v.describe(), v.similarity)
}

/// Longer articles than this are not read just to preview them (a 50 MB file would
/// hold up the keyboard); Enter still opens them.
const PREVIEW_WORDS: usize = 200_000;

/// The library previews the selected article's opening: when texts are read on
/// demand, read it now, so drawing the frame reads nothing.
pub(crate) fn read_selected(app: &mut App) {
    if app.screen != Screen::Library {
        return;
    }
    let Some(i) = app.library.selected_article() else { return };
    if app.texts.has(i) || app.corpus.articles.get(i).is_none_or(|a| a.words > PREVIEW_WORDS) {
        return;
    }
    app.need_text(i);
}

/// The open pair's topic passages, found in their texts when the topics come from the
/// archive index (it keeps how many, not where).
pub fn see_topics(app: &mut App) {
    let Some(r) = app.reading.as_ref() else { return };
    if !app.knowledge.is_archived() {
        return;
    }
    for i in [r.panes[0].article, r.panes[1].article] {
        if let Some(a) = app.texts.article(&app.corpus, i) {
            app.knowledge.see(i, a, &app.lexicons);
        }
    }
}
