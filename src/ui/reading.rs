//! The reading screen: two panes, each a title bar, a gutter and wrapped text.

use super::strings::fit;
use super::{Theme, rect, status_line};
use parallax::app::layout::PaneArea;
use parallax::app::wrap::{self, Wrapped};
use parallax::app::{App, Pane, Side, topic_jumps};
use parallax::corpus::{Article, PassageKind};
use parallax::diff::Mark;
use parallax::lens;
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
        let Some(article) = app.article(pane.article) else {
            continue;
        };
        let geo = l.panes[side.index()];
        // `update` wraps on every resize; wrapping here is only a fallback for a
        // caller that drew before sending the size.
        let wrapped = app.pane_wrap(side).unwrap_or_else(|| {
            Arc::new(wrap::wrap(article, usize::from(geo.text.w).max(1), r.unfold))
        });
        // Highlights: search matches, the active topic, and the lens's spellings and
        // loaded terms once the lens is open.
        let mut marks: Vec<(Range<usize>, Style)> = r
            .search
            .as_ref()
            .filter(|s| s.side == side && s.article == pane.article)
            .map(|s| s.hits.iter().map(|h| (h.range.clone(), theme.matched)).collect())
            .unwrap_or_default();
        let topic_passages: Vec<usize> = match r.topic {
            Some(t) => {
                marks.extend(
                    app.knowledge.spans(t, pane.article).into_iter().map(|m| (m, theme.matched)),
                );
                app.knowledge.passages(t, pane.article).map(|p| p.passage).collect()
            }
            None => Vec::new(),
        };
        if let (true, Some(lens)) = (r.lens_marks, r.lens.as_ref()) {
            marks.extend(lens.side(side).marks.iter().map(|m| {
                let style = match m.kind {
                    lens::MarkKind::Variant { .. } => theme.variant,
                    lens::MarkKind::Loaded { .. } => theme.loaded,
                };
                (m.span.range(), style)
            }));
        }
        if let (true, Some((_, c))) = (r.compare.contrast, r.compare.marked.as_ref()) {
            marks
                .extend(c.side(side).iter().map(|(range, m)| (range.clone(), contrast(*m, theme))));
        }
        marks.sort_by_key(|m| m.0.start);
        let view = PaneView {
            article,
            pane,
            wrapped: &wrapped,
            height: usize::from(geo.text.h),
            focused: r.focus == side,
            linked: &|p| r.links.linked(side, p),
            unique: &|p| r.links.unique(side, p),
            topic_passages: &topic_passages,
            marks: Marks(&marks),
        };
        view.bar(theme, rect(geo.bar), buf);
        view.body(theme, geo, buf);
        view.overview(theme, rect(geo.overview), buf);
    }
    if let Some(d) = l.divider {
        for y in d.y..d.y + d.h {
            buf.set_string(d.x, y, "│", theme.border);
        }
    }
    let follow = if r.follow { "FOLLOW" } else { "" };
    let topic = topic_jumps::topic_status(app);
    if app.status.is_none() && (!topic.is_empty() || !follow.is_empty()) {
        let parts: Vec<&str> =
            [follow, topic.as_str()].into_iter().filter(|p| !p.is_empty()).collect();
        let text = format!(" {}", parts.join(" · "));
        buf.set_stringn(
            0,
            l.status.y,
            fit(&text, usize::from(l.status.w)),
            usize::from(l.status.w),
            theme.status,
        );
    } else {
        status_line(app, theme, rect(l.status), buf);
    }
}

/// What one pane shows.
struct PaneView<'a> {
    article: &'a Article,
    pane: &'a Pane,
    wrapped: &'a Wrapped,
    height: usize,
    focused: bool,
    linked: &'a dyn Fn(usize) -> bool,
    unique: &'a dyn Fn(usize) -> bool,
    topic_passages: &'a [usize],
    marks: Marks<'a>,
}

impl PaneView<'_> {
    /// " ▶ Title — Byline ··· 37% " (or Top, Bot, All, as vim's ruler), the focused pane marked by glyph and style.
    fn bar(&self, theme: &Theme, area: Rect, buf: &mut Buffer) {
        let style = if self.focused { theme.bar_focused } else { theme.bar };
        buf.set_style(area, style);
        let pct = format!(" {:>3} ", self.pane.position(self.wrapped, self.height));
        let mark = if self.focused { " ▶ " } else { "   " };
        let mut label = self.article.title.clone();
        if let Some(b) = &self.article.byline {
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

    /// The text, with the gutter: `▌` on the current passage, and on each passage's
    /// first line `↔` (the other article has a counterpart) or `+` (only this one says
    /// it) — glyphs, so the difference shows without colour.
    fn body(&self, theme: &Theme, geo: PaneArea, buf: &mut Buffer) {
        let (a, w) = (self.article, self.wrapped);
        let text_area = rect(geo.text);
        let gutter = rect(geo.gutter);
        let top = self.pane.top_line(w, self.height);
        for (row, line) in w.lines.iter().enumerate().skip(top).take(self.height) {
            let y = text_area.y + (row - top) as u16;
            let content = !line.range.is_empty();
            if gutter.width > 0 && content && line.passage == self.pane.cursor {
                buf.set_string(gutter.x, y, "▌", theme.gutter_current);
            }
            if gutter.width > 1 && content && w.starts.get(line.passage) == Some(&row) {
                if (self.linked)(line.passage) {
                    buf.set_string(gutter.x + 1, y, "↔", theme.gutter);
                } else if (self.unique)(line.passage) {
                    buf.set_string(gutter.x + 1, y, "+", theme.chosen);
                }
            }
            if !content || text_area.width == 0 {
                continue;
            }
            let kind = a.passages.get(line.passage).map_or(PassageKind::Body, |p| p.kind);
            let base = style_for(kind, theme);
            let spans = if line.folded {
                let shown = wrap::display(&a.text, line);
                vec![Span::styled(format!("▸ {}…", shown.trim_end_matches(['.', ':', ' '])), base)]
            } else {
                line_spans(&a.text, line.range.clone(), &self.marks, base)
            };
            Line::from(spans).render(Rect { y, height: 1, ..text_area }, buf);
        }
    }

    /// The whole article in one column: `◆` where the active topic is, `+` where a
    /// passage has no counterpart in the other article, the viewport reversed.
    fn overview(&self, theme: &Theme, area: Rect, buf: &mut Buffer) {
        let w = self.wrapped;
        let (total, rows) = (w.lines.len().max(1), usize::from(area.height));
        if area.width == 0 || rows == 0 {
            return;
        }
        let top = self.pane.top_line(w, self.height);
        let bottom = top + self.height;
        for r in 0..rows {
            let (from, to) = (r * total / rows, ((r + 1) * total / rows).max(r * total / rows + 1));
            let passages =
                || w.lines[from.min(total - 1)..to.min(w.lines.len())].iter().map(|l| l.passage);
            let glyph = if passages().any(|p| self.topic_passages.contains(&p)) {
                "◆"
            } else if passages().any(|p| (self.unique)(p)) {
                "+"
            } else {
                "│"
            };
            let in_view = from < bottom && to > top;
            let style = if in_view { theme.selected } else { theme.gutter };
            buf.set_string(area.x, area.y + r as u16, glyph, style);
        }
    }
}

/// Byte ranges of the article to highlight, sorted by start.
pub struct Marks<'a>(pub &'a [(Range<usize>, Style)]);

/// The words of a wrapped line (white space collapsed), with marked bytes highlighted.
pub(super) fn line_spans<'t>(
    text: &'t str,
    range: Range<usize>,
    marks: &Marks,
    base: Style,
) -> Vec<Span<'t>> {
    let marks: Vec<&(Range<usize>, Style)> =
        marks.0.iter().filter(|(m, _)| m.start < range.end && m.end > range.start).collect();
    let mut spans = Vec::new();
    for (k, (off, word)) in wrap::words(&text[range.clone()]).enumerate() {
        if k > 0 {
            // The space between two words of one marked phrase is marked too.
            let gap = range.start + off;
            let style =
                marks.iter().find(|(m, _)| m.start < gap && m.end >= gap).map_or(base, |(_, s)| *s);
            spans.push(Span::styled(" ", style));
        }
        let start = range.start + off;
        let end = start + word.len();
        let mut at = start;
        for (m, style) in marks.iter().filter(|(m, _)| m.start < end && m.end > start) {
            let (s, e) = (m.start.max(at), m.end.min(end));
            if s >= e || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if s > at {
                spans.push(Span::styled(&text[at..s], base));
            }
            spans.push(Span::styled(&text[s..e], *style));
            at = e;
        }
        if at < end {
            spans.push(Span::styled(&text[at..end], base));
        }
    }
    spans
}

/// How a word of the contrast is marked: each by a modifier as well as a colour.
fn contrast(mark: Mark, theme: &Theme) -> Style {
    match mark {
        Mark::Only => theme.only,
        Mark::Reworded => theme.reworded,
        Mark::Respelled => theme.respelled,
        Mark::Figure => theme.figure,
    }
}

fn style_for(kind: PassageKind, theme: &Theme) -> Style {
    match kind {
        PassageKind::Title => theme.title,
        PassageKind::Byline => theme.byline,
        PassageKind::Body => theme.text,
        PassageKind::Boilerplate => theme.boilerplate,
    }
}
