//! A backend wrapper that turns a one-line scroll into a terminal scroll.
//!
//! ratatui redraws every cell that changed, and scrolling a pane by one line changes
//! every line of it: over a slow SSH link that is kilobytes per key press. This wrapper
//! keeps a copy of what the screen shows; when a band of full-width rows of the new
//! frame is the old frame moved up or down by a few rows, it sets a scrolling region
//! around the band and scrolls it (line feed at the bottom margin, reverse index at
//! the top: VT100 sequences every terminal knows), then writes only what still differs
//! — the new line, a title bar's percentage. Panes side by side scroll separately, so
//! their rows are not full-width bands and they are drawn as before.

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::{Buffer, Cell, CellDiffOption};
use ratatui::layout::{Position, Rect, Size};
use std::io::Write;

/// Shifts tried, nearest first: a line or a few (a page rewrites the pane anyway).
const SHIFTS: [i32; 6] = [1, -1, 2, -2, 3, -3];
/// Fewer moved rows than this are not worth the region's escape sequences.
const MIN_BAND: usize = 4;

pub struct ShiftBackend<B> {
    inner: B,
    /// What the screen shows, when known.
    shown: Option<Buffer>,
    enabled: bool,
    /// The screen size, when not asked of the terminal (tests).
    fixed: Option<Size>,
}

impl<B: Backend + Write> ShiftBackend<B> {
    /// `enabled: false` passes everything through (a dumb terminal).
    pub fn new(inner: B, enabled: bool) -> ShiftBackend<B> {
        ShiftBackend { inner, shown: None, enabled, fixed: None }
    }

    fn blank(&self) -> Option<Buffer> {
        let size = self.fixed.map_or_else(|| self.inner.size().ok(), Some)?;
        Some(Buffer::empty(Rect::new(0, 0, size.width, size.height)))
    }
}

/// Bytes written around frames (the synchronized-output markers) go to the same
/// writer as the frames, in order.
impl<B: Write> Write for ShiftBackend<B> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.inner.write(buf)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A band of rows `[top, bottom]` (inclusive) whose content moves up by `by` rows
/// (down when negative).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Band {
    top: u16,
    bottom: u16,
    by: i32,
}

fn row(buf: &Buffer, y: usize) -> &[Cell] {
    let w = usize::from(buf.area.width);
    &buf.content[y * w..(y + 1) * w]
}

/// The longest band of rows that `next` shows moved from `shown`, if worth scrolling.
fn find_band(shown: &Buffer, next: &Buffer) -> Option<Band> {
    if shown.area != next.area {
        return None;
    }
    let h = usize::from(shown.area.height) as i32;
    let mut best: Option<(usize, Band)> = None;
    for by in SHIFTS {
        let mut run = 0usize;
        for y in 0..=h {
            let moved = y < h
                && (0..h).contains(&(y + by))
                && row(next, y as usize) == row(shown, (y + by) as usize)
                && row(next, y as usize) != row(shown, y as usize);
            if moved {
                run += 1;
                continue;
            }
            if run >= MIN_BAND && best.is_none_or(|(n, _)| run > n) {
                // Rows [y - run, y) show old rows [y - run + by, y + by).
                let (first, last) = (y - run as i32, y - 1);
                let (top, bottom) = if by > 0 { (first, last + by) } else { (first + by, last) };
                best = Some((run, Band { top: top as u16, bottom: bottom as u16, by }));
            }
            run = 0;
        }
    }
    best.map(|(_, band)| band)
}

/// What the terminal shows after scrolling `band` of `buf`: rows moved, the ones
/// scrolled in blank.
fn scrolled(buf: &mut Buffer, band: Band) {
    let (top, bottom) = (usize::from(band.top), usize::from(band.bottom));
    let w = usize::from(buf.area.width);
    let by = band.by.unsigned_abs() as usize;
    let rows = &mut buf.content[top * w..(bottom + 1) * w];
    if band.by > 0 {
        rows.rotate_left(by * w);
        let n = rows.len();
        rows[n - by * w..].fill(Cell::default());
    } else {
        rows.rotate_right(by * w);
        rows[..by * w].fill(Cell::default());
    }
}

/// The bytes that scroll `band` on a VT100-compatible terminal: plain attributes (so
/// scrolled-in lines are blank, not coloured), the region, line feeds at its bottom
/// or reverse indexes at its top, and the region reset.
fn scroll_sequence(band: Band) -> Vec<u8> {
    let mut out = format!("\x1b[0m\x1b[{};{}r", band.top + 1, band.bottom + 1).into_bytes();
    let by = band.by.unsigned_abs() as usize;
    if band.by > 0 {
        out.extend(format!("\x1b[{};1H", band.bottom + 1).bytes());
        out.extend(std::iter::repeat_n(b'\n', by));
    } else {
        out.extend(format!("\x1b[{};1H", band.top + 1).bytes());
        out.extend(std::iter::repeat_n(*b"\x1bM", by).flatten());
    }
    out.extend(b"\x1b[r");
    out
}

/// Unchanged cells written rather than jumped over: a cursor move costs 6–8 bytes.
const BRIDGE: u16 = 6;

/// Fills short gaps between changed cells of a row with the (unchanged) cells between
/// them, when those are plain one-column cells in the style of the cell before: the
/// terminal then writes straight on instead of moving the cursor. Nearly half of a
/// side-by-side frame was cursor moves over a space or two.
fn bridged<'a>(updates: Vec<(u16, u16, &'a Cell)>, next: &'a Buffer) -> Vec<(u16, u16, &'a Cell)> {
    use unicode_width::UnicodeWidthStr;
    let mut out: Vec<(u16, u16, &Cell)> = Vec::with_capacity(updates.len());
    for (x, y, cell) in updates {
        if let Some(&(px, py, prev)) = out.last() {
            let after = px + (prev.symbol().width() as u16).max(1);
            if py == y && x > after && x - after <= BRIDGE {
                let gap: Vec<&Cell> = (after..x).map(|gx| &next[(gx, y)]).collect();
                let plain = |c: &&Cell| {
                    c.diff_option == CellDiffOption::None
                        && c.symbol().width() == 1
                        && c.style() == prev.style()
                };
                if gap.iter().all(plain) {
                    out.extend((after..x).zip(gap).map(|(gx, c)| (gx, y, c)));
                }
            }
        }
        out.push((x, y, cell));
    }
    out
}

impl<B: Backend + Write> Backend for ShiftBackend<B> {
    type Error = B::Error;

    fn draw<'a, I>(&mut self, content: I) -> Result<(), Self::Error>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let Some(mut shown) = self.shown.take().filter(|_| self.enabled) else {
            return self.inner.draw(content);
        };
        // The frame ratatui drew: what is shown, with its changes.
        let mut next = shown.clone();
        for (x, y, cell) in content {
            if let Some(c) = next.cell_mut(Position::new(x, y)) {
                *c = cell.clone();
            }
            // ratatui resets the cells a wide character hides, without sending them.
            let width = unicode_width::UnicodeWidthStr::width(cell.symbol()) as u16;
            for hidden in 1..width {
                if let Some(c) = next.cell_mut(Position::new(x.saturating_add(hidden), y)) {
                    c.reset();
                }
            }
        }
        if let Some(band) = find_band(&shown, &next)
            && self.inner.write_all(&scroll_sequence(band)).is_ok()
        {
            scrolled(&mut shown, band);
        }
        let updates = bridged(shown.diff(&next), &next);
        let result = self.inner.draw(updates.into_iter());
        self.shown = Some(next);
        result
    }

    fn hide_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> Result<(), Self::Error> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> Result<Position, Self::Error> {
        self.inner.get_cursor_position()
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> Result<(), Self::Error> {
        self.inner.set_cursor_position(position)
    }

    fn clear(&mut self) -> Result<(), Self::Error> {
        self.inner.clear()?;
        // ratatui clears on every resize, and then redraws from a blank screen.
        self.shown = self.blank();
        Ok(())
    }

    fn clear_region(&mut self, clear_type: ClearType) -> Result<(), Self::Error> {
        self.inner.clear_region(clear_type)?;
        self.shown = match clear_type {
            ClearType::All => self.blank(),
            _ => None, // not tracked: draw as ratatui does from now on
        };
        Ok(())
    }

    fn size(&self) -> Result<Size, Self::Error> {
        match self.fixed {
            Some(size) => Ok(size),
            None => self.inner.size(),
        }
    }

    fn window_size(&mut self) -> Result<WindowSize, Self::Error> {
        self.inner.window_size()
    }

    fn flush(&mut self) -> Result<(), Self::Error> {
        Backend::flush(&mut self.inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::Terminal;
    use ratatui::backend::CrosstermBackend;
    use ratatui::style::{Color, Style};

    /// What the terminal is sent, kept for the test to read.
    #[derive(Clone, Default)]
    struct Sent(std::rc::Rc<std::cell::RefCell<Vec<u8>>>);

    impl Write for Sent {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// A terminal whose output goes to a vt100 emulator.
    struct Screen {
        term: Terminal<ShiftBackend<CrosstermBackend<Sent>>>,
        sent: Sent,
        vt: vt100::Parser,
        meant: Buffer,
    }

    fn nz(n: u16) -> std::num::NonZeroU16 {
        std::num::NonZeroU16::new(n).unwrap()
    }

    /// One row per line; with `boxed`, a coloured border down the left as a pane has.
    fn paint(buf: &mut Buffer, lines: &[String], boxed: bool) {
        for (y, l) in lines.iter().enumerate() {
            let y = y as u16;
            if boxed {
                buf.set_string(0, y, "│", Style::default().fg(Color::Blue));
                buf.set_string(1, y, l, Style::default());
            } else {
                buf.set_string(0, y, l, Style::default().fg(Color::Yellow));
            }
        }
    }

    impl Screen {
        fn new(w: u16, h: u16) -> Screen {
            let sent = Sent::default();
            let mut backend = ShiftBackend::new(CrosstermBackend::new(sent.clone()), true);
            backend.fixed = Some(Size::new(w, h));
            let mut term = Terminal::new(backend).unwrap();
            term.backend_mut().clear().unwrap();
            let meant = Buffer::empty(Rect::new(0, 0, w, h));
            Screen { term, sent, vt: vt100::Parser::new(nz(h), nz(w), 0), meant }
        }

        /// Draws `lines`, returns the bytes written.
        fn frame(&mut self, lines: &[String], boxed: bool) -> usize {
            self.term.draw(|f| paint(f.buffer_mut(), lines, boxed)).unwrap();
            self.meant.reset();
            paint(&mut self.meant, lines, boxed);
            let out = std::mem::take(&mut *self.sent.0.borrow_mut());
            self.vt.process(&out);
            out.len()
        }

        /// Every row as the emulator shows it is the row ratatui meant.
        fn check(&self) {
            let w = self.meant.area.width;
            for y in 0..self.meant.area.height {
                // A wide character covers the cell after it.
                let mut want = String::new();
                let mut x = 0;
                while x < w {
                    let sym = self.meant[(x, y)].symbol();
                    want.push_str(sym);
                    x += (unicode_width::UnicodeWidthStr::width(sym) as u16).max(1);
                }
                let got = self.vt.screen().contents_between(y, 0, y, w);
                assert_eq!(got.trim_end(), want.trim_end(), "row {y}");
            }
        }
    }

    fn text(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("line {i:03} of the article, with some words in it")).collect()
    }

    #[test]
    fn a_one_line_scroll_writes_one_line_not_the_screen() {
        let lines = text(200);
        let mut s = Screen::new(60, 24);
        let full = s.frame(&lines[0..24], true);
        s.check();
        let down = s.frame(&lines[1..25], true);
        s.check();
        let up = s.frame(&lines[0..24], true);
        s.check();
        // A line of 60 characters with its colour and cursor moves, and the region.
        assert!(down < 250 && up < 250, "full frame {full} bytes; scrolls {down} and {up}");
        assert!(full > 10 * down, "full frame {full} bytes; scroll {down}");
    }

    #[test]
    fn a_fixed_header_and_footer_stay_and_the_band_between_scrolls() {
        let lines = text(200);
        let frame = |at: usize| {
            let mut v = vec!["HEADER".to_string()];
            v.extend_from_slice(&lines[at..at + 20]);
            v.push(format!("FOOTER {at}%"));
            v
        };
        let mut s = Screen::new(60, 22);
        s.frame(&frame(10), false);
        for at in [11, 12, 14, 13, 10, 40, 41] {
            let bytes = s.frame(&frame(at), false);
            s.check();
            if at != 40 {
                assert!(bytes < 300, "{at}: {bytes} bytes (a few new lines and the footer)");
            }
        }
    }

    #[test]
    fn short_gaps_are_written_not_jumped() {
        let mut s = Screen::new(40, 3);
        s.frame(&["a b c d e f g h".to_string()], false);
        let every_other = s.frame(&["A b C d E f G h".to_string()], false);
        s.check();
        let sent = s.vt.screen().contents();
        assert!(sent.contains("A b C d E f G"), "{sent}");
        // One cursor move, the colour, thirteen characters and the reset (56 bytes),
        // not four moves (80).
        assert!(every_other < 60, "{every_other} bytes");
    }

    proptest! {
        /// Whatever is drawn, in whatever order, the terminal shows what ratatui meant.
        #[test]
        fn the_screen_always_matches_the_frame(
            starts in proptest::collection::vec(0usize..40, 1..12),
            boxed in any::<bool>(),
            h in 3u16..30,
        ) {
            let lines = text(80);
            let mut s = Screen::new(50, h);
            for at in starts {
                s.frame(&lines[at..at + usize::from(h)], boxed);
                s.check();
            }
        }

        /// Frames of sparse changes among wide and narrow characters and spaces, which
        /// is where gaps are bridged.
        #[test]
        fn bridging_gaps_never_garbles_a_row(
            frames in proptest::collection::vec(
                proptest::collection::vec("[ab 漢é]{0,24}", 6), 1..8),
            boxed in any::<bool>(),
        ) {
            let mut s = Screen::new(30, 6);
            for lines in frames {
                s.frame(&lines, boxed);
                s.check();
            }
        }
    }
}
