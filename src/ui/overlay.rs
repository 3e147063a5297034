//! Things drawn over a screen: the key help, the article picker.

use super::Theme;
use super::library::list_box;
use parallax::app::{App, Context, Library};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

/// Key help, generated from the keymap for the current screen plus the global keys.
pub fn help(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let screen = match app.context() {
        Context::Input | Context::Global => Context::Reading,
        c => c,
    };
    let mut lines = Vec::new();
    for ctx in [screen, Context::Global] {
        for (action, keys) in app.keymap.bindings(ctx) {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            lines.push(Line::from(vec![
                Span::styled(format!(" {:<22}", keys.join(" ")), theme.key),
                Span::styled(action.describe(), theme.text),
            ]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(" any key closes this help", theme.hint));
    let title = match screen {
        Context::Library => " Keys · library ",
        _ => " Keys · reading ",
    };
    let h = (lines.len() as u16 + 2).min(area.height);
    let w = 70.min(area.width);
    let box_area = centered(area, w, h);
    Clear.render(box_area, buf);
    Paragraph::new(lines)
        .block(Block::bordered().title(title).border_style(theme.border_focused))
        .render(box_area, buf);
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

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    Rect {
        x: area.x + (area.width.saturating_sub(w)) / 2,
        y: area.y + (area.height.saturating_sub(h)) / 2,
        width: w.min(area.width),
        height: h.min(area.height),
    }
}
