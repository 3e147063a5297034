//! Saving and restoring a session: the open pair, where each article was left, the
//! active topic and the jump history. Positions are by passage and re-found by the
//! passage's fingerprint, so they survive another width or an edited file.

use super::opening::open_pair_linking_after_paint;
use crate::app::jumps::{Jump, JumpList};
use crate::app::pane::{Anchor, Pane, Side};
use crate::app::state::{App, Screen};
use crate::corpus::Article;
use crate::store::{Position, SessionState, fingerprint};

impl App {
    /// What to save.
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
            state.topic =
                r.topic.and_then(|t| self.knowledge.topics.get(t)).map(|t| t.label.clone());
        }
        for (article, top, cursor) in positions {
            if let Some((path, pos)) = self.position_of(&Pane { article, top, cursor }) {
                state.positions.insert(path, pos);
            }
        }
        state.jumps = self
            .jumps
            .entries()
            .iter()
            .filter_map(|j| Some([self.position_of(&j.panes[0])?, self.position_of(&j.panes[1])?]))
            .collect();
        state
    }

    /// Puts things back as they were left. A position whose passage changed is re-found
    /// by fingerprint, or dropped (the article opens at the top) rather than landing on
    /// the wrong text.
    pub fn restore(&mut self, state: &SessionState) {
        for (path, pos) in &state.positions {
            if let Some(p) = self.pane_of(path, pos) {
                self.remembered.insert(p.article, (p.top, p.cursor));
            }
        }
        let jumps = state
            .jumps
            .iter()
            .filter_map(|[(lp, l), (rp, r)]| {
                Some(Jump { panes: [self.pane_of(lp, l)?, self.pane_of(rp, r)?] })
            })
            .collect();
        self.jumps = JumpList::from_entries(jumps);
        let find = |path: &str| self.corpus.articles.iter().position(|a| a.path == path);
        if let Some([l, r]) = &state.pair
            && let (Some(l), Some(r)) = (find(l), find(r))
        {
            // Restored at start-up: the links follow the first frame.
            open_pair_linking_after_paint(self, l, r);
            let topic = state
                .topic
                .as_ref()
                .and_then(|l| self.knowledge.topics.iter().position(|t| &t.label == l));
            if let Some(reading) = self.reading.as_mut() {
                reading.focus = if state.focus == 1 { Side::Right } else { Side::Left };
                reading.topic = topic;
                if topic.is_none() && self.indexing {
                    self.pending.topic = state.topic.clone();
                }
            }
            if !state.reading {
                self.screen = Screen::Library;
            }
        }
    }

    fn position_of(&self, pane: &Pane) -> Option<(String, Position)> {
        // A stub's fingerprint would match nothing next time: leave such a place out.
        if !self.texts.has(pane.article) {
            return None;
        }
        let a = self.article(pane.article)?;
        let fingerprint = fingerprint(a.passage_text(pane.cursor));
        Some((
            a.path.clone(),
            Position { passage: pane.top.passage, cursor: pane.cursor, fingerprint },
        ))
    }

    /// A saved (path, position) as a pane of this corpus.
    fn pane_of(&mut self, path: &str, pos: &Position) -> Option<Pane> {
        let article = self.corpus.articles.iter().position(|a| a.path == path)?;
        if !self.need_text(article) {
            return None;
        }
        let cursor = refind(self.article(article)?, pos)?;
        let shift = cursor as isize - pos.cursor as isize;
        let top = pos.passage.saturating_add_signed(shift).min(cursor);
        Some(Pane { article, top: Anchor { passage: top, line: 0 }, cursor })
    }
}

/// The passage a saved position pointed at, found again by fingerprint.
fn refind(a: &Article, pos: &Position) -> Option<usize> {
    let same = |p: usize| p < a.passages.len() && fingerprint(a.passage_text(p)) == pos.fingerprint;
    if same(pos.cursor) { Some(pos.cursor) } else { (0..a.passages.len()).find(|&p| same(p)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Action, Keymap, open_pair, update};
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
        let kursk = app.knowledge.topics.iter().position(|t| t.label == "Kursk").expect("Kursk");
        crate::app::topic_jumps::activate(&mut app, kursk);
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
        assert_eq!(r.topic, Some(kursk), "the active topic is back");
        assert_eq!(again.jumps.len(), app.jumps.len(), "and the jump history");
        let first = app.jumps.entries()[0].panes[1].cursor;
        update(&mut again, Action::JumpBack);
        assert_eq!(again.reading.as_ref().unwrap().panes[1].cursor, first);
    }

    #[test]
    fn a_topic_restored_before_the_topics_are_indexed_comes_back_when_they_arrive() {
        let mut app = App::new(Corpus::seeds(), Keymap::default_map());
        update(&mut app, Action::Resize(160, 40));
        open_pair(&mut app, 1, 3);
        let kursk = app.knowledge.topics.iter().position(|t| t.label == "Kursk").expect("Kursk");
        crate::app::topic_jumps::activate(&mut app, kursk);
        let saved = app.session();

        // As a library listed in the background is: its topics come after the list.
        let mut again = App::new(Corpus::seeds(), Keymap::default_map());
        let topics = std::mem::take(&mut again.knowledge);
        again.indexing = true;
        again.restore(&saved);
        assert_eq!(again.reading.as_ref().expect("the pair is back").topic, None);
        again.receive(crate::app::background::Background::Knowledge(topics));
        assert_eq!(again.reading.as_ref().unwrap().topic, Some(kursk), "the topic is back");
    }
}
