//! SIGKILL at any moment of a save never leaves a state or bookmark file that does
//! not parse: writes go to a temp file that is renamed over the old one.
//!
//! The test re-runs its own binary as the writer (`PARALLAX_SAVE_LOOP` set), kills it
//! at varying moments, and reads what is left.

use parallax::corpus::Corpus;
use parallax::store::{Bookmark, BookmarkOp, Bookmarks, Position, SessionState};
use std::process::{Command, Stdio};
use std::time::Duration;

const CHILD: &str = "PARALLAX_SAVE_LOOP";

/// In the child: save forever, each state a little bigger than the last.
fn save_forever(dir: &std::path::Path) -> ! {
    let article = Corpus::seeds().articles.remove(0);
    let mut state = SessionState::default();
    for i in 0usize.. {
        state.positions.insert(
            format!("article-{i}"),
            Position { passage: i, cursor: i, fingerprint: i as u64 },
        );
        let _ = state.save(&dir.join("state.json"));
        let b = Bookmark { id: format!("b{i}"), ..Bookmark::new(&article, 3, "x".repeat(i % 500)) };
        let _ = Bookmarks::apply(&dir.join("bookmarks.json"), BookmarkOp::Add(b));
    }
    unreachable!()
}

#[test]
fn sigkill_during_repeated_saves_leaves_parseable_files() {
    if let Some(dir) = std::env::var_os(CHILD) {
        save_forever(std::path::Path::new(&dir));
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let me = std::env::current_exe().expect("test binary");
    for round in 0..12u64 {
        let mut child = Command::new(&me)
            .args([
                "--exact",
                "sigkill_during_repeated_saves_leaves_parseable_files",
                "--nocapture",
            ])
            .env(CHILD, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn writer");
        // Let it get going for a varying while, then kill it mid-write.
        std::thread::sleep(Duration::from_millis(40 + round * 17));
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        for name in ["state.json", "bookmarks.json"] {
            let path = dir.path().join(name);
            if let Ok(bytes) = std::fs::read(&path) {
                let parsed: Result<serde_json::Value, _> = serde_json::from_slice(&bytes);
                assert!(parsed.is_ok(), "round {round}: {name} does not parse");
            }
        }
        let loaded = SessionState::load(&dir.path().join("state.json"));
        assert!(loaded.warning.is_none(), "round {round}: {:?}", loaded.warning);
    }
    assert!(dir.path().join("state.json").exists(), "the writer got to write at all");
}
