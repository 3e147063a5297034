//! The framing lens panel and the topic-across-outlets table.

use super::Theme;
use super::strings::fit;
use parallax::app::App;
use parallax::app::overlays::{self, Across, LensPanel, Section};
use parallax::lens::{Lens, SourceKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

/// The lens: section tabs on top, the section's rows, and what the selected row means.
pub fn panel(app: &App, panel: &LensPanel, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(r) = app.reading.as_ref() else { return };
    let Some(lens) = r.lens.as_ref() else { return };
    let box_area = inset(area);
    Clear.render(box_area, buf);
    let title = format!(" Lens · {}  ⇄  {} ", lens.left.title, lens.right.title);
    let block = Block::bordered()
        .title(fit(&title, usize::from(box_area.width.saturating_sub(4))))
        .border_style(theme.border_focused);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    if inner.height < 3 {
        return;
    }
    let mut tabs = vec![Span::raw(" ")];
    for s in Section::ALL {
        let style = if s == panel.section { theme.selected } else { theme.hint };
        tabs.push(Span::styled(format!(" {} ({}) ", s.title(), overlays::rows(lens, s)), style));
        tabs.push(Span::raw(" "));
    }
    Line::from(tabs).render(Rect { height: 1, ..inner }, buf);
    let legend = Line::styled(
        " left ⇄ right · tab: section · j/k: move · Enter: both panes go there · Esc: close",
        theme.hint,
    );
    legend.render(Rect { y: inner.y + 1, height: 1, ..inner }, buf);
    let body = Rect { y: inner.y + 2, height: inner.height - 2, ..inner };
    let lines = section_lines(lens, panel.section, theme, usize::from(body.width));
    let height = usize::from(body.height);
    let top = panel.selected.saturating_sub(height.saturating_sub(1));
    if lines.is_empty() {
        buf.set_stringn(
            body.x + 1,
            body.y,
            "nothing here for these two articles",
            usize::from(body.width),
            theme.dim,
        );
    }
    for (k, line) in lines.into_iter().enumerate().skip(top).take(height) {
        let row = Rect { y: body.y + (k - top) as u16, height: 1, ..body };
        line.render(row, buf);
        if k == panel.selected {
            buf.set_style(row, theme.selected);
        }
    }
}

/// One line per row of a section, the two articles side by side.
fn section_lines<'a>(
    lens: &'a Lens,
    section: Section,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'a>> {
    let half = width.saturating_sub(4) / 2;
    let pair = |left: String, right: String, style| {
        Line::from(vec![
            Span::styled(format!(" {:<half$}", fit(&left, half)), style),
            Span::styled(" ⇄ ", theme.dim),
            Span::styled(fit(&right, half), style),
        ])
    };
    match section {
        Section::Spelling => lens
            .variants
            .iter()
            .map(|v| {
                let side = |forms: &[parallax::lens::FormUse]| {
                    let uses: Vec<String> =
                        forms.iter().map(|f| format!("{} ×{}", f.form, f.count)).collect();
                    if uses.is_empty() { "—".to_owned() } else { uses.join(" ") }
                };
                pair(
                    side(&v.left),
                    side(&v.right),
                    if v.differs { theme.warning } else { theme.text },
                )
            })
            .collect(),
        Section::Loaded => lens
            .loaded
            .iter()
            .map(|t| {
                let count = |n: usize| if n == 0 { "—".to_owned() } else { format!("×{n}") };
                pair(
                    format!("{} {}  [{}]", t.term, count(t.left.count), t.category),
                    format!("{} {}", t.term, count(t.right.count)),
                    theme.text,
                )
            })
            .collect(),
        Section::Sources => overlays::sources(lens)
            .into_iter()
            .map(|s| {
                let cited = |ps: &[usize]| match ps.len() {
                    0 => "—".to_owned(),
                    1 => "1 passage".to_owned(),
                    n => format!("{n} passages"),
                };
                let both = !s.left.is_empty() && !s.right.is_empty();
                let style = match (s.kind, both) {
                    (SourceKind::Unnamed, _) => theme.dim,
                    (_, true) => theme.title,
                    _ => theme.text,
                };
                pair(format!("{}: {}", s.label(), cited(&s.left)), cited(&s.right), style)
            })
            .collect(),
        Section::Figures => lens
            .figures
            .iter()
            .map(|f| {
                let figures = |fs: &[parallax::lens::Figure]| {
                    let t: Vec<&str> = fs.iter().map(|x| x.text.as_str()).collect();
                    if t.is_empty() { "—".to_owned() } else { t.join(", ") }
                };
                let style = if f.disagree.is_empty() { theme.text } else { theme.warning };
                pair(figures(&f.left), figures(&f.right), style)
            })
            .collect(),
    }
}

/// The active topic across outlets: each article, the first sentence of each of its
/// passages on the topic.
pub fn across(app: &App, across: &Across, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let box_area = inset(area);
    Clear.render(box_area, buf);
    let label = app.knowledge.topics.get(across.topic).map_or("", |t| t.label.as_str());
    let title = format!(" {label} across outlets · Enter opens it in the other pane ");
    let block = Block::bordered().title(title).border_style(theme.border_focused);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    let height = usize::from(inner.height);
    if height == 0 {
        return;
    }
    let top = across.selected.saturating_sub(height.saturating_sub(1));
    let title_w = (usize::from(inner.width) / 3).min(40);
    for (k, row) in across.rows.iter().enumerate().skip(top).take(height) {
        let a = &app.corpus.articles[row.article];
        let line_area = Rect { y: inner.y + (k - top) as u16, height: 1, ..inner };
        let first_of_article = k == 0 || across.rows[k - 1].article != row.article;
        let name = if first_of_article { fit(&a.title, title_w) } else { String::new() };
        let rest = usize::from(inner.width).saturating_sub(title_w + 3);
        Line::from(vec![
            Span::styled(format!(" {name:<title_w$} "), theme.title),
            Span::styled(fit(&row.sentence, rest), theme.text),
        ])
        .render(line_area, buf);
        if k == across.selected {
            buf.set_style(line_area, theme.selected);
        }
    }
    if across.rows.is_empty() {
        Paragraph::new("no passage on this topic").wrap(Wrap { trim: true }).render(inner, buf);
    }
}

fn inset(area: Rect) -> Rect {
    let w = area.width.saturating_sub(4).max(area.width.min(20));
    let h = area.height.saturating_sub(2).max(area.height.min(6));
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
