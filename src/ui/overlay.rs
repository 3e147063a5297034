//! Things drawn over a screen: the key help, the article picker.

use super::Theme;
use super::library::list_box;
use super::strings::{fit, highlighted};
use super::{editor_spans, strings};
use parallax::app::help::Help;
use parallax::app::overlays::{BookmarkList, NoteEditor};
use parallax::app::{App, Context, Library, LineEditor, TopicPalette};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// Key help, generated from the keymap for the current screen plus the global keys;
/// laid out (wrapped, scrolled) by the core.
pub fn help(app: &App, at: Help, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let screen = app.help_context();
    let l = parallax::app::help::layout(&app.keymap, screen, area.width, area.height);
    let name = if screen == Context::Library { "library" } else { "reading" };
    let scroll = at.scroll.min(l.max_scroll());
    // The longest title that fits: the place in the list matters more than the keys.
    let titles = if l.max_scroll() == 0 {
        vec![format!(" Keys · {name} · any key closes "), format!(" Keys · {name} ")]
    } else {
        let last = (scroll + l.rows).min(l.lines.len());
        let place = format!("{}–{last}/{}", scroll + 1, l.lines.len());
        vec![
            format!(" Keys · {name} · {place} · j/k scroll "),
            format!(" Keys · {name} · {place} "),
            format!(" {place} "),
        ]
    };
    let room = usize::from(l.frame.w.saturating_sub(2));
    let title = titles.iter().find(|t| t.chars().count() <= room).map_or("", String::as_str);
    let box_area =
        Rect { x: area.x + l.frame.x, y: area.y + l.frame.y, width: l.frame.w, height: l.frame.h };
    Clear.render(box_area, buf);
    let block = Block::bordered().title(title).border_style(theme.border_focused);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    let lines: Vec<Line> = l
        .lines
        .iter()
        .skip(scroll)
        .take(l.rows)
        .map(|x| {
            Line::from(vec![
                Span::styled(format!(" {:<w$}", x.keys, w = l.keys_width - 1), theme.key),
                Span::styled(x.text.as_str(), theme.text),
            ])
        })
        .collect();
    Paragraph::new(lines).render(inner, buf);
}

/// The article picker: the library list in a box, filtering as you type.
pub fn picker(app: &App, picker: &Library, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let w = (area.width * 4 / 5).max(area.width.min(30));
    let h = (area.height * 3 / 4).max(area.height.min(6));
    let box_area = centered(area, w, h);
    Clear.render(box_area, buf);
    list_box(
        &app.corpus,
        picker,
        None,
        " Open in this pane (type to filter, Enter) ",
        theme,
        box_area,
        buf,
    );
}

/// A centred, bordered box with a filter line on top (at most `max_w` wide); returns
/// the area for its rows, or `None` when there is no room for any.
fn filter_box(
    area: Rect,
    max_w: u16,
    title: &str,
    filter: &LineEditor,
    theme: &Theme,
    buf: &mut Buffer,
) -> Option<Rect> {
    let w = (area.width * 4 / 5).max(area.width.min(30)).min(max_w);
    let h = (area.height * 3 / 4).max(area.height.min(6));
    let box_area = centered(area, w, h);
    Clear.render(box_area, buf);
    let block = Block::bordered().title(title).border_style(theme.border_focused);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    if inner.height == 0 {
        return None;
    }
    let mut line = vec![Span::styled("/ ", theme.key)];
    line.extend(editor_spans(filter, true, theme));
    Line::from(line).render(Rect { height: 1, ..inner }, buf);
    Some(Rect { y: inner.y + 1, height: inner.height - 1, ..inner })
}

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w.min(area.width),
        height: h.min(area.height),
    }
}

/// The note prompt for a new bookmark, with the passage it will mark.
pub fn note(app: &App, note: &NoteEditor, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let w = area.width.saturating_sub(4).min(90);
    let box_area = centered(area, w, 6.min(area.height));
    Clear.render(box_area, buf);
    let block = Block::bordered()
        .title(" Bookmark · note (Enter saves, Esc cancels) ")
        .border_style(theme.border_focused);
    let inner = block.inner(box_area);
    block.render(box_area, buf);
    let quote = app.article(note.article).map_or("", |a| a.passage_text(note.passage));
    let quote: String = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let lines = vec![
        Line::styled(fit(&format!("“{quote}”"), usize::from(inner.width)), theme.dim),
        Line::raw(""),
        Line::from({
            let mut spans = vec![Span::styled("note: ", theme.key)];
            spans.extend(editor_spans(&note.editor, true, theme));
            spans
        }),
    ];
    Paragraph::new(lines).render(inner, buf);
}

/// Every bookmark, newest first, filterable; the selected one's passage below.
pub fn bookmarks(app: &App, list: &BookmarkList, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = format!(" Bookmarks ({}) · Enter opens · ctrl-x deletes ", app.bookmarks.len());
    let Some(rows) = filter_box(area, u16::MAX, &title, &list.filter, theme, buf) else { return };
    if list.rows.is_empty() {
        let msg = if app.bookmarks.is_empty() {
            "no bookmarks yet: m marks a passage while reading"
        } else {
            "no match"
        };
        buf.set_stringn(rows.x + 1, rows.y, msg, usize::from(rows.width), theme.dim);
        return;
    }
    // Rows take the top part; the selected bookmark's quote the rest.
    let list_h = (rows.height / 2).max(1);
    let top = list.selected.saturating_sub(usize::from(list_h) - 1);
    for (k, (i, hits)) in list.rows.iter().enumerate().skip(top).take(usize::from(list_h)) {
        let b = &app.bookmarks[*i];
        let y = rows.y + (k - top) as u16;
        let here = app.corpus.articles.iter().any(|a| a.path == b.article);
        let label = fit(&BookmarkList::label(b), usize::from(rows.width).saturating_sub(2));
        let mut spans = vec![Span::styled(if here { "  " } else { "· " }, theme.dim)];
        spans.extend(highlighted(&label, hits, theme.text, theme.matched));
        let line_area = Rect { y, height: 1, ..rows };
        Line::from(spans).render(line_area, buf);
        if k == list.selected {
            buf.set_style(line_area, theme.selected);
        }
    }
    if let Some(&(i, _)) = list.rows.get(list.selected) {
        let b = &app.bookmarks[i];
        let quote_area = Rect { y: rows.y + list_h, height: rows.height - list_h, ..rows };
        let outlet = parallax::store::credit(b.outlet.as_deref(), b.byline.as_deref());
        Paragraph::new(vec![
            Line::styled(
                strings::fit(&format!("{}{outlet}", b.title), usize::from(rows.width)),
                theme.title,
            ),
            Line::styled(format!("“{}”", b.quote), theme.text),
        ])
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(quote_area, buf);
    }
}

/// The topic palette: label, where the topic occurs (left, right, corpus), filterable.
pub fn topics(app: &App, palette: &TopicPalette, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = if palette.pair.is_some() {
        " Topics · Enter: both panes jump · counts: left right corpus "
    } else {
        " Topics · Enter: show only the articles that speak of it "
    };
    let Some(rows) = filter_box(area, 100, title, &palette.filter, theme, buf) else { return };
    if palette.rows.is_empty() {
        // A large library's topics wait for the archive index: say how far it is.
        let pct = app.archive_progress.filter(|p| p.total > 0).map_or(String::new(), |p| {
            format!(" {} %", (p.done * 100).checked_div(p.total).unwrap_or(0))
        });
        let msg = match (app.indexing, palette.waiting) {
            (true, true) => format!("indexing{pct}… Enter takes effect when the topics are ready"),
            (true, false) => format!("indexing topics{pct}…"),
            (false, _) => "no topic matches".into(),
        };
        buf.set_stringn(rows.x + 1, rows.y, msg, usize::from(rows.width), theme.dim);
        return;
    }
    let height = usize::from(rows.height);
    let top = palette.selected.saturating_sub(height.saturating_sub(1));
    for (k, row) in palette.rows.iter().enumerate().skip(top).take(height) {
        let t = &app.knowledge.topics[row.topic];
        let y = rows.y + (k - top) as u16;
        let line_area = Rect { y, height: 1, ..rows };
        let counts = if palette.pair.is_some() {
            format!("{:>3} {:>3} {:>4} ", count(row.left), count(row.right), row.corpus)
        } else {
            format!("{:>4} ", row.corpus)
        };
        let room = usize::from(rows.width).saturating_sub(counts.chars().count() + 2);
        let kind =
            if matches!(t.kind, parallax::index::TopicKind::Curated) { "◇ " } else { "  " };
        let label = fit(&t.label, room);
        let both = row.left > 0 && row.right > 0;
        let mut spans = vec![Span::styled(kind, theme.dim)];
        spans.extend(highlighted(
            &label,
            &row.matched,
            if both { theme.title } else { theme.text },
            theme.matched,
        ));
        Line::from(spans).render(line_area, buf);
        let x = rows.x + rows.width.saturating_sub(counts.chars().count() as u16);
        buf.set_stringn(x, y, &counts, counts.chars().count(), theme.dim);
        if k == palette.selected {
            buf.set_style(line_area, theme.selected);
        }
    }
}

fn count(n: usize) -> String {
    if n == 0 { "·".into() } else { n.to_string() }
}
