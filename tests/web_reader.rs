//! Web pages asked for inside the reader, against a real HTTP server on loopback: a URL
//! typed at `o` in the library joins it, one typed in the article picker fills the
//! focused pane, and a server that never answers leaves every key answering.

#[path = "support/http.rs"]
mod http;
mod support;

use http::{Reply, Request, Server};
use support::{Opts, TIMEOUT, Term};

const STORY: &str = "<!doctype html><html><head><meta charset=\"utf-8\">\
    <title>Grain corridor reopens | Harbour Daily</title>\
    <meta property=\"og:site_name\" content=\"Harbour Daily\"></head><body>\
    <nav>Home | World</nav><article><h1>Grain corridor reopens after weeks of talks</h1>\
    <p>Ships carrying grain left the port on Tuesday after negotiators agreed to reopen \
    the sea corridor, officials said, ending weeks of uncertainty for farmers.</p>\
    <p>The deal allows inspections of vessels and guarantees safe passage through \
    mined waters near the coast, according to the mediators.</p></article></body></html>";

fn site(req: &Request) -> Reply {
    match req.path.as_str() {
        "/story" => Reply::html(STORY),
        "/stall" => Reply::Stall,
        _ => Reply::status(404),
    }
}

fn opts() -> Opts {
    Opts::size(140, 30)
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
}

/// The seeds' library, listed.
fn library() -> Term {
    let t = Term::parallax_with(&[], opts());
    t.wait_for("5 articles", TIMEOUT);
    t
}

#[test]
fn a_url_typed_in_the_library_joins_it_selected() {
    let s = Server::start(site);
    let mut t = library();
    t.send("o");
    t.wait_for("open URL:", TIMEOUT);
    t.send(&format!("{}\r", s.url("/story")));
    t.wait_for("fetched: Grain corridor reopens after weeks of talks — Harbour Daily", TIMEOUT);
    t.wait_for("6 articles", TIMEOUT);
    // Its preview is the page's text: the selected row is the new article.
    t.wait_for("Ships carrying grain left the port", TIMEOUT);
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn a_failing_url_is_one_line_and_the_library_stays() {
    let s = Server::start(site);
    let mut t = library();
    t.send("o");
    t.wait_for("open URL:", TIMEOUT);
    t.send(&format!("{}\r", s.url("/missing")));
    t.wait_for(&format!("{}: HTTP 404", s.url("/missing")), TIMEOUT);
    t.send("o");
    t.wait_for("open URL:", TIMEOUT);
    t.send("file:///etc/passwd\r");
    t.wait_for("file:///etc/passwd: refused: file:// is not fetched", TIMEOUT);
    assert!(t.screen().contains("5 articles"), "{}", t.screen());
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn a_url_typed_in_the_picker_fills_the_focused_pane() {
    let s = Server::start(site);
    let root = env!("CARGO_MANIFEST_DIR");
    let (a, b) = (
        format!("{root}/seeds/000_ba60962b0478ce8e.txt"),
        format!("{root}/seeds/001_89fa8f4c1e8583af.txt"),
    );
    let mut t = Term::parallax_with(&[&a, &b], opts());
    t.wait_for("In just over a month", TIMEOUT);
    t.send("o");
    t.send(&format!("{}\r", s.url("/story")));
    t.wait_for("fetched: Grain corridor reopens", TIMEOUT);
    // The left pane (focused) shows the page; the right one keeps its article.
    t.wait_until("the page in the left pane", TIMEOUT, |screen| {
        let text = screen.contents();
        text.contains("Ships carrying grain") && text.contains("The Ukrainian conflict is")
    });
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}

#[test]
fn a_stalled_server_freezes_nothing_and_ctrl_c_quits() {
    let s = Server::start(site);
    let mut t = library();
    t.send("o");
    t.wait_for("open URL:", TIMEOUT);
    let url = s.url("/stall");
    t.send(&format!("{url}\r"));
    t.wait_for(&format!("fetching {url}"), TIMEOUT);
    // The server holds the request; the library still answers: a filter is typed.
    t.send("/putin");
    // Only the list's half is looked at: the preview names other articles as related.
    t.wait_until("the list filtered meanwhile", TIMEOUT, |screen| {
        let list: String = screen.rows(0, 70).collect::<Vec<_>>().join("\n");
        list.contains("/ putin") && !list.contains("Zelensky and Increasingly")
    });
    t.send("\x03");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0), "still running after ctrl-c");
}

#[test]
fn a_page_bookmarked_yesterday_is_fetched_again_and_opened_at_its_passage() {
    let s = Server::start(site);
    let home = tempfile::tempdir().expect("tempdir");
    let kept = |o: Opts| {
        let dir = |sub: &str| home.path().join(sub).display().to_string();
        o.env("XDG_STATE_HOME", &dir("state"))
            .env("XDG_CONFIG_HOME", &dir("config"))
            .env("XDG_CACHE_HOME", &dir("cache"))
    };
    let root = env!("CARGO_MANIFEST_DIR");
    let (a, b) = (
        format!("{root}/seeds/000_ba60962b0478ce8e.txt"),
        format!("{root}/seeds/001_89fa8f4c1e8583af.txt"),
    );
    let mut t = Term::parallax_with(&[&a, &b], kept(opts()));
    t.wait_for("In just over a month", TIMEOUT);
    t.send("o");
    t.send(&format!("{}\r", s.url("/story")));
    t.wait_for("fetched: Grain corridor reopens", TIMEOUT);
    t.send("}}");
    t.send("m");
    t.wait_for("Bookmark · note", TIMEOUT);
    t.send("the inspections\r");
    t.wait_for("bookmarked: the inspections", TIMEOUT);
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));

    // Another day, the seeds' library: the bookmark's page is not in it.
    let mut t = Term::parallax_with(&[], kept(opts()));
    t.wait_for("5 articles", TIMEOUT);
    t.send("'");
    t.wait_for("the inspections — Grain corridor", TIMEOUT);
    t.send("\r");
    t.wait_for("bookmark: the inspections", TIMEOUT);
    t.wait_until("the page open at the bookmarked passage", TIMEOUT, |screen| {
        screen.contents().contains("The deal allows inspections of vessels")
    });
    t.send("q");
    assert_eq!(t.wait_exit(TIMEOUT), Some(0));
}
