//! HTML: the main text of a page, through a real parser (scraper / html5ever).
//!
//! The text is read from `<article>`, else `<main>`, else `<body>`, leaving out
//! scripts, styles, navigation, headers, footers, asides, forms and hidden elements.
//! Title from the first `<h1>` (else JSON-LD `headline`, `og:title`, `<title>`); byline,
//! date, outlet and URL from the common meta tags and JSON-LD. The walk is iterative,
//! so a page nested ten thousand deep costs no stack.

use super::{Block, DocMeta, Role, collapse, content, normalize_date};
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};
use serde_json::Value;

/// Elements whose whole subtree is page furniture or not text.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
    "iframe", "button", "select", "textarea", "input", "canvas", "object", "embed", "head",
    "dialog", "menu",
];
/// Elements that end a block of text.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dd",
    "dt",
    "dl",
    "figure",
    "figcaption",
    "br",
    "hr",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "body",
    "center",
    "details",
    "summary",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
const FURNITURE_ROLES: &[&str] =
    &["navigation", "banner", "contentinfo", "complementary", "search"];

pub fn extract(source: &str) -> (Vec<Block>, DocMeta) {
    let doc = Html::parse_document(source);
    let mut meta = metadata(&doc);
    let mut blocks = Vec::new();
    // Names can mislead (a layout box called "sidebar" around the article): when what
    // is found by them is short, the page is read again without them, and the longer
    // reading kept.
    for unlikely in [content::Unlikely::of(&doc), content::Unlikely::off()] {
        let mut found = Vec::new();
        for root in content::main_content(&doc, skipped, &unlikely).unwrap_or_default() {
            text_blocks(root, Some(&unlikely), &mut found);
        }
        if chars(&found) > chars(&blocks) {
            blocks = found;
        }
        if chars(&blocks) >= SHORT_ARTICLE {
            break;
        }
    }
    if blocks.is_empty() {
        // No paragraph anywhere to tell the article by: the page's own markup says.
        let root = ["article", "main", "[role=main]", "body"]
            .iter()
            .find_map(|s| doc.select(&selector(s)).next())
            .unwrap_or_else(|| doc.root_element());
        text_blocks(root, None, &mut blocks);
    }

    let h1 = doc
        .select(&selector("h1"))
        .map(|h| collapse(&h.text().collect::<String>()))
        .find(|t| !t.is_empty());
    // The headline as the page's data states it (JSON-LD, Open Graph, `<meta>`), else
    // as the page shows it.
    let title = meta.title.take().or_else(|| h1.clone()).or_else(|| {
        let t = collapse(&doc.select(&selector("title")).next()?.text().collect::<String>());
        Some(strip_site(&t, meta.outlet.as_deref()))
    });
    if let Some(t) = title.as_ref().filter(|t| !t.is_empty()) {
        // The block showing it may word it as the page's `<h1>` does.
        let shows = |b: &Block| &b.text == t || h1.as_ref() == Some(&b.text);
        match blocks.iter().position(shows) {
            Some(i) if i < 3 => blocks[i].role = Role::Title,
            _ => blocks.insert(0, Block::new(Role::Title, t.clone())),
        }
        meta.title = Some(t.clone());
    }
    if let Some(by) = &meta.byline {
        let at = blocks.iter().position(|b| b.role == Role::Title).map_or(0, |t| t + 1);
        let shown = blocks.iter().take(at + 4).any(|b| b.text.contains(by.as_str()));
        if !shown {
            blocks.insert(at, Block::new(Role::Byline, by.clone()));
        }
    }
    (blocks, meta)
}

/// How far into a page its `<meta>` charset is looked for: the HTML standard's
/// prescan reads 1024 bytes; pages with long heads put it later, so a little more.
const PRESCAN: usize = 4096;

/// The encoding a page declares in a `<meta charset>` or `<meta http-equiv
/// content="…; charset=…">` near its start, looked for in the raw bytes (the
/// declaration is ASCII in every encoding it can name, UTF-16 aside).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = bytes.get(..PRESCAN).unwrap_or(bytes).to_ascii_lowercase();
    let mut rest = head.as_slice();
    while let Some(at) = find(rest, b"<meta") {
        let tag = &rest[at..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(c) = find(tag, b"charset=") {
            let value = tag[c + 8..]
                .iter()
                .skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ')
                .take_while(|&&b| b.is_ascii_alphanumeric() || b"-_:.".contains(&b))
                .copied()
                .collect::<Vec<u8>>();
            if let Some(enc) = encoding_rs::Encoding::for_label(&value) {
                return Some(enc);
            }
        }
        rest = &rest[at + 5..];
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn selector(s: &str) -> Selector {
    // Only the constant selectors of this file are parsed; a unit test parses them all.
    Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e}"))
}

fn skipped(el: &scraper::node::Element) -> bool {
    SKIP.contains(&el.name())
        || el.attr("hidden").is_some()
        || el.attr("aria-hidden") == Some("true")
        || el.attr("role").is_some_and(|r| FURNITURE_ROLES.contains(&r))
}

/// A block of text that is more than this share of link text is a list of links (a
/// menu, a rail of other stories), not the article's own text.
const LINKS_AT_MOST: f32 = 0.5;

/// Characters of text under which an article found by its containers' names is read
/// again without them.
const SHORT_ARTICLE: usize = 500;

fn chars(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.text.len()).sum()
}

/// The text blocks under `root`, appended to `blocks`. Within the article's container
/// (`unlikely` given), subtrees named like furniture and blocks made of links are left out.
fn text_blocks(
    root: ElementRef<'_>,
    unlikely: Option<&content::Unlikely>,
    blocks: &mut Vec<Block>,
) {
    let strict = unlikely.is_some();
    let mut cur = Pending::default();
    let mut skip = 0usize;
    let mut pre = 0usize;
    let mut links = 0usize;
    let mut role = Role::Body;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if skip > 0 || skipped(el) => skip += 1,
                Node::Element(_)
                    if ElementRef::wrap(node)
                        .is_some_and(|e| e != root && unlikely.is_some_and(|u| u.is(e))) =>
                {
                    skip += 1
                }
                Node::Element(el) => {
                    let name = el.name();
                    if BLOCK.contains(&name) {
                        cur.flush(role, pre > 0, strict, blocks);
                        role = Role::Body;
                    }
                    if name == "a" {
                        links += 1;
                    }
                    if HEADINGS.contains(&name) {
                        role = Role::Heading;
                    }
                    if name == "pre" {
                        pre += 1;
                    }
                    if name == "li" {
                        cur.text.push_str("\u{2022} ");
                    }
                }
                Node::Text(t) if skip == 0 => {
                    cur.text.push_str(t);
                    if links > 0 {
                        cur.linked += t.trim().len();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(el) = node.value() {
                    if skip > 0 {
                        skip -= 1;
                        continue;
                    }
                    let name = el.name();
                    if BLOCK.contains(&name) {
                        cur.flush(role, pre > 0, strict, blocks);
                        role = Role::Body;
                    }
                    if name == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    if name == "a" {
                        links = links.saturating_sub(1);
                    }
                }
            }
        }
    }
    cur.flush(role, pre > 0, strict, blocks);
}

/// The text of the block being read, and how much of it is link text.
#[derive(Default)]
struct Pending {
    text: String,
    linked: usize,
}

impl Pending {
    fn flush(&mut self, role: Role, pre: bool, strict: bool, blocks: &mut Vec<Block>) {
        if self.text.trim() == "\u{2022}" {
            return; // a list item's bullet waits for its text
        }
        let text = if pre {
            self.text.trim_end().trim_start_matches('\n').to_owned()
        } else {
            collapse(&self.text)
        };
        let links = self.linked as f32 > LINKS_AT_MOST * text.len() as f32;
        let menu = strict && links;
        if !text.is_empty() && !menu {
            blocks.push(Block::new(role, text));
        }
        self.text.clear();
        self.linked = 0;
    }
}

/// "Headline | The Outlet" → "Headline" when the suffix is the outlet's name.
fn strip_site(title: &str, outlet: Option<&str>) -> String {
    for sep in [" | ", " - ", " \u{2013} ", " \u{2014} "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && outlet.is_some_and(|o| o.eq_ignore_ascii_case(tail.trim()))
        {
            return head.trim().to_owned();
        }
    }
    title.to_owned()
}

/// What the page says about itself, in order of trust: JSON-LD, then Open Graph
/// (`og:`, `article:`), then other `<meta>` tags (`name` or `itemprop`), then the page
/// itself: `<time>`, `rel=canonical` and byline-classed elements.
fn metadata(doc: &Html) -> DocMeta {
    let mut m = DocMeta::default();
    for script in doc.select(&selector(r#"script[type="application/ld+json"]"#)) {
        if let Ok(v) = serde_json::from_str::<Value>(&script.text().collect::<String>()) {
            json_ld(&v, &mut m, 0);
        }
    }
    let (mut og, mut named) = (DocMeta::default(), DocMeta::default());
    for el in doc.select(&selector("meta[content]")) {
        let v = el.value();
        let Some(key) = v.attr("property").or(v.attr("name")).or(v.attr("itemprop")) else {
            continue;
        };
        let content = collapse(v.attr("content").unwrap_or_default());
        if content.is_empty() {
            continue;
        }
        let key = key.to_ascii_lowercase();
        let m = if key.starts_with("og:") || key.starts_with("article:") {
            &mut og
        } else {
            &mut named
        };
        let slot = match key.as_str() {
            "author" | "article:author" | "dc.creator" | "byl" | "parsely-author"
                if !content.starts_with("http") =>
            {
                &mut m.byline
            }
            "article:published_time"
            | "date"
            | "pubdate"
            | "publishdate"
            | "publish-date"
            | "dc.date"
            | "dc.date.issued"
            | "datepublished"
            | "og:published_time"
            | "parsely-pub-date" => &mut m.date,
            "og:site_name" | "application-name" | "publisher" => &mut m.outlet,
            "og:title" | "twitter:title" => &mut m.title,
            "og:url" => &mut m.url,
            _ => continue,
        };
        slot.get_or_insert(content);
    }
    for lower in [og, named] {
        m.title = m.title.or(lower.title);
        m.byline = m.byline.or(lower.byline);
        m.date = m.date.or(lower.date);
        m.outlet = m.outlet.or(lower.outlet);
        m.url = m.url.or(lower.url);
    }
    if m.date.is_none() {
        m.date = doc
            .select(&selector("time[datetime]"))
            .find_map(|t| t.value().attr("datetime").map(str::to_owned));
    }
    if m.url.is_none() {
        m.url = doc
            .select(&selector("link[rel=canonical][href]"))
            .find_map(|l| l.value().attr("href").map(str::to_owned));
    }
    if m.byline.is_none() {
        m.byline = doc
            .select(&selector("[rel~=author], [itemprop~=author], .byline, .author"))
            .map(|e| collapse(&e.text().collect::<String>()))
            .map(|t| strip_by(&t).to_owned())
            .find(|t| !t.is_empty() && t.chars().count() <= 100);
    }
    m.byline = m.byline.map(|b| strip_by(&b).to_owned());
    m.date = m.date.map(|d| normalize_date(&d));
    m
}

fn strip_by(s: &str) -> &str {
    let t = s.trim();
    match t.get(..3) {
        Some(p) if p.eq_ignore_ascii_case("by ") => t[3..].trim(),
        _ => t,
    }
}

/// The article object of a JSON-LD block (possibly inside an array or `@graph`).
fn json_ld(v: &Value, m: &mut DocMeta, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| json_ld(i, m, depth + 1)),
        Value::Object(o) => {
            if let Some(g) = o.get("@graph") {
                json_ld(g, m, depth + 1);
            }
            if o.get("headline").is_none() {
                return;
            }
            let name = |v: &Value| -> Option<String> {
                match v {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(o) => o.get("name")?.as_str().map(str::to_owned),
                    Value::Array(a) => {
                        let names: Vec<String> = a
                            .iter()
                            .filter_map(|x| match x {
                                Value::String(s) => Some(s.clone()),
                                Value::Object(o) => o.get("name")?.as_str().map(str::to_owned),
                                _ => None,
                            })
                            .collect();
                        (!names.is_empty()).then(|| names.join(", "))
                    }
                    _ => None,
                }
            };
            let get =
                |k: &str| o.get(k).and_then(name).map(|s| collapse(&s)).filter(|s| !s.is_empty());
            m.title = m.title.take().or_else(|| get("headline"));
            m.byline = m.byline.take().or_else(|| get("author"));
            m.date = m.date.take().or_else(|| get("datePublished"));
            m.outlet = m.outlet.take().or_else(|| get("publisher"));
            m.url = m.url.take().or_else(|| get("url"));
        }
        _ => {}
    }
}
