//! The one runtime: every message — a key, a resize, a background result — goes
//! through [`Runtime::handle`], which applies it and then carries out the effects it
//! left, whatever kind of message it was. The reader's event loop and the tests drive
//! this same code; only where a [`Work`] job runs differs (a thread, or a queue the
//! test empties).

use super::Action;
use super::background::Background;
use super::effect::{Effect, Work};
use super::handlers::opening::link_after_paint;
use super::handlers::topic_jumps::index_after_paint;
use super::keymap::{Key, KeyCode};
use super::state::App;
use crate::store::Bookmarks;
use std::path::PathBuf;

/// Terminal input in the reader's terms, already translated from the terminal's events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// A key press (releases and repeats are not input).
    Key(Key),
    Resize(u16, u16),
    /// The mouse wheel (`true`: down), when mouse capture was asked for.
    Wheel {
        down: bool,
    },
}

/// What arrives at the runtime.
#[derive(Debug)]
pub enum Message {
    Input(Input),
    Background(Background),
}

/// Where the runtime writes what the user makes (bookmarks).
#[derive(Debug, Clone)]
pub struct Files {
    pub bookmarks: PathBuf,
}

/// Lines the wheel scrolls per notch.
const WHEEL_LINES: usize = 3;

impl App {
    /// Applies one input: the keymap's action for a key, with the input rules that a
    /// terminal imposes (a bare Esc glued to the next key, the wheel).
    pub fn input(&mut self, input: Input) {
        match input {
            Input::Key(key) if self.sequence.is_some() || self.begins_sequence(key) => {
                self.sequence_key(key)
            }
            Input::Key(key) => match self.action_for(key) {
                Some(action) => self.dispatch(action),
                // A bare Esc and the next key can arrive in one read, which the
                // terminal layer reports as Alt+key. Unless Alt+key means something,
                // it was Esc then the key: Esc is never time-critical.
                None if key.alt => {
                    for k in [Key::plain(KeyCode::Esc), Key { alt: false, ..key }] {
                        if let Some(action) = self.action_for(k) {
                            self.dispatch(action);
                        }
                    }
                }
                None => {}
            },
            Input::Resize(w, h) => self.dispatch(Action::Resize(w, h)),
            Input::Wheel { down } => {
                // Over an overlay the wheel would move a list the eye is not on.
                if self.overlay.is_none() {
                    let action = if down { Action::Down } else { Action::Up };
                    for _ in 0..WHEEL_LINES {
                        self.dispatch(action);
                    }
                }
            }
        }
    }

    fn begins_sequence(&self, key: Key) -> bool {
        self.overlay.is_none() && self.keymap.begins_sequence(self.context(), key)
    }

    /// A key of a two-key sequence: the first waits (and says so), the second completes
    /// it or, if the two mean nothing together, both are dropped, as vim does.
    fn sequence_key(&mut self, key: Key) {
        let Some(first) = self.sequence.take() else {
            self.sequence = Some(key);
            self.status = Some(format!("{key}…"));
            return;
        };
        match self.keymap.lookup_sequence(self.context(), first, key) {
            Some(action) => self.dispatch(action),
            None => self.status = Some(format!("{first}{key} is not a key here")),
        }
    }

    /// Applies an action and every follow-up it implies.
    pub fn dispatch(&mut self, action: Action) {
        let mut next = Some(action);
        while let Some(a) = next {
            next = super::update(self, a);
        }
    }
}

/// Runs messages against an [`App`] and carries out the effects they leave.
pub struct Runtime<'a> {
    files: Option<Files>,
    spawn: Box<dyn FnMut(Work) + 'a>,
}

impl<'a> Runtime<'a> {
    /// `files`: where bookmarks are written (`None`: no home directory, so they are
    /// not saved, and the user is told). `spawn`: runs a slow job elsewhere and hands
    /// its result back as a [`Message::Background`].
    pub fn new(files: Option<Files>, spawn: impl FnMut(Work) + 'a) -> Runtime<'a> {
        Runtime { files, spawn: Box::new(spawn) }
    }

    /// Applies a message, then carries out what it asked for.
    pub fn handle(&mut self, app: &mut App, message: Message) {
        match message {
            Message::Input(input) => app.input(input),
            Message::Background(event) => app.receive(event),
        }
        self.carry_out(app);
    }

    /// Called once a frame is drawn: does what the first frame did not wait for (the
    /// links of a pair shown at start-up; the topic index, which starts on another
    /// thread). Whether the state changed, so the screen should be drawn again.
    pub fn painted(&mut self, app: &mut App) -> bool {
        let changed = link_after_paint(app);
        index_after_paint(app);
        self.carry_out(app);
        changed
    }

    /// The I/O `update` and `receive` asked for. Failures are reported in the status
    /// line; the session goes on.
    fn carry_out(&mut self, app: &mut App) {
        for effect in std::mem::take(&mut app.effects) {
            match effect {
                Effect::Work(job) => (self.spawn)(job),
                Effect::Bookmark(op) => {
                    let Some(files) = &self.files else {
                        app.status = Some("no home directory: bookmarks are not saved".into());
                        continue;
                    };
                    match Bookmarks::apply(&files.bookmarks, op) {
                        // The file as it is now, other sessions' bookmarks included.
                        Ok(loaded) => {
                            app.bookmarks = loaded.bookmarks.bookmarks;
                            if loaded.warning.is_some() {
                                app.status = loaded.warning;
                            }
                        }
                        Err(e) => app.status = Some(format!("bookmark NOT saved: {e}")),
                    }
                }
            }
        }
    }
}
