//! `parallax diff`, run as a script would run it, on versions made by editing a seed
//! here and on the bad inputs: identical files, an empty side, a file against itself,
//! two unrelated articles, CRLF against LF, one text in two encodings, a missing path.

use std::fs;
use std::path::{Path, PathBuf};

fn parallax(args: &[&str]) -> std::process::Output {
    static HOME: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let home = HOME.get_or_init(|| tempfile::tempdir().expect("tempdir")).path();
    support::parallax_in(home, args)
}

mod support;

fn seed(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name);
    fs::read_to_string(path).expect("seed")
}

const A: &str = "002_426d75bc5307f069.txt";
const B: &str = "000_ba60962b0478ce8e.txt";

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    fs::write(&p, bytes).expect("write");
    p
}

fn json(left: &Path, right: &Path) -> serde_json::Value {
    let out = parallax(&["diff", "--json", left.to_str().unwrap(), right.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn plain(left: &Path, right: &Path) -> String {
    let out = parallax(&["diff", left.to_str().unwrap(), right.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn an_edited_copy_gives_its_changes_word_exact() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed(A);
    let mut paras: Vec<String> = text.split("\n\n").map(str::to_owned).collect();
    paras[5] = paras[5].replacen(" past year", " past twelve months", 1);
    let removed = paras.remove(8);
    paras.insert(12, "Officials in Brussels declined to comment on the report.".into());
    let (a, b) =
        (write(dir.path(), "a.txt", &text), write(dir.path(), "b.txt", paras.join("\n\n")));
    let edited = paras.join("\n\n");
    let v = json(&a, &b);
    assert_eq!(v["versions"], true);
    assert!(v["similarity"].as_f64().unwrap() > 0.9, "{}", v["similarity"]);
    assert_eq!(v["left"]["path"].as_str().map(|p| p.ends_with("a.txt")), Some(true));
    assert_eq!(v["contrast"].as_array().map(Vec::len), Some(0));
    let hunks = v["hunks"].as_array().unwrap();
    let kinds: Vec<&str> = hunks.iter().map(|h| h["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["changed", "removed", "added"]);
    let slice = |t: &str, s: &serde_json::Value| {
        t[s[0].as_u64().unwrap() as usize..s[1].as_u64().unwrap() as usize].to_string()
    };
    let words: Vec<(String, String)> = hunks[0]["words"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| {
            let t = if w["side"] == "left" { &text } else { &edited };
            (w["side"].as_str().unwrap().to_owned(), slice(t, &w["span"]))
        })
        .collect();
    assert_eq!(words, [("left".into(), "year".into()), ("right".into(), "twelve months".into())]);
    assert_eq!(slice(&text, &hunks[1]["left"]), removed.trim());
    assert_eq!(hunks[1]["right"], serde_json::Value::Null);
    assert_eq!(
        slice(&edited, &hunks[2]["right"]),
        "Officials in Brussels declined to comment on the report."
    );

    let shown = plain(&a, &b);
    assert!(
        shown.contains("versions: 3 changes · 2 words, 1 paragraph removed, 1 paragraph added"),
        "{shown}"
    );
    assert!(
        shown.contains("- In the past [-year-],")
            && shown.contains("+ In the past {+twelve months+},"),
        "{shown}"
    );
}

#[test]
fn identical_files_itself_and_crlf_are_identical() {
    let dir = tempfile::tempdir().unwrap();
    let text = seed(A);
    let a = write(dir.path(), "a.txt", &text);
    let copy = write(dir.path(), "copy.txt", &text);
    let crlf = write(dir.path(), "crlf.txt", text.replace('\n', "\r\n"));
    for other in [&copy, &a, &crlf] {
        let v = json(&a, other);
        assert_eq!((v["versions"].as_bool(), v["similarity"].as_f64()), (Some(true), Some(1.0)));
        assert_eq!(v["hunks"].as_array().map(Vec::len), Some(0), "{other:?}");
        assert!(plain(&a, other).contains("versions: identical, similarity 1.00"));
    }
}

#[test]
fn one_text_in_two_encodings_is_identical() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Le cessez-le-feu signé à Genève\n\nLe ministère a confirmé hier soir que \
                l’accord était signé. Les délégués, réunis à Genève depuis lundi, ont salué \
                « une étape décisive » vers la paix.\n\nLa trêve entre en vigueur à minuit.\n";
    let (cp1252, _, unmapped) = encoding_rs::WINDOWS_1252.encode(text);
    assert!(!unmapped);
    let a = write(dir.path(), "utf8.txt", text);
    let b = write(dir.path(), "cp1252.txt", &cp1252);
    let v = json(&a, &b);
    assert_eq!(v["hunks"].as_array().map(Vec::len), Some(0), "{v}");
    assert_eq!(v["similarity"].as_f64(), Some(1.0));
}

#[test]
fn unrelated_articles_are_not_versions_and_give_their_contrast() {
    let dir = tempfile::tempdir().unwrap();
    let (text_a, text_b) = (seed(A), seed(B));
    let (a, b) = (write(dir.path(), "a.txt", &text_a), write(dir.path(), "b.txt", &text_b));
    let v = json(&a, &b);
    assert_eq!(v["versions"], false);
    assert!(v["similarity"].as_f64().unwrap() < 0.1);
    assert_eq!(v["hunks"].as_array().map(Vec::len), Some(0));
    let contrast = v["contrast"].as_array().unwrap();
    assert!(!contrast.is_empty(), "two takes of one story have linked passages");
    for c in contrast {
        for (key, text) in [("left_only", &text_a), ("right_only", &text_b)] {
            for s in c[key].as_array().unwrap() {
                let (s, e) = (s[0].as_u64().unwrap() as usize, s[1].as_u64().unwrap() as usize);
                assert!(s < e && text.is_char_boundary(s) && text.is_char_boundary(e));
            }
        }
    }
    assert!(plain(&a, &b).contains("not versions of one text"));
}

#[test]
fn an_empty_side_is_no_version_and_no_error() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", seed(A));
    let empty = write(dir.path(), "empty.txt", "");
    let v = json(&a, &empty);
    assert_eq!((v["versions"].as_bool(), v["similarity"].as_f64()), (Some(false), Some(0.0)));
    assert_eq!(v["hunks"].as_array().map(Vec::len), Some(0));
    let both = json(&empty, &empty);
    assert_eq!(both["versions"], true, "two empty files are the same text");
}

#[test]
fn a_missing_path_is_one_line_and_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.txt", seed(A));
    let out = parallax(&["diff", a.to_str().unwrap(), "/definitely/not/here.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("/definitely/not/here.txt"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn export_is_one_self_contained_page_with_the_text_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = format!("{}\n\nA <script>alert(1)</script> & <img src=x onerror=y>.", seed(A));
    let (a, b) = (write(dir.path(), "a.txt", &hostile), write(dir.path(), "b.txt", seed(B)));
    let out = parallax(&["export", a.to_str().unwrap(), b.to_str().unwrap(), "--html"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.starts_with("<!doctype html>") && page.contains("@media (max-width:760px)"));
    assert!(!page.contains("<script") && !page.contains("<img"), "article text escaped");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img"));
    assert!(!page.contains("src=\"http") && !page.contains("href=\"http"), "nothing fetched");
    assert!(page.contains("class=\"link\" href=\"#r"), "linked passages point at each other");
    assert!(page.contains("<span class=\"only\">"), "contrast marks");
    let md = parallax(&["export", a.to_str().unwrap(), b.to_str().unwrap(), "--md"]);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("# ") && md.contains("**") && md.contains("> "), "{md}");
}
