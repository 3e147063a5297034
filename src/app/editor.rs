//! A one-line text box with the usual keys: used by filters and the bookmark note.

use super::Action;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    pub text: String,
    /// Byte offset of the cursor, always on a grapheme boundary.
    pub cursor: usize,
}

impl LineEditor {
    pub fn with_text(text: &str) -> LineEditor {
        LineEditor { text: text.to_owned(), cursor: text.len() }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// Applies an editing action; returns whether the text changed. Actions that are
    /// not editing return `false` and leave the box alone.
    pub fn edit(&mut self, action: Action) -> bool {
        let before = self.text.len();
        match action {
            Action::Input(c) if !c.is_control() => {
                self.text.insert(self.cursor, c);
                self.cursor += c.len_utf8();
                return true;
            }
            Action::DeleteChar => {
                let prev = self.prev_boundary();
                self.text.replace_range(prev..self.cursor, "");
                self.cursor = prev;
            }
            Action::DeleteForward => {
                let next = self.next_boundary();
                self.text.replace_range(self.cursor..next, "");
            }
            Action::DeleteWord => {
                let head = &self.text[..self.cursor];
                let start = head.trim_end().rfind(char::is_whitespace).map_or(0, |i| i + 1);
                self.text.replace_range(start..self.cursor, "");
                self.cursor = start;
            }
            Action::ClearInput => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Action::KillToEnd => self.text.truncate(self.cursor),
            Action::CursorLeft => self.cursor = self.prev_boundary(),
            Action::CursorRight => self.cursor = self.next_boundary(),
            Action::CursorHome => self.cursor = 0,
            Action::CursorEnd => self.cursor = self.text.len(),
            _ => {}
        }
        self.text.len() != before
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor].grapheme_indices(true).next_back().map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn run(actions: &[Action]) -> LineEditor {
        let mut e = LineEditor::default();
        for &a in actions {
            e.edit(a);
        }
        e
    }

    #[test]
    fn usual_keys() {
        let e = run(&[Input('a'), Input('b'), Input('c'), CursorLeft, DeleteChar, Input('X')]);
        assert_eq!((e.text.as_str(), e.cursor), ("aXc", 2));
        let e = run(&[Input('h'), Input('i'), Input(' '), Input('y'), Input('o'), DeleteWord]);
        assert_eq!(e.text, "hi ");
        let e = run(&[Input('a'), Input('b'), CursorHome, DeleteForward, CursorEnd, Input('!')]);
        assert_eq!(e.text, "b!");
        let e = run(&[Input('a'), Input('b'), CursorLeft, KillToEnd]);
        assert_eq!(e.text, "a");
        let e = run(&[Input('a'), Input('b'), CursorLeft, ClearInput]);
        assert_eq!((e.text.as_str(), e.cursor), ("b", 0));
    }

    #[test]
    fn graphemes_are_one_step() {
        let mut e = LineEditor::with_text("ke\u{301}");
        e.edit(DeleteChar);
        assert_eq!(e.text, "k");
    }
}
