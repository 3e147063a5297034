//! Saving and restoring a session: the open pair and where each article was left.

use super::pane::{Anchor, Side};
use super::state::{App, Screen};
use super::update::open_pair;
use crate::store::{Position, SessionState, fingerprint};

impl App {
    /// What to save: positions by passage (with the current passage's fingerprint),
    /// the pair, the focus, the screen.
    pub fn session(&self) -> SessionState {
        let mut state = SessionState::default();
        let mut positions: Vec<(usize, Anchor, usize)> =
            self.remembered.iter().map(|(&a, &(top, cursor))| (a, top, cursor)).collect();
        if let Some(r) = &self.reading {
            positions.extend(r.panes.iter().map(|p| (p.article, p.top, p.cursor)));
            state.pair =
                Some(r.panes.clone().map(|p| self.corpus.articles[p.article].path.clone()));
            state.focus = r.focus.index();
            state.reading = self.screen == Screen::Reading;
        }
        for (article, top, cursor) in positions {
            let Some(a) = self.corpus.articles.get(article) else { continue };
            state.positions.insert(
                a.path.clone(),
                Position {
                    passage: top.passage,
                    cursor,
                    fingerprint: fingerprint(a.passage_text(cursor)),
                },
            );
        }
        state
    }

    /// Puts articles back where they were left. A position whose passage changed is
    /// re-found by fingerprint, or dropped (the article opens at the top) rather than
    /// landing on the wrong text.
    pub fn restore(&mut self, state: &SessionState) {
        for (i, a) in self.corpus.articles.iter().enumerate() {
            let Some(pos) = state.positions.get(&a.path) else { continue };
            let same = |p: usize| {
                p < a.passages.len() && fingerprint(a.passage_text(p)) == pos.fingerprint
            };
            let cursor = if same(pos.cursor) {
                Some(pos.cursor)
            } else {
                (0..a.passages.len()).find(|&p| same(p))
            };
            if let Some(cursor) = cursor {
                let shift = cursor as isize - pos.cursor as isize;
                let top = pos.passage.saturating_add_signed(shift).min(cursor);
                self.remembered.insert(i, (Anchor { passage: top, line: 0 }, cursor));
            }
        }
        let find = |path: &str| self.corpus.articles.iter().position(|a| a.path == path);
        if let Some([l, r]) = &state.pair
            && let (Some(l), Some(r)) = (find(l), find(r))
        {
            open_pair(self, l, r);
            if let Some(reading) = self.reading.as_mut() {
                reading.focus = if state.focus == 1 { Side::Right } else { Side::Left };
            }
            if !state.reading {
                self.screen = Screen::Library;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Keymap, update};
    use crate::corpus::Corpus;

    #[test]
    fn a_session_comes_back_at_another_width() {
        let mut app = App::new(Corpus::seeds(), Keymap::default_map());
        update(&mut app, Action::Resize(160, 40));
        open_pair(&mut app, 1, 3);
        for _ in 0..4 {
            update(&mut app, Action::NextPassage);
        }
        update(&mut app, Action::FocusRight);
        update(&mut app, Action::NextPassage);
        let saved = app.session();
        let round: SessionState =
            serde_json::from_str(&serde_json::to_string(&saved).unwrap()).unwrap();

        let mut again = App::new(Corpus::seeds(), Keymap::default_map());
        again.restore(&round);
        update(&mut again, Action::Resize(80, 24));
        let r = again.reading.as_ref().expect("the pair is back");
        assert_eq!(again.screen, Screen::Reading);
        assert_eq!(r.focus, Side::Right);
        let before = app.reading.as_ref().unwrap();
        assert_eq!(r.panes[0].article, before.panes[0].article);
        assert_eq!(r.panes[0].cursor, before.panes[0].cursor);
        assert_eq!(r.panes[1].cursor, before.panes[1].cursor);
    }
}
