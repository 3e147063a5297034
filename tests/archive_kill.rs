//! SIGKILL in the middle of bringing the archive index up to date never leaves an
//! index that answers wrongly: the next run opens the last commit and finishes the
//! work, or rebuilds it with a warning.
//!
//! `parallax search` indexes a library; a second run, after many files were added, is
//! killed at moments told by what it leaves in the index folder (never by a time):
//! as soon as it holds the writer's lock (as the kernel's list of locks shows), and as
//! soon as a new segment file appears.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;

mod support;

/// Files of the library; every seventh says the searched word.
fn write_library(dir: &Path, from: usize, to: usize) {
    for i in from..to {
        let word = if i % 7 == 0 { " The zeppelin landed." } else { "" };
        let text = format!(
            "Report {i}\n\nCouncil meeting number {i} discussed budget item {}.{word}\n\n{}",
            i * 31 % 997,
            "Officials said the session would continue next week. ".repeat(20),
        );
        fs::write(dir.join(format!("{i:05}.txt")), text).unwrap();
    }
}

fn search(home: &Path, lib: &Path) -> Command {
    let mut c = Command::new(support::bin());
    c.args(["search", "zeppelin", lib.to_str().unwrap(), "--json", "--limit", "100000"])
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"));
    c
}

/// The archive folder of the only library searched in `home`, once there is one.
fn archive_folder(home: &Path) -> Option<PathBuf> {
    let mut found = fs::read_dir(home.join("cache/parallax")).ok()?.flatten().map(|e| e.path());
    found.find(|p| p.file_name().unwrap().to_string_lossy().starts_with("archive-"))
}

fn files(dir: &Path) -> Vec<String> {
    let names = fs::read_dir(dir).into_iter().flatten().flatten();
    names.map(|e| e.file_name().to_string_lossy().into_owned()).collect()
}

/// Waits until `ready` holds or the child exits; true when it held with the child
/// still running.
fn wait_for(child: &mut Child, mut ready: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    loop {
        if ready() {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        assert!(start.elapsed() < support::TIMEOUT * 24, "neither the moment nor the end came");
        std::thread::yield_now();
    }
}

#[test]
fn sigkill_while_indexing_leaves_an_index_that_opens_and_answers_rightly() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (mut written, mut kills) = (0, 0);
    // Two moments: the writer's lock taken (reading and indexing under way), and a
    // new segment file written (flushing or committing).
    for round in 0..4 {
        let more = written + 600;
        write_library(lib.path(), written, more);
        written = more;
        let folder = archive_folder(home.path());
        let before = folder.as_deref().map(files).unwrap_or_default();
        let mut child = search(home.path(), lib.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let child_id = child.id();
        let killed = wait_for(&mut child, || {
            let Some(folder) = archive_folder(home.path()) else { return false };
            let now = files(&folder);
            match round % 2 {
                0 => holds_lock(child_id, &folder.join(".tantivy-writer.lock")),
                _ => now
                    .iter()
                    .any(|f| !before.contains(f) && (f.ends_with(".idx") || f.ends_with(".store"))),
            }
        });
        if killed {
            child.kill().expect("SIGKILL");
            kills += 1;
        }
        child.wait().unwrap();

        // The next run answers for the whole library, having said why if it rebuilt.
        let out = search(home.path(), lib.path()).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "round {round}: {stderr}");
        assert!(
            stderr.is_empty() || stderr.contains("rebuilt"),
            "round {round}: only a rebuild is worth a word: {stderr}"
        );
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut hits: Vec<String> = (v["hits"].as_array().unwrap().iter())
            .map(|h| h["path"].as_str().unwrap().rsplit('/').next().unwrap().to_owned())
            .collect();
        hits.sort();
        let expected: Vec<String> =
            (0..written).filter(|i| i % 7 == 0).map(|i| format!("{i:05}.txt")).collect();
        assert_eq!(hits, expected, "round {round}");
        assert_eq!(v["index"]["total"], written, "round {round}");
    }
    assert!(kills >= 2, "the runs were killed in the middle, not let finish ({kills} of 4)");
}

/// Whether process `pid` holds the lock on `file` (as the kernel lists it): the index's
/// writer is open, its update under way.
fn holds_lock(pid: u32, file: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(ino) = fs::metadata(file).map(|m| m.ino()) else { return false };
    let locks = fs::read_to_string("/proc/locks").unwrap_or_default();
    locks.lines().any(|l| {
        let f: Vec<&str> = l.split_whitespace().collect();
        f.len() > 5 && f[4] == pid.to_string() && f[5].rsplit(':').next() == Some(&ino.to_string())
    })
}
