//! Topic and counterpart jumps in the reading screen: choosing a topic moves both
//! panes to it, `n`/`N` walk its passages, the counterpart key shows how the other
//! outlet tells the focused passage, follow mode keeps doing that as you read.

use super::library::filter_library_by_topic;
use super::panes::{ensure_wraps, follow, move_pane};
use crate::app::Action::{self, *};
use crate::app::background::Background;
use crate::app::effect::{Effect, Work};
use crate::app::jumps::Jump;
use crate::app::palette::TopicPalette;
use crate::app::pane::Side;
use crate::app::state::{App, Overlay, Screen};
use crate::app::topics::Knowledge;

/// After the first frame: the topic index and the archive index of a library read
/// before it, each built on another thread; they arrive as a listed library's do.
pub fn index_after_paint(app: &mut App) {
    if !std::mem::take(&mut app.index_after_paint) {
        return;
    }
    let (corpus, lexicons) = (app.corpus.clone(), app.lexicons.clone());
    let job = move || Background::Knowledge(Knowledge::build(&corpus, &lexicons));
    app.effects.push(Effect::Work(Work(Box::new(job))));
    let (corpus, lexicons) = (app.corpus.clone(), app.lexicons.clone());
    let job = move || crate::app::background::archive_in_memory(&corpus, &lexicons);
    app.effects.push(Effect::Work(Work(Box::new(job))));
}

/// Opens the palette over the reading screen or the library.
pub fn open_palette(app: &mut App) {
    let pair = app.reading.as_ref().map(|r| (r.panes[0].article, r.panes[1].article));
    let pair = if app.screen == Screen::Reading { pair } else { None };
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
                    Screen::Reading => activate(app, t),
                    Screen::Library => filter_library_by_topic(app, Some(t)),
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
    let topic = topic_status(app);
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

/// Back to where the last jump left from.
pub fn jump_back(app: &mut App) {
    let back = app.here().and_then(|here| app.jumps.back(here));
    go_to(app, back, "back to", "no older jump");
}

/// Forward again, after going back.
pub fn jump_forward(app: &mut App) {
    let forward = app.jumps.forward();
    go_to(app, forward, "forward to", "no newer jump");
}
