//! The status line's key hints: which actions the current screen offers first, with
//! the keys the keymap gives them (the user's own bindings included), fitted to the
//! width whole — a hint that does not fit is left out, never cut.

use super::Action::{self, *};
use super::keymap::Context;
use super::state::{App, Screen};
use unicode_width::UnicodeWidthStr;

/// One hint: the keys (first binding of each action, joined) and what they do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub keys: String,
    pub what: &'static str,
}

impl Hint {
    /// Cells the hint takes on the status line, with the gap after it.
    pub fn width(&self) -> usize {
        self.keys.width() + 1 + self.what.width() + 2
    }
}

/// The hints for the current screen, most useful first, as many as fit in `width`.
pub fn hints(app: &App, width: usize) -> Vec<Hint> {
    let (ctx, wanted): (Context, &[(&[Action], &'static str)]) = match app.screen {
        Screen::Library if app.library.typing => (
            Context::Input,
            &[(&[Accept], "keep filter"), (&[Cancel], "clear"), (&[Up, Down], "move")],
        ),
        Screen::Library if app.library.chosen.is_some() => (
            Context::Library,
            &[
                (&[Choose], "open pair"),
                (&[ClearChoice], "unchoose"),
                (&[Filter], "filter"),
                (&[Quit], "quit"),
            ],
        ),
        Screen::Library => (
            Context::Library,
            &[
                (&[Choose], "choose"),
                (&[Filter], "filter"),
                (&[Resume], "open pair"),
                (&[Quit], "quit"),
                (&[OpenAddress], "open URL"),
            ],
        ),
        Screen::Reading => (
            Context::Reading,
            &[
                (&[Topics], "topics"),
                (&[Counterpart], "counterpart"),
                (&[Follow], "follow"),
                (&[PrevPassage, NextPassage], "passage"),
                (&[Mark], "mark"),
                (&[Back], "back"),
            ],
        ),
    };
    let mut out = Vec::new();
    let mut used = 0;
    for (actions, what) in wanted {
        let keys: Vec<String> = actions
            .iter()
            .filter_map(|&a| app.keymap.first_key(ctx, a))
            .map(|k| k.to_string())
            .collect();
        if keys.is_empty() {
            continue; // unbound by the user: nothing to hint
        }
        let hint = Hint { keys: keys.join(" "), what };
        if used + hint.width() > width {
            break;
        }
        used += hint.width();
        out.push(hint);
    }
    out
}
