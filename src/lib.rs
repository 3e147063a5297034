//! parallax: read two articles side by side and jump between the passages where they
//! speak of the same thing.
//!
//! This library is the core and has no terminal in it. The modules follow the data:
//! `corpus` (load, decode, clean, segment) → `text` (tokens, aliases, stems) →
//! `index` (topics, similarity, alignment) → `diff` (contrast, versions of one text)
//! → `web` (pages and feeds fetched from URLs, kept in the cache, read as corpus
//! articles) → `feeds` (subscriptions, and `pull` into the archive folder)
//! → `app` (reader state, actions, the one `update`). The terminal layer lives in the
//! binary (`src/ui`, `src/term`, `src/cli`).

pub mod app;
pub mod archive;
mod atomic;
pub mod config;
pub mod corpus;
pub mod diff;
pub mod feeds;
pub mod index;
pub mod lens;
pub mod store;
pub mod text;
pub mod web;
