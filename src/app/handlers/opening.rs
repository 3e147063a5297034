//! Opening articles: a pair side by side, another article in one pane. Each opens at
//! the place it was last left. A text not in memory is read first — on another thread
//! when the article is very long, the pair opening when it arrives — and a very long
//! pair gets its passage links from another thread too.

use super::panes::{detect_versions, ensure_wraps, pair_links, relink, see_topics};
use crate::app::Action;
use crate::app::background::Background;
use crate::app::effect::{Effect, Work};
use crate::app::keymap::Context;
use crate::app::pane::{Anchor, Pane, Side};
use crate::app::state::{App, Opening, Reading, Screen};
use crate::app::texts::BIG_WORDS;
use crate::app::topics::PairLinks;

/// Opens two articles side by side, each at the place it was last left.
pub fn open_pair(app: &mut App, left: usize, right: usize) {
    open(app, left, right, true);
}

/// As [`open_pair`], with the passage links left until the frame showing the pair
/// has been drawn ([`link_after_paint`]): the reader's first frame needs the two texts
/// and their wraps, and linking (the first index of the process) would hold it up.
pub fn open_pair_linking_after_paint(app: &mut App, left: usize, right: usize) {
    open(app, left, right, false);
}

/// After a frame is drawn: links the pair that was opened without its links. Whether
/// there was anything to do (then the frame is out of date).
pub fn link_after_paint(app: &mut App) -> bool {
    if !std::mem::take(&mut app.links_after_paint) {
        return false;
    }
    relink(app);
    true
}

fn open(app: &mut App, left: usize, right: usize, link_now: bool) {
    if defer(app, Opening::Pair(left, right), &[left, right]) {
        return;
    }
    if let Some(r) = app.reading.take() {
        remember(app, &r);
    }
    app.early_moves.clear(); // they were made on another pair
    // Read first, so the pair's links and wraps see the texts (a stub has no passages).
    app.need_text(left);
    app.need_text(right);
    let panes = [restore(app, left), restore(app, right)];
    let links = if link_now { pair_links(app, left, right) } else { PairLinks::default() };
    app.links_after_paint = !link_now;
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
        compare: Default::default(),
    });
    app.screen = Screen::Reading;
    ensure_wraps(app);
    see_topics(app);
    if link_now {
        detect_versions(app);
    }
    say_if_beside_itself(app);
}

/// One article in both panes is allowed (two places in one long text) but never
/// silent: every passage would link to itself.
fn say_if_beside_itself(app: &mut App) {
    let Some(r) = app.reading.as_ref() else { return };
    let article = r.panes[0].article;
    if article != r.panes[1].article {
        return;
    }
    let title = app.corpus.articles.get(article).map_or("", |a| a.title.as_str());
    let pick = app.keymap.first_key(Context::Reading, Action::PickArticle);
    let hint = pick.map(|k| format!(": {k} opens another in this pane")).unwrap_or_default();
    app.status = Some(format!("“{title}” is open beside itself{hint}"));
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

/// Puts another article in the focused pane; the other pane is not touched.
pub(crate) fn replace_focused(app: &mut App, index: usize) {
    if let Some(side) = app.reading.as_ref().map(|r| r.focus) {
        replace_side(app, side, index);
    }
}

/// Puts another article in the pane on `side`, each article at the place it was left.
pub(crate) fn replace_side(app: &mut App, side: Side, index: usize) {
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
    see_topics(app);
    relink(app);
    say_if_beside_itself(app);
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
        pane.top = Anchor { passage, line: 0 };
    }
}
