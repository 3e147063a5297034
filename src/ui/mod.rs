//! Drawing. Everything here reads the [`App`] and writes a buffer; nothing changes
//! state (wraps are computed by `update`, so a frame never re-wraps text).

mod diff;
mod lens;
mod library;
mod overlay;
mod reading;
mod strings;
pub mod theme;

#[cfg(test)]
mod compare_tests;
#[cfg(test)]
mod tests;

use parallax::app::{App, LineEditor, Overlay, Screen, layout};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
pub use theme::Theme;

/// The app as a widget: `frame.render_widget(View { app, theme }, area)`.
pub struct View<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for View<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let View { app, theme } = self;
        if area.width == 0 || area.height == 0 {
            return;
        }
        if layout::too_small(area.width, area.height) {
            let full = format!(
                "terminal too small ({}×{}, needs {}×{})",
                area.width,
                area.height,
                layout::MIN_WIDTH,
                layout::MIN_HEIGHT
            );
            let msg = [full.as_str(), "terminal too small", "too small"]
                .into_iter()
                .find(|m| m.chars().count() <= usize::from(area.width))
                .unwrap_or("!");
            buf.set_stringn(area.x, area.y, msg, usize::from(area.width), theme.warning);
            return;
        }
        match app.screen {
            Screen::Library => library::render(app, theme, area, buf),
            Screen::Reading => match app.reading.as_ref().and_then(|r| r.compare.diff.as_ref()) {
                Some(d) => diff::render(app, d, theme, area, buf),
                None => reading::render(app, theme, area, buf),
            },
        }
        match &app.overlay {
            Some(Overlay::Help(h)) => overlay::help(app, *h, theme, area, buf),
            Some(Overlay::Picker(picker)) => overlay::picker(app, picker, theme, area, buf),
            Some(Overlay::Note(note)) => overlay::note(app, note, theme, area, buf),
            Some(Overlay::Bookmarks(list)) => overlay::bookmarks(app, list, theme, area, buf),
            Some(Overlay::Topics(palette)) => overlay::topics(app, palette, theme, area, buf),
            Some(Overlay::Lens(panel)) => lens::panel(app, panel, theme, area, buf),
            Some(Overlay::Across(across)) => lens::across(app, across, theme, area, buf),
            Some(Overlay::Search(editor)) => prompt("/", editor, theme, area, buf),
            Some(Overlay::Address(editor)) => prompt("open URL: ", editor, theme, area, buf),
            None => {}
        }
    }
}

/// A one-line box on the status line, as a pager's search is.
fn prompt(label: &str, editor: &LineEditor, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let line = Rect { y: area.y + area.height - 1, height: 1, ..area };
    // It replaces the hints: nothing of them may show past the prompt.
    ratatui::widgets::Clear.render(line, buf);
    buf.set_style(line, theme.status);
    let mut spans = vec![Span::styled(label.to_owned(), theme.key)];
    spans.extend(editor_spans(editor, true, theme));
    Line::from(spans).render(line, buf);
}

/// The bottom line: the pending message if there is one, else the key hints that fit
/// whole; "? help" right.
fn status_line(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let help_key = app
        .keymap
        .first_key(parallax::app::Context::Global, parallax::app::Action::Help)
        .map_or_else(String::new, |k| k.to_string());
    let right =
        Line::from(vec![Span::styled(help_key, theme.key), Span::styled(" help ", theme.hint)]);
    let right_w = right.width() as u16;
    let left_area = Rect { width: area.width.saturating_sub(right_w), ..area };
    let left = match &app.status {
        Some(msg) => {
            Line::from(Span::styled(strings::fit(msg, usize::from(left_area.width)), theme.status))
        }
        None => {
            let mut spans = vec![Span::raw(" ")];
            let room = usize::from(left_area.width).saturating_sub(1);
            for hint in parallax::app::hints::hints(app, room) {
                spans.push(Span::styled(hint.keys, theme.key));
                spans.push(Span::styled(format!(" {}  ", hint.what), theme.hint));
            }
            Line::from(spans)
        }
    };
    left.render(left_area, buf);
    if area.width > right_w {
        right.render(Rect { x: area.x + area.width - right_w, width: right_w, ..area }, buf);
    }
}

/// A text box's content with the cursor shown (reversed cell) when it has the keyboard.
fn editor_spans<'a>(e: &'a LineEditor, active: bool, theme: &Theme) -> Vec<Span<'a>> {
    if !active {
        return vec![Span::styled(e.text.as_str(), theme.text)];
    }
    let (before, after) = e.text.split_at(e.cursor);
    let mut graphemes = unicode_segmentation::UnicodeSegmentation::graphemes(after, true);
    let under = graphemes.next().unwrap_or(" ");
    let rest = &after[under.len().min(after.len())..];
    vec![
        Span::styled(before, theme.text),
        Span::styled(under, theme.selected),
        Span::styled(rest, theme.text),
    ]
}

/// Converts the core's plain-number rectangle.
fn rect(a: layout::Area) -> Rect {
    Rect { x: a.x, y: a.y, width: a.w, height: a.h }
}
