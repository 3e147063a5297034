//! The session: which pair was open, where each article was left. Positions are kept
//! by passage (and that passage's fingerprint), so they survive another terminal
//! width or an edit elsewhere in the file.

use super::quarantine;
use crate::atomic::write_atomic;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

/// Where an article was left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// The passage at the top of the view.
    pub passage: usize,
    /// The current passage.
    pub cursor: usize,
    /// Fingerprint of the current passage, to re-find it if the file changed.
    #[serde(default)]
    pub fingerprint: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SessionState {
    /// Paths of the left and right articles last open.
    pub pair: Option<[String; 2]>,
    /// Which pane had focus (0 left, 1 right).
    pub focus: usize,
    /// Whether the reading screen was showing.
    pub reading: bool,
    /// Per-article positions, by path.
    pub positions: BTreeMap<String, Position>,
    /// The active topic's label, if any.
    pub topic: Option<String>,
    /// The jump history, oldest first: each entry both panes as (article, position).
    pub jumps: Vec<[(String, Position); 2]>,
}

/// The outcome of loading: the state to use and anything the user should be told.
pub struct Loaded {
    pub state: SessionState,
    pub warning: Option<String>,
}

impl SessionState {
    /// Reads the state file. Missing: defaults, silently. Corrupt: moved aside, defaults,
    /// a warning. Unreadable: defaults and a warning, the file left alone.
    pub fn load(path: &Path) -> Loaded {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Loaded { state: SessionState::default(), warning: None };
            }
            Err(e) => {
                return Loaded {
                    state: SessionState::default(),
                    warning: Some(format!(
                        "could not read {}: {e}; starting fresh",
                        path.display()
                    )),
                };
            }
        };
        match serde_json::from_slice(&bytes) {
            Ok(state) => Loaded { state, warning: None },
            Err(e) => Loaded {
                state: SessionState::default(),
                warning: Some(format!(
                    "session state {} is corrupt ({e}); {}; starting fresh",
                    path.display(),
                    quarantine(path)
                )),
            },
        }
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomic(path, &json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn state_strategy() -> impl Strategy<Value = SessionState> {
        (
            proptest::option::of(("\\PC{0,20}", "\\PC{0,20}")),
            0usize..2,
            any::<bool>(),
            proptest::collection::btree_map(
                "\\PC{0,30}",
                (0usize..500, 0usize..500, any::<u64>()),
                0..8,
            ),
            proptest::option::of("\\PC{0,20}"),
        )
            .prop_map(|(pair, focus, reading, positions, topic)| SessionState {
                pair: pair.map(|(a, b)| [a, b]),
                focus,
                reading,
                positions: positions
                    .into_iter()
                    .map(|(k, (passage, cursor, fingerprint))| {
                        (k, Position { passage, cursor, fingerprint })
                    })
                    .collect(),
                topic,
                jumps: Vec::new(),
            })
    }

    proptest! {
        #[test]
        fn state_survives_a_round_trip(state in state_strategy()) {
            let dir = tempfile::tempdir().unwrap();
            let p = dir.path().join("state.json");
            state.save(&p).unwrap();
            let loaded = SessionState::load(&p);
            prop_assert!(loaded.warning.is_none());
            prop_assert_eq!(loaded.state, state);
        }
    }

    #[test]
    fn corrupt_state_is_moved_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("state.json");
        std::fs::write(&p, b"{\"pair\": [\"a\", ").unwrap();
        let loaded = SessionState::load(&p);
        assert_eq!(loaded.state, SessionState::default());
        let warning = loaded.warning.expect("a warning");
        assert!(warning.contains("corrupt") && warning.contains(".bad-"), "{warning}");
        assert!(!p.exists(), "moved aside");
        let aside: Vec<_> =
            std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().path()).collect();
        assert_eq!(aside.len(), 1);
        assert_eq!(std::fs::read(&aside[0]).unwrap(), b"{\"pair\": [\"a\", ");
    }

    #[test]
    fn missing_state_is_a_quiet_default() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = SessionState::load(&dir.path().join("none.json"));
        assert!(loaded.warning.is_none());
    }
}
