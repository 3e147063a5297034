//! What parallax keeps between sessions: the session state and the bookmarks, under
//! the XDG state directory. Nothing the user wrote is ever lost or half-written:
//! every write is atomic, a corrupt file is moved aside (never overwritten), and a
//! directory that cannot be written leaves the old files untouched.

pub mod bookmarks;
mod paths;
pub mod state;

pub use bookmarks::{Bookmark, BookmarkOp, Bookmarks, credit};
pub use paths::{config_dir, state_dir};
pub use state::{Position, SessionState};

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// A stable 64-bit fingerprint (FNV-1a) of a passage's words, case-folded, so a
/// bookmark can find its passage again after the file changes around it. Stable
/// across builds, unlike std's hasher.
pub fn fingerprint(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for word in text.split_whitespace() {
        for b in word.to_lowercase().bytes().chain([b' ']) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// Seconds since the epoch, for file names and timestamps.
pub fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// Moves a file that could not be parsed aside as `<name>.bad-<time>` and says where.
fn quarantine(path: &Path) -> String {
    let aside = PathBuf::from(format!("{}.bad-{}", path.display(), now()));
    match std::fs::rename(path, &aside) {
        Ok(()) => format!("kept the unreadable file as {}", aside.display()),
        Err(e) => format!("could not move it aside ({e}); it is left as it was"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_ignores_spacing_and_case_but_not_words() {
        assert_eq!(fingerprint("The  talks\nbegan."), fingerprint("the talks began."));
        assert_ne!(fingerprint("the talks began."), fingerprint("the talks ended."));
    }
}
