//! Reader state.
