//! The library screen: the list of articles, a preview of the selected one.

use super::strings::{fit, highlighted};
use super::{Theme, editor_spans, rect, status_line};
use parallax::app::{App, Library, Row, layout};
use parallax::corpus::formats::shown_day;
use parallax::corpus::{Article, Corpus};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let l = layout::library(area.width, area.height);
    header(app, theme, rect(l.header), buf);
    list_box(&app.corpus, &app.library, app.library.chosen, " Articles ", theme, rect(l.list), buf);
    if let Some(p) = l.preview {
        preview(app, theme, rect(p), buf);
    }
    status_line(app, theme, rect(l.status), buf);
}

fn header(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &app.corpus;
    let mut text = format!(
        " parallax · {} article{}",
        c.articles.len(),
        if c.articles.len() == 1 { "" } else { "s" }
    );
    if !c.skipped.is_empty() {
        text.push_str(&format!(" · {} skipped", c.skipped.len()));
    }
    if c.ignored > 0 {
        // Files of other kinds in the folders: counted, so none goes missing unseen.
        text.push_str(&format!(" · {} other files ignored", c.ignored));
    }
    let mut spans = vec![Span::styled(text, theme.header)];
    if let Some(p) = &app.loading {
        let line = if p.total == 0 {
            "reading the folder…".to_owned()
        } else {
            parallax::corpus::progress_line(p)
        };
        let done = (p.done * 10).checked_div(p.total).unwrap_or(0);
        let bar = format!("  [{}{}] ", "█".repeat(done), " ".repeat(10 - done.min(10)));
        spans.push(Span::styled(bar, theme.key));
        spans.push(Span::styled(line, theme.hint));
    }
    if app.indexing {
        spans.push(Span::styled("  indexing topics…", theme.hint));
    }
    if let Some(p) = app.archive_progress.filter(|p| p.total > 0) {
        let pct = (p.done * 100).checked_div(p.total).unwrap_or(0);
        spans.push(Span::styled(format!("  archive index {pct} %"), theme.hint));
    }
    if let Some((label, arts)) = &app.library.topic {
        spans.push(Span::styled("   topic: ", theme.hint));
        spans.push(Span::styled(label.clone(), theme.matched));
        spans.push(Span::styled(format!(" ({} articles; esc clears)", arts.len()), theme.hint));
    }
    if let Some(a) = app.library.chosen.and_then(|i| c.articles.get(i)) {
        spans.push(Span::styled("   left: ", theme.hint));
        spans.push(Span::styled(a.title.clone(), theme.chosen));
    }
    Line::from(spans).render(area, buf);
}

/// A bordered list with its filter box on the first line; shared with the picker.
pub fn list_box(
    corpus: &Corpus,
    lib: &Library,
    chosen: Option<usize>,
    title: &str,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let block = Block::bordered().title(title).border_style(theme.border);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let filter = if lib.typing || !lib.query.is_empty() {
        // Which filter it is: titles ("/"), or the library's texts.
        let prompt = if lib.text_search { "texts/ " } else { "/ " };
        let mut spans = vec![Span::styled(prompt, theme.key)];
        spans.extend(editor_spans(&lib.query, lib.typing, theme));
        Line::from(spans)
    } else {
        Line::from(Span::styled("/ to filter", theme.hint))
    };
    filter.render(Rect { height: 1, ..inner }, buf);
    let rows_area = Rect { y: inner.y + 1, height: inner.height - 1, ..inner };
    if lib.rows.is_empty() {
        let msg = if lib.query.is_empty() { "no articles" } else { "no title matches" };
        buf.set_stringn(rows_area.x + 1, rows_area.y, msg, usize::from(rows_area.width), theme.dim);
        return;
    }
    let height = usize::from(rows_area.height);
    // Keep the selection in view even if the area is smaller than `update` assumed.
    let top = lib.top.min(lib.selected).max((lib.selected + 1).saturating_sub(height));
    for (i, row) in lib.rows.iter().enumerate().skip(top).take(height) {
        let y = rows_area.y + (i - top) as u16;
        let line_area = Rect { y, height: 1, ..rows_area };
        let selected = i == lib.selected;
        match row {
            Row::Article { index, matched } => article_row(
                &corpus.articles[*index],
                matched,
                chosen == Some(*index),
                lib.topic_count(*index),
                Columns { outlet: lib.has_outlets, date: lib.dated },
                theme,
                line_area,
                buf,
            ),
            Row::Skipped(k) => {
                let s = &corpus.skipped[*k];
                let text =
                    fit(&format!("  ⚠ {} — {}", s.path, s.reason), usize::from(line_area.width));
                buf.set_stringn(line_area.x, y, text, usize::from(line_area.width), theme.warning);
            }
        }
        if selected {
            buf.set_style(line_area, theme.selected);
        }
    }
}

/// Which optional columns the list shows (those some article of the library fills).
#[derive(Clone, Copy)]
struct Columns {
    outlet: bool,
    date: bool,
}

/// Outlet column width, when the row is wide enough to spare it.
const OUTLET_W: usize = 16;
/// Enough for an ISO date.
const DATE_W: usize = 10;

/// Title (matches highlighted), byline, and on the right the outlet and date where the
/// library has them, then the word count — or, with a topic filter, how many passages
/// speak of the topic. Narrow rows drop the outlet, then the date, before the title.
#[allow(clippy::too_many_arguments)] // one row's inputs, drawn in one place
fn article_row(
    a: &Article,
    matched: &[usize],
    chosen: bool,
    on_topic: Option<usize>,
    columns: Columns,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let width = usize::from(area.width);
    let mut words = match on_topic {
        Some(n) => format!(" {n:>3} passage{} ", if n == 1 { " " } else { "s" }),
        None => format!(" {:>6} w ", a.words),
    };
    if columns.date && width >= 48 {
        let date = a.date.as_deref().map_or(String::new(), |d| fit(shown_day(d), DATE_W));
        words = format!(" {date:<DATE_W$}{words}");
    }
    if columns.outlet && width >= 80 {
        let outlet = a.outlet.as_deref().map_or(String::new(), |o| fit(o, OUTLET_W));
        let pad = OUTLET_W.saturating_sub(outlet.width());
        words = format!(" {outlet}{}{words}", " ".repeat(pad));
    }
    let marker = if chosen { Span::styled("L ", theme.chosen) } else { Span::raw("  ") };
    let room = width.saturating_sub(2 + words.width());
    let title = fit(&a.title, room);
    let mut spans = vec![marker];
    let title_style = if chosen { theme.chosen } else { theme.text };
    spans.extend(highlighted(&title, matched, title_style, theme.matched));
    let left = room.saturating_sub(title.width());
    if let Some(b) = a.byline.as_ref().filter(|_| left > 4) {
        spans.push(Span::styled(fit(&format!(" — {b}"), left), theme.byline));
    }
    Line::from(spans).render(area, buf);
    if width > words.width() {
        let x = area.x + (width - words.width()) as u16;
        buf.set_stringn(x, area.y, &words, words.width(), theme.dim);
    }
}

fn preview(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let block = Block::bordered().title(" Preview ").border_style(theme.border);
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines: Vec<Line> = Vec::new();
    match app.library.selected_row() {
        Some(Row::Article { index, .. }) => {
            let Some(a) = app.article(*index) else { return };
            lines.push(Line::styled(a.title.clone(), theme.title));
            if let Some(b) = &a.byline {
                lines.push(Line::styled(b.clone(), theme.byline));
            }
            let when_where: Vec<&str> =
                [a.outlet.as_deref(), a.date.as_deref()].into_iter().flatten().collect();
            if !when_where.is_empty() {
                lines.push(Line::styled(when_where.join(" · "), theme.byline));
            }
            let passages = match app.texts.has(*index) {
                true => format!("{} passages", a.content_passages()),
                false => "text not read yet".into(),
            };
            // The path on a line of its own: a long one wraps without leaving a
            // separator dangling at a line's end.
            lines.push(Line::styled(format!("{} words · {passages}", a.words), theme.dim));
            lines.push(Line::styled(a.path.clone(), theme.dim));
            if let Some(n) = &a.notice {
                lines.push(Line::styled(format!("⚠ {n}"), theme.warning));
            }
            // A text search: the passage that says most of the query comes first.
            if let Some((_, p)) = app.library.matched.filter(|(a, _)| a == index) {
                let text: String =
                    a.passage_text(p).split_whitespace().collect::<Vec<_>>().join(" ");
                lines.push(Line::raw(""));
                lines.push(Line::styled("Matched:", theme.hint));
                lines.push(Line::styled(text, theme.matched));
            }
            let related = parallax::app::related_of(app, *index);
            if !related.is_empty() {
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    "Closest other takes (r opens the first beside it):",
                    theme.hint,
                ));
                for b in related {
                    let other = &app.corpus.articles[b];
                    let outlet =
                        parallax::store::credit(other.outlet.as_deref(), other.byline.as_deref());
                    lines.push(Line::styled(format!("  · {}{outlet}", other.title), theme.text));
                }
            }
            // Enough opening paragraphs to fill the box; Paragraph wraps only these.
            let mut budget = usize::from(inner.height) * usize::from(inner.width.max(1));
            for (i, p) in a.passages.iter().enumerate() {
                if budget == 0 {
                    break;
                }
                if p.is_content() {
                    let text: String =
                        a.passage_text(i).split_whitespace().collect::<Vec<_>>().join(" ");
                    budget = budget.saturating_sub(text.len() + usize::from(inner.width));
                    lines.push(Line::raw(""));
                    lines.push(Line::styled(text, theme.text));
                }
            }
        }
        Some(Row::Skipped(k)) => {
            let s = &app.corpus.skipped[*k];
            lines.push(Line::styled(s.path.clone(), theme.title));
            lines.push(Line::styled(format!("skipped: {}", s.reason), theme.warning));
        }
        None => lines.push(Line::styled("nothing selected", theme.dim)),
    }
    Paragraph::new(lines).wrap(Wrap { trim: true }).render(inner, buf);
}
