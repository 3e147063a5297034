//! URLs wherever a path goes, against a real HTTP server on loopback (tests/support/
//! http.rs): redirects, errors, encodings, size cap, stalls, revalidation, offline.
//! Nothing here reaches beyond 127.0.0.1; `NO_PROXY` keeps a proxy in the
//! environment out of it.

#[path = "support/http.rs"]
mod http;
mod support;

use http::{Reply, Request, Server};
use std::path::Path;
use std::process::{Command, Output};
use support::{Opts, TIMEOUT, Term};

const LEFT: &str = "<!doctype html><html><head><meta charset=\"utf-8\">\
    <title>Ceasefire talks resume in Geneva | Northern Post</title>\
    <meta property=\"og:site_name\" content=\"Northern Post\"></head><body>\
    <nav>Home | World | Sport</nav><article><h1>Ceasefire talks resume in Geneva</h1>\
    <p>Delegations from both sides met in Geneva on Monday to discuss a ceasefire along \
    the front line, officials said, after weeks of shelling near the river.</p>\
    <p>The negotiators agreed to exchange prisoners and to allow monitors into the \
    contested villages, according to a statement from the mediators.</p>\
    <p>Critics warned that a truce without guarantees would only give the armies time \
    to regroup before the winter.</p></article></body></html>";

const RIGHT: &str = "<!doctype html><html><head><title>Geneva truce talks</title></head>\
    <body><main><h1>Truce talks open in Geneva with a prisoner swap</h1>\
    <p>Negotiators meeting in Geneva agreed on Monday to a prisoner exchange and to let \
    monitors enter the contested villages, the mediators said in a statement.</p>\
    <p>The ceasefire under discussion would hold along the whole front line, officials \
    said, though shelling continued near the river overnight.</p></main></body></html>";

/// The pages every test serves, by path.
fn site(req: &Request) -> Reply {
    let cyrillic = "<html><head><meta http-equiv=\"Content-Type\" \
        content=\"text/html; charset=windows-1251\"></head><body><article>\
        <h1>Переговоры в Женеве</h1><p>Делегации обеих сторон встретились в Женеве в \
        понедельник, чтобы обсудить перемирие вдоль линии фронта.</p></article></body></html>";
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(cyrillic);
    match req.path.as_str() {
        "/left" => {
            if req.header("if-none-match") == Some("\"v1\"") {
                return Reply::Full { status: 304, headers: vec![], body: vec![] };
            }
            Reply::html(LEFT).header("ETag", "\"v1\"")
        }
        "/right" => Reply::html(RIGHT),
        "/hop/3" => Reply::redirect(301, "/hop/2"),
        // An absolute Location, then a relative one.
        "/hop/2" => {
            Reply::redirect(302, &format!("http://{}/hop/1", req.header("host").unwrap_or("")))
        }
        "/hop/1" => Reply::redirect(307, "/right"),
        "/loop" => Reply::redirect(302, "/loop"),
        "/to-file" => Reply::redirect(302, "file:///etc/passwd"),
        "/missing" => Reply::status(404),
        "/broken" => Reply::status(500),
        "/gzip" => Reply::Full {
            status: 200,
            headers: vec![
                ("Content-Type".into(), "text/html".into()),
                ("Content-Encoding".into(), "gzip".into()),
            ],
            body: http::gzip_stored(RIGHT.as_bytes()),
        },
        // zlib-wrapped, as the spec says; raw, as some servers send it; and a small
        // body that would unfold past the size cap.
        "/deflate" => deflated(RIGHT.as_bytes(), true),
        "/raw-deflate" => deflated(RIGHT.as_bytes(), false),
        "/deflate-bomb" => deflated(&vec![b' '; 30_000_000], true),
        "/meta-1251" => Reply::with("text/html", cp1251.into_owned()),
        "/wrong-header" => Reply::with("text/html; charset=utf-8", cp1251.into_owned()),
        "/utf8-sent-as-latin1" => Reply::with(
            "text/html; charset=iso-8859-1",
            cyrillic.replace("windows-1251", "iso-8859-1").into_bytes(),
        ),
        "/huge" | "/huge-declared" => Reply::Stream {
            content_type: "text/html".into(),
            chunk: b"<p>more text, more text, more text</p>\n".repeat(1000),
            total: 50_000_000,
            declare: req.path == "/huge-declared",
        },
        "/paper.pdf" => Reply::with("application/pdf", b"%PDF-1.4 not a page".to_vec()),
        "/chrome" => Reply::html(
            "<html><head><title>Home</title></head><body><nav>Home | World</nav>\
             <script>track()</script><footer>© 2024</footer></body></html>",
        ),
        "/escapes" => Reply::html(
            "<html><body><article><h1>Shelling\u{1b}[2J near the river</h1><p>Officials said \
             the shelling \u{1b}]0;owned\u{7} continued overnight near the river crossing.</p>\
             </article></body></html>",
        ),
        "/stall" => Reply::Stall,
        _ => Reply::status(404),
    }
}

fn deflated(body: &[u8], zlib: bool) -> Reply {
    use std::io::Write;
    let level = flate2::Compression::default();
    let body = if zlib {
        let mut e = flate2::write::ZlibEncoder::new(Vec::new(), level);
        e.write_all(body).and_then(|()| e.finish()).unwrap()
    } else {
        let mut e = flate2::write::DeflateEncoder::new(Vec::new(), level);
        e.write_all(body).and_then(|()| e.finish()).unwrap()
    };
    Reply::Full {
        status: 200,
        headers: vec![
            ("Content-Type".into(), "text/html".into()),
            ("Content-Encoding".into(), "deflate".into()),
        ],
        body,
    }
}

fn server() -> Server {
    Server::start(site)
}

fn parallax_in(home: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_parallax"));
    cmd.args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run parallax")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn list_json(home: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["list", "--json"];
    all.extend(args);
    let out = parallax_in(home, &all, &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("list --json")
}

/// A URL that fails alone: exit code 2 and one line on stderr naming it and why.
fn fails_alone(home: &Path, url: &str, env: &[(&str, &str)]) -> String {
    let out = parallax_in(home, &["list", url], env);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{url}: {err}");
    assert!(out.stdout.is_empty(), "{url}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with(&format!("parallax: {url}: ")), "{err}");
    err.trim_end().to_owned()
}

#[test]
fn a_page_is_an_article_that_remembers_its_url_and_site() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let v = list_json(home.path(), &[&s.url("/left"), &s.url("/gzip")]);
    let a = &v["articles"];
    assert_eq!(a[0]["title"], "Ceasefire talks resume in Geneva");
    assert_eq!(a[0]["outlet"], "Northern Post");
    assert_eq!(a[0]["path"], s.url("/left"));
    assert_eq!(a[0]["url"], s.url("/left"));
    assert!(a[0]["words"].as_u64().unwrap() > 40, "{v}");
    // gzip-encoded, and no site name: the host is the outlet.
    assert_eq!(a[1]["title"], "Truce talks open in Geneva with a prisoner swap");
    assert_eq!(a[1]["outlet"], "127.0.0.1");
    let gz = s.requests().into_iter().find(|r| r.path == "/gzip").unwrap();
    assert!(gz.header("accept-encoding").is_some_and(|e| e.contains("gzip")), "{gz:?}");
    // The cache holds each page as its bytes and a sidecar.
    let pages = home.path().join("cache/parallax/pages");
    let sidecars: Vec<serde_json::Value> = std::fs::read_dir(&pages)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| serde_json::from_slice(&std::fs::read(p).unwrap()).unwrap())
        .collect();
    assert_eq!(sidecars.len(), 2);
    let left = sidecars.iter().find(|m| m["url"] == s.url("/left")).unwrap();
    assert_eq!(left["etag"], "\"v1\"");
    assert_eq!(left["content_type"], "text/html; charset=utf-8");
}

#[test]
fn redirects_are_followed_to_the_end_and_the_final_url_kept() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let v = list_json(home.path(), &[&s.url("/hop/3")]);
    assert_eq!(v["articles"][0]["url"], s.url("/right"), "{v}");
    assert_eq!(v["articles"][0]["path"], s.url("/hop/3"));
    let paths: Vec<String> = s.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/hop/3", "/hop/2", "/hop/1", "/right"]);
}

#[test]
fn bad_urls_alone_are_one_line_and_exit_2() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let h = home.path();
    let cases = [
        ("/loop", "too many redirects (more than 10)"),
        ("/missing", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/paper.pdf", "not HTML: application/pdf"),
        ("/chrome", "no article text on the page"),
        ("/to-file", "refused: redirected to file:// (only http and https are fetched)"),
    ];
    for (path, reason) in cases {
        let url = s.url(path);
        assert_eq!(fails_alone(h, &url, &[]), format!("parallax: {url}: {reason}"));
    }
    let loops = s.requests().iter().filter(|r| r.path == "/loop").count();
    assert_eq!(loops, 11, "the first request and ten redirects");
    // A port nobody listens on (tcpmux, never served here): no server is started
    // for it, so no other test's server can be handed it.
    let gone = "http://127.0.0.1:1/left";
    assert_eq!(fails_alone(h, gone, &[]), format!("parallax: {gone}: connection refused"));
    assert_eq!(
        fails_alone(h, "file:///etc/passwd", &[]),
        "parallax: file:///etc/passwd: refused: file:// is not fetched"
    );
    // Every command that takes paths takes URLs, and fails the same way.
    let url = s.url("/missing");
    for args in [
        vec!["topics", url.as_str()],
        vec!["align", url.as_str(), url.as_str()],
        vec!["diff", url.as_str(), url.as_str()],
        vec!["lens", url.as_str(), url.as_str()],
        vec!["export", "--md", url.as_str(), url.as_str()],
        vec!["search", "geneva", url.as_str()],
        vec![url.as_str()],
    ] {
        let out = parallax_in(h, &args, &[]);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr(&out), format!("parallax: {url}: HTTP 404\n"), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}: nothing drawn");
    }
}

#[test]
fn among_several_a_failing_url_is_skipped_and_the_rest_is_read() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("note.txt");
    std::fs::write(&file, "A note\n\nThe ceasefire held for a day near the river.\n").unwrap();
    let v = list_json(
        home.path(),
        &[&s.url("/missing"), file.to_str().unwrap(), &s.url("/right"), "file:///etc/passwd"],
    );
    let titles: Vec<&str> =
        v["articles"].as_array().unwrap().iter().filter_map(|a| a["title"].as_str()).collect();
    assert_eq!(titles, ["A note", "Truce talks open in Geneva with a prisoner swap"]);
    let skipped: Vec<(String, String)> = v["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap().into(), s["reason"].as_str().unwrap().into()))
        .collect();
    assert_eq!(
        skipped,
        [
            (s.url("/missing"), "HTTP 404".to_owned()),
            ("file:///etc/passwd".to_owned(), "refused: file:// is not fetched".to_owned())
        ]
    );
}

#[test]
fn charsets_from_the_meta_and_despite_a_wrong_header() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let v = list_json(
        home.path(),
        &[&s.url("/meta-1251"), &s.url("/wrong-header"), &s.url("/utf8-sent-as-latin1")],
    );
    for a in v["articles"].as_array().unwrap() {
        assert_eq!(a["title"], "Переговоры в Женеве", "{a}");
    }
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(3));
    let url = s.url("/meta-1251");
    let align = parallax_in(home.path(), &["align", "--json", &url, &url], &[]);
    let text = String::from_utf8_lossy(&align.stdout);
    assert!(text.contains("встретились в Женеве"), "{text}{}", stderr(&align));
}

#[test]
fn escape_bytes_in_a_page_never_reach_the_output() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let out = parallax_in(home.path(), &["diff", &s.url("/escapes"), &s.url("/escapes")], &[]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!out.stdout.contains(&0x1b), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(!out.stdout.contains(&0x07));
}

#[test]
fn deflate_bodies_are_read_wrapped_or_raw_and_capped_inflated() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let v = list_json(home.path(), &[&s.url("/deflate"), &s.url("/raw-deflate")]);
    for a in v["articles"].as_array().unwrap() {
        assert_eq!(a["title"], "Truce talks open in Geneva with a prisoner swap", "{v}");
    }
    let asked = s.requests().into_iter().find(|r| r.path == "/deflate").unwrap();
    assert!(asked.header("accept-encoding").is_some_and(|e| e.contains("deflate")), "{asked:?}");
    let url = s.url("/deflate-bomb");
    assert_eq!(
        fails_alone(home.path(), &url, &[]),
        format!("parallax: {url}: too large: over 20 MB")
    );
}

#[test]
fn a_body_over_the_cap_is_refused_without_reading_it_all() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    for path in ["/huge", "/huge-declared"] {
        let (url, before) = (s.url(path), s.streamed());
        assert_eq!(
            fails_alone(home.path(), &url, &[]),
            format!("parallax: {url}: too large: over 20 MB")
        );
        // The client hung up: the server could not hand over the 50 MB.
        let taken = s.streamed() - before;
        assert!(taken < 50_000_000, "{path}: {taken} bytes were taken");
    }
}

#[test]
fn a_server_that_never_answers_times_out() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let url = s.url("/stall");
    assert_eq!(
        fails_alone(home.path(), &url, &[("PARALLAX_FETCH_TIMEOUT", "1")]),
        format!("parallax: {url}: timed out after 1 s")
    );
}

#[test]
fn a_kept_page_is_revalidated_and_offline_reads_only_the_cache() {
    let (s, home) = (server(), tempfile::tempdir().unwrap());
    let h = home.path();
    let left = s.url("/left");
    let offline = parallax_in(h, &["list", "--offline", &left], &[]);
    assert_eq!(offline.status.code(), Some(2));
    assert_eq!(stderr(&offline), format!("parallax: {left}: not in the page cache (--offline)\n"));
    assert!(s.requests().is_empty(), "offline asked the server");

    let first = list_json(h, &[&left]);
    let second = list_json(h, &[&left]);
    assert_eq!(first["articles"], second["articles"]);
    let asked = s.requests();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[0].header("if-none-match"), None);
    assert_eq!(asked[1].header("if-none-match"), Some("\"v1\""), "revalidated with the ETag");

    // Offline: the kept copy, and the server is not asked.
    let third = list_json(h, &["--offline", &left]);
    assert_eq!(third["articles"], first["articles"]);
    assert_eq!(s.requests().len(), 2);
}

#[test]
fn two_pages_open_side_by_side_in_the_reader() {
    let s = server();
    let (left, right) = (s.url("/left"), s.url("/right"));
    let opts = Opts::size(140, 30).env("NO_PROXY", "127.0.0.1,localhost");
    let mut t = Term::parallax_with(&[&left, &right], opts);
    t.wait_until("both pages drawn side by side", TIMEOUT, |screen| {
        let text = screen.contents();
        screen.alternate_screen()
            && text.contains("Ceasefire talks resume in Geneva")
            && text.contains("Truce talks open in Geneva")
    });
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn ctrl_c_during_a_fetch_quits_before_the_screen_ever_changes() {
    let s = server();
    let url = s.url("/stall");
    let mut t = Term::parallax_with(&[&url, &s.url("/right")], Opts::size(100, 20));
    // The fetch has begun: the line says so, and the server holds the request.
    t.wait_for(&format!("fetching {url}"), TIMEOUT);
    t.send("\x03");
    assert!(t.wait_exit_status(TIMEOUT).is_some(), "still running after ctrl-c");
    let raw = t.raw();
    assert!(!raw.windows(8).any(|w| w == b"\x1b[?1049h"), "the alternate screen was entered");
    assert!(!s.requests().iter().any(|r| r.path == "/right"), "went on fetching");
}
