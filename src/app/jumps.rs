//! Jump history, like an editor's: every topic, counterpart, search and bookmark jump
//! records where both panes were, so Ctrl-o goes back and the forward key returns.

use super::pane::Pane;

/// Both panes at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jump {
    pub panes: [Pane; 2],
}

#[derive(Debug, Clone, Default)]
pub struct JumpList {
    entries: Vec<Jump>,
    /// Where we are: `entries.len()` when not travelling in history.
    pos: usize,
}

impl JumpList {
    /// Entries kept; the oldest go first.
    pub const CAP: usize = 100;

    /// Records the place a jump leaves. Forward history is cut, a repeat of the last
    /// entry is not stored twice, and the list is capped.
    pub fn push(&mut self, here: Jump) {
        self.entries.truncate(self.pos);
        if self.entries.last() != Some(&here) {
            self.entries.push(here);
        }
        if self.entries.len() > Self::CAP {
            self.entries.remove(0);
        }
        self.pos = self.entries.len();
    }

    /// Back one jump from `here`; `None` at the oldest.
    pub fn back(&mut self, here: Jump) -> Option<Jump> {
        if self.pos == 0 {
            return None;
        }
        if self.pos == self.entries.len() {
            // Remember where we were, so forward can come back to it.
            if self.entries.last() != Some(&here) {
                self.entries.push(here);
            }
            self.pos = self.entries.len() - 1;
        }
        self.pos = self.pos.checked_sub(1)?;
        self.entries.get(self.pos).cloned()
    }

    /// Forward again after going back; `None` at the newest.
    pub fn forward(&mut self) -> Option<Jump> {
        if self.pos + 1 >= self.entries.len() {
            return None;
        }
        self.pos += 1;
        self.entries.get(self.pos).cloned()
    }

    /// The entries, oldest first (what a session saves).
    pub fn entries(&self) -> &[Jump] {
        &self.entries
    }

    /// A history restored from a saved session.
    pub fn from_entries(mut entries: Vec<Jump>) -> JumpList {
        let keep = entries.len().saturating_sub(Self::CAP);
        entries.drain(..keep);
        JumpList { pos: entries.len(), entries }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::pane::Pane;

    fn at(cursor: usize) -> Jump {
        let mut p = Pane::new(0);
        p.cursor = cursor;
        Jump { panes: [p.clone(), p] }
    }

    #[test]
    fn back_and_forward_like_an_editor() {
        let mut j = JumpList::default();
        j.push(at(1));
        j.push(at(2));
        assert_eq!(j.back(at(3)), Some(at(2)));
        assert_eq!(j.back(at(2)), Some(at(1)));
        assert_eq!(j.back(at(1)), None);
        assert_eq!(j.forward(), Some(at(2)));
        assert_eq!(j.forward(), Some(at(3)), "back to where we started");
        assert_eq!(j.forward(), None);
    }

    #[test]
    fn a_new_jump_cuts_forward_history_and_repeats_are_skipped() {
        let mut j = JumpList::default();
        j.push(at(1));
        j.push(at(1));
        assert_eq!(j.len(), 1);
        j.push(at(2));
        j.back(at(3));
        j.push(at(9));
        assert_eq!(j.forward(), None);
        assert_eq!(j.back(at(10)), Some(at(9)));
    }

    #[test]
    fn capped() {
        let mut j = JumpList::default();
        for i in 0..JumpList::CAP + 20 {
            j.push(at(i));
        }
        assert_eq!(j.len(), JumpList::CAP);
    }
}
