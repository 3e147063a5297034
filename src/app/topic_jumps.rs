//! Topic and counterpart jumps in the reading screen: choosing a topic moves both
//! panes to it, `n`/`N` walk its passages, the counterpart key shows how the other
//! outlet tells the focused passage, follow mode keeps doing that as you read.

use super::Action::{self, *};
use super::palette::TopicPalette;
use super::pane::Side;
use super::state::{App, Overlay};

/// Opens the palette over the reading screen or the library.
pub fn open_palette(app: &mut App) {
    let pair = app.reading.as_ref().map(|r| (r.panes[0].article, r.panes[1].article));
    let pair = if app.screen == super::Screen::Reading { pair } else { None };
    app.overlay = Some(Overlay::Topics(TopicPalette::new(&app.knowledge, pair, &app.matcher)));
}

pub fn palette_action(app: &mut App, mut palette: TopicPalette, action: Action) {
    let last = palette.rows.len().saturating_sub(1);
    match action {
        Cancel => return,
        Down => palette.selected = (palette.selected + 1).min(last),
        Up => palette.selected = palette.selected.saturating_sub(1),
        // Typed ahead of the index: the choice waits for it rather than choosing nothing.
        Accept if palette.rows.is_empty() && app.indexing => {
            palette.waiting = true;
            app.status =
                Some("topics are still being indexed: Enter takes effect when ready".into());
        }
        Accept => {
            if let Some(t) = palette.selected_topic() {
                match app.screen {
                    super::Screen::Reading => activate(app, t),
                    super::Screen::Library => {
                        super::library_actions::filter_library_by_topic(app, Some(t))
                    }
                }
            }
            return;
        }
        edit => {
            if palette.filter.edit(edit) {
                palette.refilter(&app.knowledge, &app.matcher);
            }
        }
    }
    app.overlay = Some(Overlay::Topics(palette));
}

/// The topics arrived: an open palette shows them under its filter, and an Enter
/// pressed while they were being indexed is carried out now.
pub fn topics_arrived(app: &mut App) {
    if let Some(r) = app.reading.as_mut() {
        r.topic = r.topic.filter(|&t| t < app.knowledge.topics.len());
    }
    let mut palette = match app.overlay.take() {
        Some(Overlay::Topics(palette)) => palette,
        // Any other overlay stays as it is: only the palette shows topics.
        other => return app.overlay = other,
    };
    palette.refilter(&app.knowledge, &app.matcher);
    if palette.waiting {
        palette.waiting = false;
        if palette.rows.is_empty() {
            app.status = Some(format!("no topic matches “{}”", palette.filter.text.trim()));
        } else {
            return palette_action(app, palette, Accept);
        }
    }
    app.overlay = Some(Overlay::Topics(palette));
}

/// Makes `topic` active: both panes jump to their first passage on it.
pub fn activate(app: &mut App, topic: usize) {
    if let Some(here) = app.here() {
        app.jumps.push(here);
    }
    let Some(r) = app.reading.as_mut() else { return };
    r.topic = Some(topic);
    let articles = [r.panes[0].article, r.panes[1].article];
    for side in [Side::Left, Side::Right] {
        let article = articles[side.index()];
        let first = app.knowledge.passages(topic, article).next().map(|p| p.passage);
        if let Some(first) = first {
            move_pane(app, side, first);
        }
    }
    app.status = Some(topic_status(app));
}

/// `n`/`N` with a topic active: the focused pane's next or previous passage on it.
pub fn step_topic(app: &mut App, forward: bool) {
    let Some(r) = app.reading.as_ref() else { return };
    let (Some(topic), side) = (r.topic, r.focus) else { return };
    let pane = &r.panes[side.index()];
    let passages: Vec<usize> =
        app.knowledge.passages(topic, pane.article).map(|p| p.passage).collect();
    let target = if forward {
        passages.iter().copied().find(|&p| p > pane.cursor)
    } else {
        passages.iter().rev().copied().find(|&p| p < pane.cursor)
    };
    match target {
        Some(p) => {
            if let Some(here) = app.here() {
                app.jumps.push(here);
            }
            move_pane(app, side, p);
            app.status = Some(topic_status(app));
        }
        None => {
            let label = &app.knowledge.topics[topic].label;
            let which = if forward { "after" } else { "before" };
            app.status = Some(format!("no passage on {label} {which} this one in this article"));
        }
    }
}

/// "topic: Kursk · left 3/5 · right 1/1" (0/n when the view is not on one of them).
pub fn topic_status(app: &App) -> String {
    let Some(r) = app.reading.as_ref() else { return String::new() };
    let Some(topic) = r.topic else { return String::new() };
    let mut parts = vec![format!("topic: {}", app.knowledge.topics[topic].label)];
    let names = side_names(app);
    for side in [Side::Left, Side::Right] {
        let pane = &r.panes[side.index()];
        let passages: Vec<usize> =
            app.knowledge.passages(topic, pane.article).map(|p| p.passage).collect();
        let name = names[side.index()];
        if passages.is_empty() {
            parts.push(format!("{name} none"));
        } else {
            let at = passages.iter().rposition(|&p| p <= pane.cursor).map_or(0, |i| i + 1);
            parts.push(format!("{name} {at}/{}", passages.len()));
        }
    }
    parts.join(" · ")
}

/// What the panes are called where they are: side by side, or stacked.
pub fn side_names(app: &App) -> [&'static str; 2] {
    if app.reading_layout(app.size.0, app.size.1).side_by_side {
        ["left", "right"]
    } else {
        ["top", "bottom"]
    }
}

/// `Enter`/`=`: the other pane jumps to the best counterpart of the focused passage;
/// pressed again on the same passage, to the next best.
pub fn counterpart(app: &mut App) {
    let Some(r) = app.reading.as_ref() else { return };
    let side = r.focus;
    let here = r.panes[side.index()].cursor;
    let matches = r.links.matches(side, here).to_vec();
    let other_title = app.corpus.articles[r.panes[side.other().index()].article].title.clone();
    if matches.is_empty() {
        app.status = Some(format!(
            "nothing relates: no passage of “{other_title}” shares enough with this one"
        ));
        return;
    }
    let k = match r.counterpart {
        Some((s, p, k)) if s == side && p == here => (k + 1) % matches.len(),
        _ => 0,
    };
    if let Some(here) = app.here() {
        app.jumps.push(here);
    }
    let m = &matches[k];
    move_pane(app, side.other(), m.right);
    if let Some(r) = app.reading.as_mut() {
        r.counterpart = Some((side, here, k));
    }
    let strength = match m.strength {
        crate::index::Strength::Strong => "strong",
        crate::index::Strength::Weak => "weak",
    };
    app.status = Some(format!(
        "counterpart {}/{} · {strength} · score {:.2} · shared: {}",
        k + 1,
        matches.len(),
        m.score,
        m.shared.join(", ")
    ));
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

pub fn toggle_follow(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    r.follow = !r.follow;
    let on = r.follow;
    app.status = Some(
        if on {
            "follow: on — the other pane keeps the counterpart in view"
        } else {
            "follow: off"
        }
        .into(),
    );
    if on {
        follow(app, None);
    }
}

/// Recomputes the pair's links (after a pane changed article).
pub fn relink(app: &mut App) {
    let Some([l, rt]) = app.reading.as_ref().map(|r| [r.panes[0].article, r.panes[1].article])
    else {
        return;
    };
    let links = super::opening::pair_links(app, l, rt);
    let Some(r) = app.reading.as_mut() else { return };
    r.links = links;
    r.counterpart = None;
    let (Some(left), Some(right)) =
        (app.texts.article(&app.corpus, l), app.texts.article(&app.corpus, rt))
    else {
        return;
    };
    // The lens belongs to the pair; keep its marks on screen if they were.
    r.lens =
        r.lens_marks.then(|| crate::lens::Lens::build(left, right, &app.lexicons, &app.framing));
}

/// Puts passage `p` of the pane on `side` on top, whichever pane has focus.
pub(super) fn move_pane(app: &mut App, side: Side, p: usize) {
    let (_, height) = app.pane_geometry(side);
    let wrap = app.pane_wrap(side);
    let Some(r) = app.reading.as_mut() else { return };
    let pane = &mut r.panes[side.index()];
    match wrap {
        Some(w) => pane.jump_to(&w, p, height),
        None => {
            pane.cursor = p;
            pane.top = super::pane::Anchor { passage: p, line: 0 };
        }
    }
}
