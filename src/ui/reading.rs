//! The reading screen: two panes, each a title bar, a gutter and wrapped text.

use super::strings::fit;
use super::{Theme, rect, status_line};
use parallax::app::layout::PaneArea;
use parallax::app::wrap::{self, Wrapped};
use parallax::app::{App, Pane, Side};
use parallax::corpus::{Article, PassageKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use std::ops::Range;
use std::sync::Arc;
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(r) = &app.reading else { return };
    let l = app.reading_layout(area.width, area.height);
    for side in [Side::Left, Side::Right] {
        let pane = &r.panes[side.index()];
        let Some(article) = app.corpus.articles.get(pane.article) else {
            continue;
        };
        let geo = l.panes[side.index()];
        let height = usize::from(geo.text.h);
        // `update` wraps on every resize; wrapping here is only a fallback for a
        // caller that drew before sending the size.
        let wrapped = app.pane_wrap(side).unwrap_or_else(|| {
            Arc::new(wrap::wrap(article, usize::from(geo.text.w).max(1), r.unfold))
        });
        let focused = r.focus == side;
        bar(article, pane, &wrapped, height, focused, theme, geo, buf);
        let hits: Vec<Range<usize>> = r
            .search
            .as_ref()
            .filter(|s| s.side == side && s.article == pane.article)
            .map(|s| s.hits.iter().map(|h| h.range.clone()).collect())
            .unwrap_or_default();
        body(article, pane, &wrapped, &Marks(&hits), theme, geo, buf);
    }
    if let Some(d) = l.divider {
        for y in d.y..d.y + d.h {
            buf.set_string(d.x, y, "│", theme.border);
        }
    }
    let hints: &[(&str, &str)] = &[
        ("tab", "focus"),
        ("{ }", "passage"),
        ("m", "mark"),
        ("'", "marks"),
        ("o", "open"),
        ("esc", "library"),
        ("q", "quit"),
    ];
    status_line(app, hints, theme, rect(l.status), buf);
}

/// " ▶ Title — Byline ··· 37% ", focused pane marked by glyph and style.
#[allow(clippy::too_many_arguments)]
fn bar(
    a: &Article,
    pane: &Pane,
    w: &Wrapped,
    height: usize,
    focused: bool,
    theme: &Theme,
    geo: PaneArea,
    buf: &mut Buffer,
) {
    let area = rect(geo.bar);
    let style = if focused { theme.bar_focused } else { theme.bar };
    buf.set_style(area, style);
    let pct = format!(" {:>3}% ", pane.percent(w, height));
    let mark = if focused { " ▶ " } else { "   " };
    let mut label = a.title.clone();
    if let Some(b) = &a.byline {
        label.push_str(" — ");
        label.push_str(b);
    }
    let room = usize::from(area.width).saturating_sub(mark.width() + pct.width());
    let text = format!("{mark}{}", fit(&label, room));
    buf.set_stringn(area.x, area.y, &text, usize::from(area.width), style);
    if usize::from(area.width) >= pct.width() + mark.width() {
        let x = area.x + area.width - pct.width() as u16;
        buf.set_stringn(x, area.y, &pct, pct.width(), style);
    }
}

fn body(
    a: &Article,
    pane: &Pane,
    w: &Wrapped,
    marks: &Marks,
    theme: &Theme,
    geo: PaneArea,
    buf: &mut Buffer,
) {
    let text_area = rect(geo.text);
    let gutter = rect(geo.gutter);
    let height = usize::from(text_area.height);
    let top = pane.top_line(w, height);
    for (row, line) in w.lines.iter().skip(top).take(height).enumerate() {
        let y = text_area.y + row as u16;
        if gutter.width > 0 && line.passage == pane.cursor && !line.range.is_empty() {
            buf.set_string(gutter.x, y, "▌", theme.gutter_current);
        }
        if line.range.is_empty() || text_area.width == 0 {
            continue;
        }
        let kind = a.passages.get(line.passage).map_or(PassageKind::Body, |p| p.kind);
        let base = style_for(kind, theme);
        let spans = if line.folded {
            let shown = wrap::display(&a.text, line);
            vec![Span::styled(format!("▸ {}…", shown.trim_end_matches(['.', ':', ' '])), base)]
        } else {
            line_spans(&a.text, line.range.clone(), marks, base, theme.matched)
        };
        Line::from(spans).render(Rect { y, height: 1, ..text_area }, buf);
    }
}

/// Byte ranges of the article to highlight, sorted by start.
pub struct Marks<'a>(pub &'a [Range<usize>]);

/// The words of a wrapped line (white space collapsed), with marked bytes highlighted.
fn line_spans<'t>(
    text: &'t str,
    range: Range<usize>,
    marks: &Marks,
    base: Style,
    hit: Style,
) -> Vec<Span<'t>> {
    let first = marks.0.partition_point(|m| m.end <= range.start);
    let marks: Vec<&Range<usize>> =
        marks.0[first..].iter().take_while(|m| m.start < range.end).collect();
    let mut spans = Vec::new();
    for (k, (off, word)) in wrap::words(&text[range.clone()]).enumerate() {
        if k > 0 {
            let gap = range.start + off;
            let in_mark = marks.iter().any(|m| m.start < gap && m.end >= gap);
            spans.push(Span::styled(" ", if in_mark { hit } else { base }));
        }
        let start = range.start + off;
        let end = start + word.len();
        let mut at = start;
        for m in marks.iter().filter(|m| m.start < end && m.end > start) {
            let (s, e) = (m.start.max(start), m.end.min(end));
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if s > at {
                spans.push(Span::styled(&text[at..s], base));
            }
            spans.push(Span::styled(&text[s..e], hit));
            at = e;
        }
        if at < end {
            spans.push(Span::styled(&text[at..end], base));
        }
    }
    spans
}

fn style_for(kind: PassageKind, theme: &Theme) -> Style {
    match kind {
        PassageKind::Title => theme.title,
        PassageKind::Byline => theme.byline,
        PassageKind::Body => theme.text,
        PassageKind::Boilerplate => theme.boilerplate,
    }
}
