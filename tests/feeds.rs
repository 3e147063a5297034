//! Feeds and `pull`, against a real HTTP server on loopback (tests/support/http.rs):
//! RSS, Atom and JSON Feed items as articles, summary-only items fetched from their
//! link, links that would read a local file refused, a failing feed among good ones,
//! a malformed feed, a second pull that adds nothing, subscription lists, and
//! newsboat's cache read as a library. Nothing here reaches beyond 127.0.0.1.

#[path = "support/http.rs"]
mod http;

use http::{Reply, Request, Server};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, OnceLock};

const STORY: &str = "<!doctype html><html><head><meta charset=\"utf-8\">\
    <title>Prisoners exchanged at the border</title>\
    <meta property=\"og:site_name\" content=\"Northern Post\"></head><body>\
    <nav>Home | World</nav><article><h1>Prisoners exchanged at the border</h1>\
    <p>Both sides exchanged prisoners at the border crossing on Tuesday, the mediators \
    said, the first such exchange since the talks in Geneva resumed last week.</p>\
    <p>Monitors watched the exchange from the bridge and reported no incidents.</p>\
    </article></body></html>";

const FULL: &str = "<p>Delegations from both sides met in Geneva on Monday to discuss a \
    ceasefire along the front line, officials said, after weeks of shelling.</p>\
    <p>The negotiators agreed to meet again within the week.</p>";

fn rss(base: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Northern Post</title><link>{base}/</link><description>News</description>
<item><title>Talks resume in Geneva</title><link>{base}/story/1</link><guid>n-1</guid>
<pubDate>Tue, 05 Mar 2024 10:00:00 +0100</pubDate><author>jane@post.example (Jane Doe)</author>
<description>Talks resume.</description>
<content:encoded><![CDATA[{FULL}]]></content:encoded></item>
<item><title>Prisoners exchanged</title><link>/story/2</link><guid>n-2</guid>
<pubDate>Wed, 06 Mar 2024 08:30:00 GMT</pubDate>
<description>A short summary only.</description></item>
<item><title>Passwords</title><link>file:///etc/passwd</link><guid>n-3</guid>
<description>Read this.</description></item>
</channel></rss>"#
    )
}

fn atom(base: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Southern Courier</title>
<link href="{base}/"/><id>urn:courier</id><updated>2024-03-05T12:00:00Z</updated>
<entry><title>Ceasefire talks open: ../../etc/</title><id>urn:c-1</id><link href="{base}/courier/1"/>
<updated>2024-03-05T12:00:00+02:00</updated><author><name>A. Writer</name></author>
<content type="html">{}</content></entry>
<entry><title>Exchange at the border</title><id>urn:c-2</id><link href="{base}/story/2"/>
<updated>2024-03-06T09:00:00Z</updated><summary>Only a summary.</summary></entry>
</feed>"#,
        FULL.replace('<', "&lt;").replace('>', "&gt;")
    )
}

fn json_feed(base: &str) -> String {
    serde_json::json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Eastern Wire",
        "home_page_url": format!("{base}/"),
        "items": [
            {"id": "w-1", "url": format!("{base}/wire/1"), "title": "Geneva talks",
             "content_html": FULL, "date_published": "2024-03-05T10:00:00-05:00",
             "authors": [{"name": "Wire Staff"}]},
            {"id": "w-2", "url": format!("{base}/story/2"), "title": "Border exchange",
             "summary": "Only a summary."}
        ]
    })
    .to_string()
}

/// The server's own address, for feeds that name absolute links.
type Base = Arc<OnceLock<String>>;

fn site(base: &Base, req: &Request) -> Reply {
    let b = base.get().cloned().unwrap_or_default();
    match req.path.as_str() {
        "/rss.xml" => Reply::with("application/rss+xml", rss(&b)),
        "/atom.xml" => Reply::with("application/atom+xml; charset=utf-8", atom(&b)),
        "/feed.json" => Reply::with("application/feed+json", json_feed(&b)),
        "/plain.xml" => Reply::with("text/xml", rss(&b)),
        "/broken.xml" => Reply::with("application/rss+xml", "<rss><channel><item><title>"),
        "/story/2" => Reply::html(STORY),
        "/page.html" => Reply::html(STORY),
        _ => Reply::status(404),
    }
}

fn server() -> Server {
    let base: Base = Arc::new(OnceLock::new());
    let b = base.clone();
    let s = Server::start(move |r| site(&b, r));
    let _ = base.set(s.url(""));
    s
}

fn parallax_in(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("NO_PROXY", "127.0.0.1,localhost")
        .env("no_proxy", "127.0.0.1,localhost")
        .output()
        .expect("run parallax")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn list_json(home: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["list", "--json"];
    all.extend(args);
    let out = parallax_in(home, &all);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("list --json")
}

fn titles(list: &serde_json::Value) -> Vec<String> {
    list["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap().into())
        .collect()
}

#[test]
fn rss_items_are_articles_and_summaries_are_fetched_from_their_link() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    let list = list_json(home.path(), &[&s.url("/rss.xml")]);
    assert_eq!(titles(&list), ["Talks resume in Geneva", "Prisoners exchanged at the border"]);
    let a = &list["articles"][0];
    assert_eq!(a["outlet"], "Northern Post");
    assert_eq!(a["url"], s.url("/story/1"));
    // The feed's date is the instant: 10:00 at +01:00.
    assert_eq!(a["date"], "2024-03-05T09:00:00Z");
    assert!(a["words"].as_u64().unwrap() > 20, "{a}");
    let b = &list["articles"][1];
    assert_eq!(b["url"], s.url("/story/2"));
    assert_eq!(b["outlet"], "Northern Post");
    assert_eq!(b["date"], "2024-03-06T08:30:00Z");
    // The full-text item was not fetched; the summary-only one was, once.
    let paths: Vec<String> = s.requests().into_iter().map(|r| r.path).collect();
    assert_eq!(paths, ["/rss.xml", "/story/2"]);
    // The item linking to a local file is refused, and nothing of the file is read.
    let skipped = list["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0]["path"], "file:///etc/passwd");
    assert_eq!(skipped[0]["reason"], "refused: file:// is not fetched");
    assert!(!list.to_string().contains("root:"));
}

#[test]
fn atom_and_json_feeds_and_a_feed_sent_as_plain_xml() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    let atom = list_json(home.path(), &[&s.url("/atom.xml")]);
    assert_eq!(
        titles(&atom),
        ["Ceasefire talks open: ../../etc/", "Prisoners exchanged at the border"]
    );
    assert_eq!(atom["articles"][0]["byline"], "A. Writer");
    assert_eq!(atom["articles"][0]["date"], "2024-03-05T10:00:00Z");
    assert_eq!(atom["articles"][0]["outlet"], "Southern Courier");
    let json = list_json(home.path(), &[&s.url("/feed.json")]);
    assert_eq!(titles(&json), ["Geneva talks", "Prisoners exchanged at the border"]);
    assert_eq!(json["articles"][0]["date"], "2024-03-05T15:00:00Z");
    assert_eq!(json["articles"][0]["outlet"], "Eastern Wire");
    let plain = list_json(home.path(), &[&s.url("/plain.xml")]);
    assert_eq!(plain["articles"].as_array().unwrap().len(), 2);
}

#[test]
fn a_feed_file_is_read_and_its_paths_are_refused() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    let feed = home.path().join("saved.rss");
    let text = rss(&s.url("")).replace("<link>/story/2</link>", "<link>../secret.txt</link>");
    std::fs::write(&feed, text).unwrap();
    std::fs::write(home.path().join("secret.txt"), "the secret text").unwrap();
    let list = list_json(home.path(), &[feed.to_str().unwrap()]);
    assert_eq!(titles(&list), ["Talks resume in Geneva"]);
    let reasons: Vec<&str> =
        list["skipped"].as_array().unwrap().iter().map(|s| s["reason"].as_str().unwrap()).collect();
    assert_eq!(
        reasons,
        ["refused: not a URL (a path in a feed is not read)", "refused: file:// is not fetched"]
    );
    assert!(!list.to_string().contains("secret text"));
}

#[test]
fn a_malformed_or_missing_feed_alone_is_one_line_and_exit_2() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    for (path, reason) in [("/broken.xml", "not a feed: "), ("/gone.xml", "HTTP 404")] {
        let url = s.url(path);
        let out = parallax_in(home.path(), &["list", &url]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with(&format!("parallax: {url}: {reason}")), "{err}");
    }
}

fn pull(home: &Path, args: &[&str]) -> (Option<i32>, serde_json::Value) {
    let mut all = vec!["pull", "--json"];
    all.extend(args);
    let out = parallax_in(home, &all);
    let report =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stderr(&out)));
    (out.status.code(), report)
}

/// Every file under `dir`, relative to it.
fn files(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p.strip_prefix(dir).unwrap().to_string_lossy().into_owned());
            }
        }
    }
    out.sort();
    out
}

#[test]
fn pull_writes_new_articles_once_and_a_failing_feed_does_not_stop_the_others() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    let archive = home.path().join("archive");
    let into = archive.to_str().unwrap();
    let feeds = [s.url("/rss.xml"), s.url("/gone.xml"), s.url("/broken.xml"), s.url("/atom.xml")];
    let mut args: Vec<&str> = feeds.iter().map(String::as_str).collect();
    args.extend(["--into", into]);
    let (code, first) = pull(home.path(), &args);
    assert_eq!(code, Some(1), "{first}");
    let f = first["feeds"].as_array().unwrap();
    assert_eq!(f.len(), 4);
    assert_eq!(
        (f[0]["new"].as_array().unwrap().len(), &f[0]["error"]),
        (2, &serde_json::Value::Null)
    );
    assert_eq!(f[0]["skipped"][0]["reason"], "refused: file:// is not fetched");
    assert_eq!(f[1]["error"], "HTTP 404");
    assert!(f[2]["error"].as_str().unwrap().starts_with("not a feed: "), "{}", f[2]);
    // The Atom feed's second item is the same story as the RSS feed's: one file.
    assert_eq!((f[3]["new"].as_array().unwrap().len(), f[3]["already"].as_u64()), (1, Some(1)));
    let written = files(&archive);
    assert_eq!(written.len(), 3, "{written:?}");
    for name in &written {
        let file = name.rsplit('/').next().unwrap();
        assert!(
            file.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
                && !file.starts_with('.'),
            "{name}"
        );
    }
    let story_fetches = |s: &Server| s.requests().iter().filter(|r| r.path == "/story/2").count();
    assert_eq!(story_fetches(&s), 1);

    // The second pull finds nothing new and fetches no article again.
    let (_, second) = pull(home.path(), &args);
    let f = second["feeds"].as_array().unwrap();
    assert_eq!((f[0]["new"].as_array().unwrap().len(), f[0]["already"].as_u64()), (0, Some(2)));
    assert_eq!(f[0]["skipped"][0]["path"], "file:///etc/passwd", "a refused item is tried again");
    assert_eq!((f[3]["new"].as_array().unwrap().len(), f[3]["already"].as_u64()), (0, Some(2)));
    assert_eq!(files(&archive), written);
    assert_eq!(story_fetches(&s), 1);

    // The archive reads back as a library, with each article's URL, outlet and date.
    let list = list_json(home.path(), &[into]);
    let mut got: Vec<(String, String, String)> = list["articles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            let field = |k: &str| a[k].as_str().unwrap_or_default().to_owned();
            (field("url"), field("outlet"), field("date"))
        })
        .collect();
    got.sort();
    let story1 = (s.url("/story/1"), "Northern Post".into(), "2024-03-05T09:00:00Z".into());
    let story2 = (s.url("/story/2"), "Northern Post".into(), "2024-03-06T08:30:00Z".into());
    let courier = (s.url("/courier/1"), "Southern Courier".into(), "2024-03-05T10:00:00Z".into());
    assert_eq!(got, [courier, story1, story2]);
}

#[test]
fn pull_reads_the_subscriptions_where_feed_readers_keep_them() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config");
    std::fs::create_dir_all(config.join("parallax")).unwrap();
    std::fs::create_dir_all(config.join("newsboat")).unwrap();
    let opml = format!(
        r#"<?xml version="1.0"?><opml version="2.0"><head><title>subs</title></head><body>
        <outline text="World"><outline text="Post" type="rss" xmlUrl="{}"/></outline></body></opml>"#,
        s.url("/rss.xml")
    );
    std::fs::write(config.join("parallax/feeds.opml"), opml).unwrap();
    std::fs::write(
        config.join("parallax/config.toml"),
        format!("[feeds]\nurls = [\"{}\"]\n", s.url("/atom.xml")),
    )
    .unwrap();
    std::fs::write(
        config.join("newsboat/urls"),
        format!(
            "# mine\n{} \"wire\" \"~Wire\"\n\"query:Unread:unread = \\\"yes\\\"\"\n",
            s.url("/feed.json")
        ),
    )
    .unwrap();
    let (code, report) = pull(home.path(), &[]);
    assert_eq!(code, Some(0), "{report}");
    let urls: Vec<&str> =
        report["feeds"].as_array().unwrap().iter().map(|f| f["url"].as_str().unwrap()).collect();
    assert_eq!(urls, [s.url("/rss.xml"), s.url("/atom.xml"), s.url("/feed.json")]);
    let archive = home.path().join("data/parallax/archive");
    assert_eq!(report["archive"], archive.to_str().unwrap());
    assert_eq!(files(&archive).len(), 4, "{:?}", files(&archive));

    // With nothing subscribed, pull says where to subscribe.
    let bare = tempfile::tempdir().unwrap();
    let out = parallax_in(bare.path(), &["pull"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no feeds to pull"), "{}", stderr(&out));
}

#[test]
fn opml_and_newsboat_lists_parse() {
    use parallax::feeds::{Subscription, from_newsboat, from_opml};
    let opml = r#"<?xml version="1.0"?><opml version="1.0"><head/><body>
        <outline text="Tech"><outline text="Ars" xmlUrl="https://ars.example/feed"/>
        <outline text="Deep"><outline title="Deeper" text="d" xmlUrl="https://deep.example/rss"/></outline></outline>
        </body></opml>"#;
    let got: Vec<String> = from_opml(opml).unwrap().into_iter().map(|s| s.url).collect();
    assert_eq!(got, ["https://ars.example/feed", "https://deep.example/rss"]);
    assert!(from_opml("not xml at all").is_err());
    let urls = "https://a.example/rss \"~A\" tag\n# comment\n\n\"query:x:unread = \\\"yes\\\"\"\nhttp://b.example/feed\n";
    assert_eq!(
        from_newsboat(urls),
        [
            Subscription { url: "https://a.example/rss".into(), title: Some("A".into()) },
            Subscription { url: "http://b.example/feed".into(), title: None },
        ]
    );
}

#[test]
fn an_archive_that_cannot_be_written_fails_the_feed() {
    let s = server();
    let home = tempfile::tempdir().unwrap();
    // A file where the archive folder should be: no folder can be made under it.
    let blocked = home.path().join("archive");
    std::fs::write(&blocked, "not a folder").unwrap();
    let (code, report) =
        pull(home.path(), &[&s.url("/rss.xml"), "--into", blocked.to_str().unwrap()]);
    assert_eq!(code, Some(1), "{report}");
    let error = report["feeds"][0]["error"].as_str().unwrap();
    assert!(error.starts_with("not written to "), "{error}");
    assert_eq!(std::fs::read_to_string(&blocked).unwrap(), "not a folder");
}

#[test]
fn newsboat_cache_items_are_a_library() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("cache.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "CREATE TABLE rss_feed (rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024), title VARCHAR(1024));
         CREATE TABLE rss_item (id INTEGER PRIMARY KEY AUTOINCREMENT, guid VARCHAR(64), title VARCHAR(1024),
           author VARCHAR(1024), url VARCHAR(1024), feedurl VARCHAR(1024), pubDate INTEGER, content VARCHAR(65535));
         INSERT INTO rss_feed VALUES ('https://post.example/rss', 'https://post.example/', 'Northern Post');",
    )
    .unwrap();
    let body = format!("{FULL}<script>alert(1)</script><p>\u{1b}[31mred\u{1b}[0m text.</p>");
    conn.execute(
        "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content) VALUES
         ('g1', 'Talks resume in Geneva', 'Jane Doe', 'https://post.example/1', 'https://post.example/rss', 1709629200, ?1),
         ('g2', 'Empty', NULL, 'https://post.example/2', 'https://post.example/rss', 'not a date', '')",
        [&body],
    )
    .unwrap();
    drop(conn);
    let list = list_json(home.path(), &[db.to_str().unwrap()]);
    assert_eq!(titles(&list), ["Talks resume in Geneva"]);
    let a = &list["articles"][0];
    assert_eq!(
        (&a["outlet"], &a["byline"], &a["date"], &a["url"]),
        (
            &"Northern Post".into(),
            &"Jane Doe".into(),
            &"2024-03-05T09:00:00Z".into(),
            &"https://post.example/1".into()
        )
    );
    assert_eq!(list["skipped"][0]["path"], "https://post.example/2");
    assert!(!list.to_string().contains('\u{1b}'));

    // Any other database alone is one line and exit 2.
    let other = home.path().join("other.db");
    rusqlite::Connection::open(&other).unwrap().execute_batch("CREATE TABLE t (x);").unwrap();
    let out = parallax_in(home.path(), &["list", other.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a newsboat cache: no such table: rss_item"),
        "{}",
        stderr(&out)
    );
}
