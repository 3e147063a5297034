//! The reader's state and the one place it changes.
//!
//! Terminal-free: keys arrive as [`Key`], geometry as plain numbers, so every
//! behaviour here is testable without a screen.
//!
//! Three levels, each importing only from the ones below it: the state (`App`, the
//! panes, the overlays, [`Effect`]), the handlers (one per concern, in `handlers`),
//! and `update`, which dispatches each [`Action`] to its handler. The runtime drives
//! `update` and carries out the effects it leaves.

mod action;
pub mod background;
pub mod compare;
mod editor;
mod effect;
pub mod handlers;
pub mod help;
pub mod hints;
pub mod jumps;
pub mod keymap;
mod keys;
pub mod layout;
mod library;
pub mod overlays;
mod palette;
mod pane;
pub mod runtime;
pub mod search;
mod state;
pub mod texts;
mod title_filter;
pub mod topics;
mod update;
pub mod wrap;

pub use action::Action;
pub use editor::LineEditor;
pub use effect::{Effect, Work};
pub use handlers::opening::{jump_focused, open_pair, open_pair_linking_after_paint};
pub use handlers::related::of as related_of;
pub use handlers::topic_jumps;
pub use keymap::{Context, Key, KeyCode, Keymap};
pub use library::{Library, Matcher, Row, Sort};
pub use palette::{PaletteRow, TopicPalette};
pub use pane::{Anchor, Pane, Side};
pub use state::{App, Overlay, Reading, Screen, Settings};
pub use update::update;
