//! Comparing the open pair: `d` marks the contrast of the focused passage with its
//! counterpart beside it, `D` shows the pair as a diff of two versions of one text,
//! `]c`/`[c` move between its changes.

use super::panes::versions_status;
use crate::app::Action::{self, *};
use crate::app::compare::{DiffView, diff_column};
use crate::app::pane::Side;
use crate::app::state::App;
use crate::diff::{Contrast, Versions};
use std::sync::Arc;

/// `d`: contrast marks on or off.
pub fn toggle_contrast(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    r.compare.contrast = !r.compare.contrast;
    let on = r.compare.contrast;
    refresh_contrast(app);
    let shown = app.reading.as_ref().is_some_and(|r| r.compare.marked.is_some());
    app.status = Some(
        match (on, shown) {
            (false, _) => "contrast: off",
            (true, true) => {
                "contrast: underlined only here · italic other words · italic underlined \
                 other spelling · bold underlined a figure only here"
            }
            (true, false) => "contrast: on — no counterpart beside this passage (Enter shows one)",
        }
        .into(),
    );
}

/// After every action while contrast is on: the contrast of the focused passage with
/// the passage beside it, if that passage is one of its counterparts. Computed again
/// only when the two passages change (well under a millisecond when they do).
pub fn refresh_contrast(app: &mut App) {
    let Some(r) = app.reading.as_ref() else { return };
    if !r.compare.contrast {
        return;
    }
    let side = r.focus;
    let (here, there) = (r.panes[side.index()].cursor, r.panes[side.other().index()].cursor);
    let beside = r.links.matches(side, here).iter().any(|m| m.right == there);
    let passages = match side {
        Side::Left => [here, there],
        Side::Right => [there, here],
    };
    let articles = [r.panes[0].article, r.panes[1].article];
    if r.compare.marked.as_ref().is_some_and(|(p, _)| *p == passages) && beside {
        return;
    }
    let contrast = beside.then(|| {
        let (l, rt) = (app.article(articles[0])?, app.article(articles[1])?);
        let (p, q) = (l.passages.get(passages[0])?, rt.passages.get(passages[1])?);
        Some(Contrast::of(&app.lexicons, (&l.text, p.range.clone()), (&rt.text, q.range.clone())))
    });
    if let Some(r) = app.reading.as_mut() {
        r.compare.marked = contrast.flatten().map(|c| (passages, c));
    }
}

/// `D`: the diff in place of the panes, or the panes again. Any pair may be shown as a
/// diff; one that is not versions of one text says how little it shares.
pub fn toggle_diff(app: &mut App) {
    let Some(r) = app.reading.as_mut() else { return };
    if r.compare.diff.take().is_some() {
        app.status = Some("diff: off".into());
        return;
    }
    let (known, pair) = (r.compare.versions.clone(), [r.panes[0].article, r.panes[1].article]);
    let versions = match known {
        Some(v) => v,
        None => {
            let (Some(l), Some(rt)) = (app.article(pair[0]), app.article(pair[1])) else {
                return;
            };
            Arc::new(Versions::compare(l, rt))
        }
    };
    app.status = Some(if versions.versions {
        versions_status(&versions)
    } else {
        format!(
            "not versions of one text (similarity {:.2}): shown as a diff anyway",
            versions.similarity
        )
    });
    if let Some(r) = app.reading.as_mut() {
        r.compare.versions = Some(versions);
    }
    lay_out_diff(app);
}

/// On a resize: the diff, if shown, laid out again at the new width.
pub fn fit_diff(app: &mut App) {
    if diff_shown(app) {
        lay_out_diff(app);
    }
}

/// Lays the diff out at the terminal's width, keeping its place.
fn lay_out_diff(app: &mut App) {
    let width = diff_column(app.size.0);
    let Some(r) = app.reading.as_ref() else { return };
    let (Some(v), Some(l), Some(rt)) = (
        r.compare.versions.clone(),
        app.article(r.panes[0].article),
        app.article(r.panes[1].article),
    ) else {
        return;
    };
    let shown = r.compare.diff.as_ref();
    if shown.is_some_and(|d| d.width == width) {
        return;
    }
    let top = shown.map_or(0, |d| d.top);
    let mut view = DiffView::build(&v, [l, rt], width);
    view.top = top.min(view.rows.len().saturating_sub(1));
    if let Some(r) = app.reading.as_mut() {
        r.compare.diff = Some(view);
    }
}

/// Rows of the diff on screen: all but the header and the status line.
pub fn diff_rows(h: u16) -> usize {
    usize::from(h.saturating_sub(2)).max(1)
}

/// Whether the diff is shown (then it takes the moving keys).
pub fn diff_shown(app: &App) -> bool {
    app.reading.as_ref().is_some_and(|r| r.compare.diff.is_some())
}

/// Scrolling and `]c`/`[c` in the diff.
pub fn diff_action(app: &mut App, action: Action) {
    let rows = diff_rows(app.size.1);
    let Some(d) = app.reading.as_mut().and_then(|r| r.compare.diff.as_mut()) else { return };
    let last = d.rows.len().saturating_sub(rows);
    let page = rows.saturating_sub(2).max(1);
    let scrolled = match action {
        Down => d.top + 1,
        Up => d.top.saturating_sub(1),
        PageDown => d.top + page,
        PageUp => d.top.saturating_sub(page),
        HalfPageDown => d.top + rows / 2,
        HalfPageUp => d.top.saturating_sub(rows / 2),
        Top => 0,
        Bottom => last,
        // A change goes to the top row, even near the end, so the eye finds it there.
        NextChange | PrevChange => {
            let next = if action == NextChange {
                d.changes.iter().find(|&&c| c > d.top)
            } else {
                d.changes.iter().rev().find(|&&c| c < d.top)
            };
            let Some(&c) = next else {
                let which = if action == NextChange { "after" } else { "before" };
                app.status = Some(format!("no change {which} this one"));
                return;
            };
            d.top = c;
            app.status = Some(format!("change {}/{}", d.change_at_top(), d.changes.len()));
            return;
        }
        _ => d.top,
    };
    d.top = scrolled.min(last);
}
