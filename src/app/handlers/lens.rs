//! The framing lens panel (`L`) and the topic-across-outlets table (`c`): their part
//! of `update` (their state is in `overlays`). The lens itself is computed by `crate::lens` when the
//! panel first opens for a pair, and kept with the pair.

use super::opening::replace_side;
use super::panes::move_pane;
use crate::app::Action::{self, *};
use crate::app::overlays::{Across, LensPanel, Section, rows, sources};
use crate::app::pane::Side;
use crate::app::state::{App, Overlay};
use crate::lens::{self, Lens};

/// `L`: computes the lens for the open pair (once) and shows the panel; its marks
/// (variants, loaded terms) show in the panes from now on.
pub fn open(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    if r.lens.is_none() {
        let text = |i| app.texts.article(&app.corpus, i);
        if let (Some(l), Some(rt)) = (text(r.panes[0].article), text(r.panes[1].article)) {
            r.lens = Some(Lens::build(l, rt, &app.lexicons, app.framing.get()));
        }
    }
    r.lens_marks = true;
    app.overlay = Some(Overlay::Lens(LensPanel { section: Section::Spelling, selected: 0 }));
}

pub fn panel_action(app: &mut App, mut panel: LensPanel, action: Action) {
    let Some(lens) = app.reading.as_ref().and_then(|r| r.lens.as_ref()) else { return };
    let step = |s: Section, d: isize| {
        let i = Section::ALL.iter().position(|&x| x == s).unwrap_or(0) as isize;
        Section::ALL[(i + d).rem_euclid(Section::ALL.len() as isize) as usize]
    };
    let count = rows(lens, panel.section);
    match action {
        Cancel => return,
        NextSection => (panel.section, panel.selected) = (step(panel.section, 1), 0),
        PrevSection => (panel.section, panel.selected) = (step(panel.section, -1), 0),
        Down => panel.selected = (panel.selected + 1).min(count.saturating_sub(1)),
        Up => panel.selected = panel.selected.saturating_sub(1),
        Accept => return go(app, &panel),
        _ => {}
    }
    app.overlay = Some(Overlay::Lens(panel));
}

/// Enter on a row: the panes go where the row speaks of (a source's first citations,
/// a term's or spelling's first use, a figure pair's two passages).
fn go(app: &mut App, panel: &LensPanel) {
    let Some(lens) = app.reading.as_ref().and_then(|r| r.lens.as_ref()) else { return };
    let passage_of = |side: Side, span: Option<&lens::Span>| -> Option<usize> {
        let s = span?;
        lens.side(side).passages.iter().position(|p| p.start <= s.start && s.start < p.end)
    };
    let targets: [Option<usize>; 2] = match panel.section {
        Section::Sources => match sources(lens).get(panel.selected) {
            Some(s) => [s.left.first().copied(), s.right.first().copied()],
            None => [None, None],
        },
        Section::Figures => match lens.figures.get(panel.selected) {
            Some(f) => [Some(f.left_passage), Some(f.right_passage)],
            None => [None, None],
        },
        Section::Loaded => match lens.loaded.get(panel.selected) {
            Some(t) => [
                passage_of(Side::Left, t.left.spans.first()),
                passage_of(Side::Right, t.right.spans.first()),
            ],
            None => [None, None],
        },
        Section::Spelling => match lens.variants.get(panel.selected) {
            Some(v) => [
                passage_of(Side::Left, v.left.first().and_then(|f| f.spans.first())),
                passage_of(Side::Right, v.right.first().and_then(|f| f.spans.first())),
            ],
            None => [None, None],
        },
    };
    if targets.iter().all(Option::is_none) {
        return;
    }
    if let Some(here) = app.here() {
        app.jumps.push(here);
    }
    for side in [Side::Left, Side::Right] {
        if let Some(p) = targets[side.index()] {
            move_pane(app, side, p);
        }
    }
}

/// `c`: every article of the corpus with the first sentence of each of its passages on
/// the active topic.
pub fn open_across(app: &mut App) {
    let Some(topic) = app.reading.as_ref().and_then(|r| r.topic) else {
        app.status = Some("no active topic: t chooses one".into());
        return;
    };
    let Some(t) = app.knowledge.topics.get(topic) else { return };
    if !app.knowledge.is_archived() {
        // Every text is in memory with the topics: these are not stubs.
        let articles: Vec<&crate::corpus::Article> = app.corpus.articles.iter().collect();
        let rows = lens::topic_table(t, &articles);
        app.overlay = Some(Overlay::Across(Across { topic, rows, selected: 0 }));
        return;
    }
    // From the archive index: the articles that speak most of it, read now, with the
    // open pair among them.
    let mut on = app.knowledge.articles_on(topic, &app.corpus);
    let all = on.len();
    on.sort_by_key(|&(i, n)| (std::cmp::Reverse(n), i));
    let mut picked: Vec<usize> = on.iter().take(ACROSS_READ).map(|&(i, _)| i).collect();
    if let Some(r) = app.reading.as_ref() {
        for p in &r.panes {
            if on.iter().any(|&(i, _)| i == p.article) && !picked.contains(&p.article) {
                picked.push(p.article);
            }
        }
    }
    picked.sort_unstable();
    for &i in &picked {
        app.need_text(i);
    }
    let mut across = app.knowledge.topics[topic].clone();
    across.passages = (picked.iter())
        .filter_map(|&i| app.article(i).map(|a| (i, a)))
        .flat_map(|(i, a)| app.knowledge.passages_in(topic, i, a, &app.lexicons))
        .collect();
    let articles: Vec<&crate::corpus::Article> =
        (0..app.corpus.articles.len()).filter_map(|i| app.article(i)).collect();
    let rows = lens::topic_table(&across, &articles);
    if all > picked.len() {
        app.status = Some(format!(
            "{}: the {} articles that speak most of it, of {all}",
            across.label,
            picked.len()
        ));
    }
    app.overlay = Some(Overlay::Across(Across { topic, rows, selected: 0 }));
}

/// Articles read for a topic across outlets from the archive index: each is read from
/// its file at once, so the table stays quick to open.
const ACROSS_READ: usize = 40;

/// Enter opens the row's article in the other pane at that passage.
pub fn across_action(app: &mut App, mut across: Across, action: Action) {
    match action {
        Cancel => return,
        Down => across.selected = (across.selected + 1).min(across.rows.len().saturating_sub(1)),
        Up => across.selected = across.selected.saturating_sub(1),
        Accept => {
            let Some(row) = across.rows.get(across.selected) else { return };
            let Some(side) = app.reading.as_ref().map(|r| r.focus.other()) else { return };
            if let Some(here) = app.here() {
                app.jumps.push(here);
            }
            replace_side(app, side, row.article);
            move_pane(app, side, row.passage);
            return;
        }
        _ => {}
    }
    app.overlay = Some(Overlay::Across(across));
}
