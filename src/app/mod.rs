//! The reader's state and the one place it changes.
//!
//! Terminal-free: keys arrive as [`Key`], geometry as plain numbers, so every
//! behaviour here is testable without a screen.

mod action;
pub mod background;
pub mod bookmarks;
mod editor;
pub mod help;
pub mod hints;
pub mod jumps;
pub mod keymap;
pub mod layout;
pub mod lens_view;
mod library;
mod library_actions;
mod opening;
mod palette;
mod pane;
pub mod runtime;
pub mod search;
mod search_actions;
mod session;
mod state;
pub mod texts;
mod title_filter;
pub mod topic_jumps;
pub mod topics;
mod update;
pub mod wrap;

pub use action::Action;
pub use bookmarks::{Effect, Work};
pub use editor::LineEditor;
pub use keymap::{Context, Key, KeyCode, Keymap};
pub use library::{Library, Matcher, Row, Sort};
pub use opening::open_pair;
pub use palette::{PaletteRow, TopicPalette};
pub use pane::{Anchor, Pane, Side};
pub use state::{App, Overlay, Reading, Screen, Settings};
pub use update::{jump_focused, update};
