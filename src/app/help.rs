//! The key help: generated from the keymap for the screen underneath plus the global
//! keys, laid out for the terminal's size with descriptions wrapped (never cut), and
//! scrolled when it is taller than the screen.

use super::Action;
use super::keymap::{Context, Keymap};
use super::layout::Area;
use unicode_width::UnicodeWidthStr;

/// The help overlay's place in the list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Help {
    /// The first line in view.
    pub scroll: usize,
}

/// One screen line of the help: a keys cell (empty on continuation lines) and a piece
/// of the description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub keys: String,
    pub text: String,
}

/// Where the help box goes and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLayout {
    /// The bordered box.
    pub frame: Area,
    /// Width of the keys column inside it.
    pub keys_width: usize,
    pub lines: Vec<HelpLine>,
    /// Lines in view inside the border.
    pub rows: usize,
}

impl HelpLayout {
    /// The furthest the list can scroll.
    pub fn max_scroll(&self) -> usize {
        self.lines.len().saturating_sub(self.rows)
    }
}

/// The widest the box grows: room for a key list and a long description.
const MAX_WIDTH: u16 = 76;

/// The help for `screen` at a terminal of `w`×`h` cells.
pub fn layout(keymap: &Keymap, screen: Context, w: u16, h: u16) -> HelpLayout {
    let entries: Vec<(String, &str)> = [screen, Context::Global]
        .into_iter()
        .flat_map(|ctx| keymap.bindings(ctx))
        .map(|(action, keys)| {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            (keys.join(" "), action.describe())
        })
        .collect();
    let width = w.min(MAX_WIDTH);
    let inner = usize::from(width.saturating_sub(2)).max(1);
    // One space each side of the keys column; it takes at most a third of the box.
    let widest = entries.iter().map(|(k, _)| k.width()).max().unwrap_or(0);
    let keys_width = (widest + 2).min(inner / 3).max(1);
    let text_width = inner.saturating_sub(keys_width).max(1);
    let key_room = keys_width.saturating_sub(2).max(1);
    let mut lines = Vec::new();
    for (keys, what) in &entries {
        let keys = wrap(keys, key_room);
        let text = wrap(what, text_width);
        for i in 0..keys.len().max(text.len()) {
            lines.push(HelpLine {
                keys: keys.get(i).cloned().unwrap_or_default(),
                text: text.get(i).cloned().unwrap_or_default(),
            });
        }
    }
    let height = (lines.len() + 2).min(usize::from(h)) as u16;
    let frame = Area {
        x: (w.saturating_sub(width)) / 2,
        y: (h.saturating_sub(height)) / 2,
        w: width,
        h: height,
    };
    HelpLayout { frame, keys_width, rows: usize::from(height.saturating_sub(2)), lines }
}

/// The help's scroll after a key; `None`: the key closes the help.
pub fn scroll(help: Help, layout: &HelpLayout, action: Action) -> Option<Help> {
    let page = layout.rows.saturating_sub(1).max(1);
    let max = layout.max_scroll();
    let at = help.scroll.min(max);
    let scroll = match action {
        Action::Down => at + 1,
        Action::Up => at.saturating_sub(1),
        Action::PageDown => at + page,
        Action::PageUp => at.saturating_sub(page),
        Action::HalfPageDown => at + page.div_ceil(2),
        Action::HalfPageUp => at.saturating_sub(page.div_ceil(2)),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return None,
    };
    Some(Help { scroll: scroll.min(max) })
}

/// `s` broken into lines of at most `width` columns at spaces; a word longer than a
/// line is split by characters.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let mut word = word;
        loop {
            let sep = usize::from(!line.is_empty());
            if line.width() + sep + word.width() <= width {
                if sep == 1 {
                    line.push(' ');
                }
                line.push_str(word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word wider than the line: as much of it as fits, the rest below.
            let mut cut = 0;
            let mut used = 0;
            for (i, c) in word.char_indices() {
                let cw = UnicodeWidthStr::width(c.encode_utf8(&mut [0; 4]) as &str);
                if used + cw > width && cut > 0 {
                    break;
                }
                used += cw;
                cut = i + c.len_utf8();
            }
            lines.push(word[..cut].to_owned());
            word = &word[cut..];
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_description(keymap: &Keymap, screen: Context) -> Vec<&'static str> {
        [screen, Context::Global]
            .into_iter()
            .flat_map(|c| keymap.bindings(c).map(|(a, _)| a.describe()))
            .collect()
    }

    #[test]
    fn wrapping_keeps_every_word_and_fits_the_width() {
        let s = "framing lens: spelling, loaded terms, sources, figures";
        for width in 1..60 {
            let lines = wrap(s, width);
            assert!(lines.iter().all(|l| l.width() <= width.max(1)), "{width}: {lines:?}");
            assert_eq!(lines.concat().replace(' ', ""), s.replace(' ', ""), "{width}");
        }
    }

    #[test]
    fn at_any_size_every_description_is_there_in_full() {
        let km = Keymap::default_map();
        for screen in [Context::Library, Context::Reading] {
            for (w, h) in [(120, 30), (40, 12), (30, 8), (200, 60)] {
                let l = layout(&km, screen, w, h);
                assert!(l.frame.w <= w && l.frame.h <= h);
                let all: String = l.lines.iter().map(|x| format!("{} ", x.text)).collect();
                let all = all.split_whitespace().collect::<Vec<_>>().join(" ");
                for d in every_description(&km, screen) {
                    assert!(all.contains(d), "{w}×{h}: {d:?} missing");
                }
                let inner = usize::from(l.frame.w - 2);
                for x in &l.lines {
                    assert!(x.keys.width() + 2 <= l.keys_width.max(3), "{x:?}");
                    assert!(x.text.width() <= inner - l.keys_width, "{w}×{h}: {x:?}");
                }
            }
        }
    }

    #[test]
    fn scrolling_stops_at_both_ends_and_other_keys_close() {
        let km = Keymap::default_map();
        let l = layout(&km, Context::Reading, 40, 12);
        assert!(l.max_scroll() > 0, "the reading keys do not fit in 40×12");
        let mut h = Help::default();
        for _ in 0..500 {
            h = scroll(h, &l, Action::Down).unwrap();
        }
        assert_eq!(h.scroll, l.max_scroll());
        assert_eq!(scroll(h, &l, Action::Top), Some(Help { scroll: 0 }));
        assert_eq!(scroll(Help::default(), &l, Action::Up), Some(Help { scroll: 0 }));
        assert_eq!(scroll(h, &l, Action::Counterpart), None);
    }
}
