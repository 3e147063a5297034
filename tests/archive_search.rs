//! `parallax search`: the archive index as a script meets it — kept beside the index
//! cache, updated file by file, and working whatever its folder holds.

use serde_json::Value;
use std::fs;
use std::path::Path;
use std::process::Output;

mod support;

fn parallax(home: &Path, args: &[&str]) -> Output {
    support::parallax_in(home, args)
}

fn search(home: &Path, lib: &Path, query: &str) -> (Value, String) {
    let out = parallax(home, &["search", query, lib.to_str().unwrap(), "--json"]);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stderr}");
    (serde_json::from_slice(&out.stdout).expect("JSON"), stderr)
}

/// A small library of three articles on two stories.
fn library(dir: &Path) {
    fs::write(
        dir.join("a.txt"),
        "Talks resume in Geneva\n\nOfficials in Kiev said negotiations on a cease-fire would resume.\n\nThe weather was mild.",
    )
    .unwrap();
    fs::write(
        dir.join("b.txt"),
        "Ceasefire holds\n\nIn Kyiv the ceasefire held for a third day, officials said.\n\nMarkets rose.",
    )
    .unwrap();
    fs::write(dir.join("c.txt"), "Harvest report\n\nFarmers brought in a record wheat harvest.")
        .unwrap();
}

fn paths(v: &Value) -> Vec<String> {
    let hits = v["hits"].as_array().expect("hits");
    hits.iter()
        .map(|h| h["path"].as_str().unwrap().rsplit('/').next().unwrap().to_owned())
        .collect()
}

#[test]
fn finds_by_spelling_variant_and_stem_and_shows_the_passage() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    let (v, _) = search(home.path(), lib.path(), "Kyiv ceasefire");
    assert_eq!(paths(&v), ["b.txt", "a.txt"], "{v}");
    let top = &v["hits"][0];
    assert_eq!(top["text"], "In Kyiv the ceasefire held for a third day, officials said.");
    let [s, e] = [0, 1].map(|i| top["span"][i].as_u64().unwrap() as usize);
    let text = fs::read_to_string(lib.path().join("b.txt")).unwrap();
    assert_eq!(&text[s..e], top["text"].as_str().unwrap());
    // "Kiev" and "cease-fire" as written in the other article.
    assert!(v["hits"][1]["text"].as_str().unwrap().contains("Kiev"));
    let (v, _) = search(home.path(), lib.path(), "harvests");
    assert_eq!(paths(&v), ["c.txt"]);
    let (v, _) = search(home.path(), lib.path(), "the");
    assert_eq!(paths(&v), Vec::<String>::new(), "stop words match nothing");
}

#[test]
fn a_second_search_reads_nothing_and_changes_are_taken_file_by_file() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    let index = |v: &Value| {
        ["added", "changed", "removed", "total"].map(|k| v["index"][k].as_u64().unwrap())
    };
    let (v, _) = search(home.path(), lib.path(), "wheat");
    assert_eq!(index(&v), [3, 0, 0, 3]);
    let (v, _) = search(home.path(), lib.path(), "wheat");
    assert_eq!(index(&v), [0, 0, 0, 3], "unchanged: nothing read again");

    fs::write(lib.path().join("c.txt"), "Harvest report\n\nThe barley harvest failed this year.")
        .unwrap();
    fs::remove_file(lib.path().join("a.txt")).unwrap();
    fs::write(lib.path().join("d.txt"), "Wheat prices\n\nWheat prices fell after the harvest.")
        .unwrap();
    let (v, _) = search(home.path(), lib.path(), "wheat");
    assert_eq!(index(&v), [1, 1, 1, 3]);
    assert_eq!(paths(&v), ["d.txt"], "the changed file no longer says wheat");
    let (v, _) = search(home.path(), lib.path(), "negotiations");
    assert_eq!(paths(&v), Vec::<String>::new(), "the removed file is gone from the index");
}

/// The archive folder of the only library searched in `home`.
fn archive_folder(home: &Path) -> std::path::PathBuf {
    let cache = home.join("cache/parallax");
    let mut found = fs::read_dir(&cache).unwrap().flatten().map(|e| e.path());
    found.find(|p| p.file_name().unwrap().to_string_lossy().starts_with("archive-")).unwrap()
}

#[test]
fn a_broken_or_foreign_index_is_rebuilt_with_a_warning() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    search(home.path(), lib.path(), "wheat");
    let folder = archive_folder(home.path());

    fs::write(folder.join("meta.json"), b"{ not json").unwrap();
    let (v, stderr) = search(home.path(), lib.path(), "wheat");
    assert!(stderr.contains("could not be read") && stderr.contains("rebuilt"), "{stderr}");
    assert_eq!(paths(&v), ["c.txt"]);
    assert_eq!(v["index"]["added"], 3);

    fs::write(folder.join("parallax-version"), "parallax archive index 0\n").unwrap();
    let (v, stderr) = search(home.path(), lib.path(), "wheat");
    assert!(stderr.contains("another version") && stderr.contains("rebuilt"), "{stderr}");
    assert_eq!(paths(&v), ["c.txt"]);

    let (v, stderr) = search(home.path(), lib.path(), "wheat");
    assert!(stderr.is_empty(), "once rebuilt, nothing to say: {stderr}");
    assert_eq!(v["index"]["added"], 0);
}

#[test]
fn an_index_made_with_other_lists_is_rebuilt_with_them() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    let (v, _) = search(home.path(), lib.path(), "grain");
    assert_eq!(paths(&v), Vec::<String>::new());
    // The user joins a spelling to "wheat": the articles already indexed are read again.
    let config = home.path().join("config/parallax");
    fs::create_dir_all(&config).unwrap();
    fs::write(config.join("aliases.toml"), "[crops]\nwheat = [\"grain\"]\n").unwrap();
    let (v, stderr) = search(home.path(), lib.path(), "grain");
    assert!(
        stderr.contains("other alias or topic lists") && stderr.contains("rebuilt"),
        "{stderr}"
    );
    assert_eq!(paths(&v), ["c.txt"]);
    assert_eq!(v["index"]["added"], 3);
    let (_, stderr) = search(home.path(), lib.path(), "grain");
    assert!(stderr.is_empty(), "once rebuilt, nothing to say: {stderr}");
}

#[test]
fn an_unwritable_cache_gives_an_index_in_memory() {
    let (home, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    // The cache folder is a file: nothing can be made under it.
    fs::write(home.path().join("cache"), "not a folder").unwrap();
    let (v, stderr) = search(home.path(), lib.path(), "ceasefire");
    assert!(stderr.contains("kept in memory"), "{stderr}");
    assert_eq!(paths(&v), ["b.txt", "a.txt"]);
}

#[test]
fn the_seeds_are_searched_when_no_path_is_named_and_a_missing_path_is_one_line() {
    let home = tempfile::tempdir().unwrap();
    let out = parallax(home.path(), &["search", "Kursk"]);
    assert!(out.status.success());
    let plain = String::from_utf8_lossy(&out.stdout);
    assert!(plain.contains("Kursk"), "{plain}");

    let out = parallax(home.path(), &["search", "Kursk", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("/no/such/folder"), "{stderr}");
}

/// Related articles of every article at once (what `list` asks above the topic
/// index's size), found in the index's kept word counts, then kept until it changes.
#[test]
fn related_of_every_article_are_found_from_the_index_and_kept_until_it_changes() {
    use parallax::archive::{ArchiveIndex, Disk};
    use parallax::corpus::{CacheMode, Catalog, LoadOptions};
    let (cache, lib) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    library(lib.path());
    let opts = LoadOptions { cache: CacheMode::Off, ..LoadOptions::default() };
    let catalog = |lib: &Path| Catalog::load(&[lib.to_path_buf()], &opts, &mut |_| {}).unwrap();
    let aliases = parallax::index::Lexicons::embedded();
    let mut index = Disk::open(Some(cache.path()), &aliases);
    index.update(&catalog(lib.path()), &mut |_| {}).unwrap();
    let names = |found: &[parallax::archive::Found]| -> Vec<String> {
        found.iter().map(|f| f.path.rsplit('/').next().unwrap().to_owned()).collect()
    };
    let related = |index: &Disk| {
        let all = index.related_all(3, &mut |_| {}).unwrap();
        let mut v: Vec<(String, Vec<String>)> =
            all.iter().map(|(p, f)| (p.rsplit('/').next().unwrap().to_owned(), names(f))).collect();
        v.sort();
        v
    };
    let first = related(&index);
    let expect = |pairs: &[(&str, &[&str])]| -> Vec<(String, Vec<String>)> {
        pairs
            .iter()
            .map(|(a, r)| (a.to_string(), r.iter().map(|s| s.to_string()).collect()))
            .collect()
    };
    assert_eq!(first, expect(&[("a.txt", &["b.txt"]), ("b.txt", &["a.txt"]), ("c.txt", &[])]));
    // The reader's route (one article asked at a time) names the same ones.
    let cat = catalog(lib.path());
    for i in 0..cat.len() {
        let a = cat.article(i).unwrap();
        let name = a.path.rsplit('/').next().unwrap().to_owned();
        let one = (name.clone(), names(&index.related(&a, 3).unwrap()));
        assert!(first.contains(&one), "{one:?} in {first:?}");
    }
    let kept = cache.path().join("parallax-related.json");
    assert!(kept.is_file());
    // An update with nothing to do commits nothing: what is kept stays what it was.
    let meta = || fs::read_to_string(cache.path().join("meta.json")).unwrap();
    let before = meta();
    let nothing = index.update(&catalog(lib.path()), &mut |_| {}).unwrap();
    assert_eq!((nothing.added, nothing.changed, nothing.removed), (0, 0, 0));
    assert_eq!(meta(), before, "no commit");
    // Kept: a second ask reads the file, whatever it says (written here to tell).
    let again = Disk::open(Some(cache.path()), &aliases);
    assert_eq!(related(&again), first);
    drop(again);

    fs::write(
        lib.path().join("d.txt"),
        "Wheat prices\n\nWheat prices fell after a record harvest.",
    )
    .unwrap();
    index.update(&catalog(lib.path()), &mut |_| {}).unwrap();
    let changed = related(&index);
    assert_eq!(changed.len(), 4, "a changed index is related again: {changed:?}");
    assert!(changed.contains(&("c.txt".into(), vec!["d.txt".into()])), "{changed:?}");
}

/// Indexing a library while it is listed (each file read once, what `list` and
/// `search` do) gives the index that listing it and then indexing it gives: the same
/// searches, related articles and topics; and fed again, an unchanged library adds
/// nothing while a changed file replaces its article.
#[test]
fn an_archive_indexed_as_it_is_listed_is_the_one_indexed_after() {
    use parallax::archive::{ArchiveIndex, Disk, Feeder};
    use parallax::corpus::{CacheMode, Catalog, LoadOptions};
    #[path = "../benches/support/archive.rs"]
    mod generated;
    let lib = tempfile::tempdir().unwrap();
    generated::generate(lib.path(), 240, 11).unwrap();
    let opts = LoadOptions { cache: CacheMode::Off, threads: 2, ..LoadOptions::default() };
    let lexicons = parallax::index::Lexicons::embedded();
    let roots = [lib.path().to_path_buf()];
    let (fed_dir, after_dir) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let fed_into = || {
        let feeder = Feeder::new(|| Disk::open(Some(fed_dir.path()), &lexicons), 0);
        let catalog = Catalog::load_feeding(&roots, &opts, &mut |_| {}, Some(&feeder)).unwrap();
        let (index, fed) = feeder.done();
        let mut index = index.expect("opened for a library of any files");
        let updated = index.update_fed(&catalog, fed, &mut |_| {}).unwrap();
        (index, updated)
    };
    let (fed, first) = fed_into();
    let mut after = Disk::open(Some(after_dir.path()), &lexicons);
    let catalog = Catalog::load(&roots, &opts, &mut |_| {}).unwrap();
    let updated = after.update(&catalog, &mut |_| {}).unwrap();
    assert!(updated.added > 200, "{updated:?}");
    assert_eq!(first, updated);

    let sorted = |index: &Disk| {
        let mut all: Vec<_> = index.related_all(3, &mut |_| {}).unwrap().into_iter().collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    };
    assert_eq!(sorted(&fed), sorted(&after));
    assert_eq!(fed.topics().unwrap(), after.topics().unwrap());
    let topics = fed.topics().unwrap();
    assert!(topics.iter().any(|t| !t.terms.is_empty() && t.articles >= 2), "{topics:?}");
    for query in ["ceasefire", "sanctions talks", "election"] {
        // Every hit: which of equals a shorter page ends on is the indexing's order.
        assert_eq!(fed.search(query, 1000).unwrap(), after.search(query, 1000).unwrap(), "{query}");
    }

    drop(fed);
    let (_, again) = fed_into();
    assert_eq!((again.added, again.changed, again.total), (0, 0, first.total));
    // A file rewritten with other words: its article is read again, not added twice.
    let path = &catalog.files
        [catalog.entries.iter().find(|e| e.path.ends_with(".txt")).unwrap().file as usize];
    fs::write(path, "Quince harvest\n\nGrowers in the valley report a quince harvest.").unwrap();
    let (fed, changed) = fed_into();
    assert_eq!((changed.added, changed.changed, changed.total), (0, 1, first.total));
    let found = fed.search("quince", 10).unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
}
