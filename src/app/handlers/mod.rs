//! The middle level: what each action does, one file per concern. Handlers take the
//! state types from below and each other's functions sideways (never in a circle);
//! `update` above only chooses which one runs.

pub mod address;
pub mod bookmarks;
pub mod compare;
pub mod lens;
pub mod library;
pub mod opening;
pub mod panes;
mod receive;
pub mod related;
pub mod search;
mod session;
pub mod text_search;
pub mod topic_jumps;
