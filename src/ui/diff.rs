//! The diff of two versions of one text, in place of the panes: each version in its
//! column, paragraphs side by side, unchanged runs folded to one row, changed words
//! marked; the gutter says what each row is (`~` changed, `-` removed, `+` added), so
//! it reads without colour.

use super::reading::{Marks, line_spans};
use super::strings::fit;
use super::{Theme, status_line};
use parallax::app::App;
use parallax::app::compare::{DiffView, RowKind, diff_column};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;
use std::ops::Range;

pub fn render(app: &App, d: &DiffView, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(r) = &app.reading else { return };
    let articles = [app.article(r.panes[0].article), app.article(r.panes[1].article)];
    let [Some(left), Some(right)] = articles else { return };
    let texts = [left.text.as_str(), right.text.as_str()];
    let cw = diff_column(area.width) as u16;
    let x = [area.x + 1, area.x + cw + 4];
    let rows = usize::from(area.height.saturating_sub(2));
    // Titles: the left version is what was, the right what is.
    buf.set_style(Rect { height: 1, ..area }, theme.bar);
    for (i, (sign, a)) in [("−", left), ("+", right)].into_iter().enumerate() {
        let title = fit(&format!("{sign} {}", a.title), usize::from(cw));
        buf.set_stringn(x[i] - 1, area.y, title, usize::from(cw) + 1, theme.bar);
    }
    for (k, row) in d.rows.iter().skip(d.top).take(rows).enumerate() {
        let y = area.y + 1 + k as u16;
        buf.set_string(area.x + cw + 2, y, "│", theme.border);
        let (glyphs, mark) = match row.kind {
            RowKind::Fold(n) => {
                let s = if n == 1 { "" } else { "s" };
                let text = format!("… {n} unchanged paragraph{s}");
                buf.set_stringn(x[0], y, fit(&text, usize::from(cw)), usize::from(cw), theme.fold);
                buf.set_stringn(x[1], y, fit(&text, usize::from(cw)), usize::from(cw), theme.fold);
                continue;
            }
            RowKind::Gap => continue,
            RowKind::Same => ([" ", " "], theme.text),
            RowKind::Changed => (["~", "~"], theme.changed),
            RowKind::Removed => (["-", " "], theme.removed),
            RowKind::Added => ([" ", "+"], theme.added),
        };
        for i in 0..2 {
            let Some(range) = row.text[i].clone() else { continue };
            buf.set_string(x[i] - 1, y, glyphs[i], mark);
            let marks = marks_in(&d.marks[i], &range, mark);
            let spans = line_spans(texts[i], range, &Marks(&marks), theme.text);
            Line::from(spans).render(Rect { x: x[i], y, width: cw, height: 1 }, buf);
        }
    }
    let status = Rect { y: area.y + area.height.saturating_sub(1), height: 1, ..area };
    if app.status.is_some() {
        return status_line(app, theme, status, buf);
    }
    let summary = match &r.compare.versions {
        Some(v) if v.versions => format!(
            " versions: {} · similarity {:.2} · change {}/{}",
            v.describe(),
            v.similarity,
            d.change_at_top(),
            d.changes.len()
        ),
        Some(v) => format!(" not versions of one text · similarity {:.2}", v.similarity),
        None => String::new(),
    };
    buf.set_stringn(
        area.x,
        status.y,
        fit(&summary, usize::from(area.width)),
        usize::from(area.width),
        theme.status,
    );
}

/// The marks that touch a row's range, in one style.
fn marks_in(all: &[Range<usize>], row: &Range<usize>, style: Style) -> Vec<(Range<usize>, Style)> {
    let from = all.partition_point(|m| m.end <= row.start);
    all[from..].iter().take_while(|m| m.start < row.end).map(|m| (m.clone(), style)).collect()
}
