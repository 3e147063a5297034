//! Which part of a web page is the article.
//!
//! A page holds its article among menus, teasers, share bars and comments. Each run
//! of text long enough to be a paragraph votes for the containers above it (its
//! parent fully, the next two less), more for longer text with more commas; a
//! container named like content gains, one named like furniture loses, and a
//! container whose text is mostly links is discounted by that share. The best
//! container is taken, with those of its siblings that score near it or are
//! paragraphs themselves: an article split over several blocks comes whole. The walk
//! is iterative, like the rest of the HTML path, so no nesting depth costs stack.

use super::super::furniture::Furniture;
use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};
use std::collections::{HashMap, HashSet};

/// Text shorter than this (in bytes) is not a paragraph and votes for nothing.
const MIN_PARAGRAPH: usize = 25;
/// How far up an article split over several containers is looked for their common
/// ancestor.
const SPLIT_DEPTH: usize = 64;
/// How much naming weighs on a container, against the paragraphs it holds.
const NAME_WEIGHT: f32 = 25.0;
/// Elements that make a `div` a container rather than a paragraph of its own.
const BLOCK_CHILDREN: &[&str] = &[
    "a",
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
];

/// Text and link text (bytes, whitespace collapsed) and commas under an element.
#[derive(Debug, Default, Clone, Copy)]
pub struct Stats {
    text: usize,
    link: usize,
    commas: usize,
}

impl Stats {
    fn link_density(&self) -> f32 {
        if self.text == 0 { 0.0 } else { self.link as f32 / self.text as f32 }
    }
}

/// The containers of the article's text, in page order, or `None` when no text on the
/// page is long enough to be a paragraph. `left_out` says which subtrees are never
/// text (scripts, navigation, hidden elements).
pub fn main_content<'a>(
    doc: &'a Html,
    left_out: impl Fn(&scraper::node::Element) -> bool,
    unlikely: &Unlikely,
) -> Option<Vec<ElementRef<'a>>> {
    let furniture = Furniture::shipped();
    let (stats, paragraphs) = measure(doc, &left_out, unlikely);
    let mut scores: HashMap<NodeId, f32> = HashMap::new();
    for &(id, s, own) in &paragraphs {
        let Some(node) = doc.tree.get(id) else { continue };
        let vote = 1.0 + s.commas as f32 + (s.text as f32 / 100.0).min(3.0);
        // Loose text of a container is a paragraph whose parent is that container.
        let first = if own { Some(node) } else { None };
        for (level, up) in first.into_iter().chain(node.ancestors()).take(3).enumerate() {
            let Some(el) = ElementRef::wrap(up) else { break };
            if el.value().name() == "html" {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            *scores.entry(up.id()).or_insert_with(|| base(el, furniture)) += vote / divider;
        }
    }
    let adjusted =
        |id: NodeId, score: f32| score * (1.0 - stats.get(&id).map_or(0.0, Stats::link_density));
    let (mut top, mut top_score) = scores
        .iter()
        .map(|(&id, &s)| (id, adjusted(id, s)))
        .max_by(|a, b| a.1.total_cmp(&b.1).then_with(|| b.0.cmp(&a.0)))?;

    // An article split over several containers: when three of the next best (each
    // scoring three quarters of the best or more) sit under one ancestor of the best,
    // that ancestor holds the article.
    let mut ranked: Vec<(NodeId, f32)> =
        scores.iter().map(|(&id, &s)| (id, adjusted(id, s))).collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let rivals: Vec<HashSet<NodeId>> = ranked
        .iter()
        .filter(|&&(id, s)| id != top && s >= 0.75 * top_score)
        .take(4)
        .filter_map(|&(id, _)| doc.tree.get(id))
        .map(|n| n.ancestors().take(SPLIT_DEPTH).map(|a| a.id()).collect())
        .collect();
    if rivals.len() >= 3 {
        let above = doc.tree.get(top)?.ancestors().take(SPLIT_DEPTH);
        for node in above {
            if node.value().as_element().is_none_or(|e| matches!(e.name(), "body" | "html")) {
                break;
            }
            if rivals.iter().filter(|r| r.contains(&node.id())).count() >= 3 {
                top = node.id();
                top_score =
                    scores.get(&top).map_or(top_score, |&s| adjusted(top, s).max(top_score));
                break;
            }
        }
    }

    // A parent that scores better than its best child holds more of the article.
    let mut last = top_score;
    let mut up = doc.tree.get(top)?.parent();
    while let Some(node) = up {
        let Some(el) = ElementRef::wrap(node) else { break };
        if matches!(el.value().name(), "body" | "html") {
            break;
        }
        if let Some(&s) = scores.get(&node.id()) {
            let s = adjusted(node.id(), s);
            if s < top_score / 3.0 {
                break;
            }
            if s > last {
                (top, top_score) = (node.id(), s);
                break;
            }
            last = s;
        }
        up = node.parent();
    }

    let top_el = ElementRef::wrap(doc.tree.get(top)?)?;
    let Some(parent) = top_el.parent() else { return Some(vec![top_el]) };
    let threshold = (top_score * 0.2).max(10.0);
    let top_class = top_el.value().attr("class").filter(|c| !c.is_empty());
    let kept = parent
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|sib| {
            if sib.id() == top {
                return true;
            }
            if left_out(sib.value()) || unlikely.is(*sib) {
                return false;
            }
            let bonus = if top_class.is_some() && sib.value().attr("class") == top_class {
                top_score * 0.2
            } else {
                0.0
            };
            let score = scores.get(&sib.id()).map_or(0.0, |&s| adjusted(sib.id(), s));
            if score + bonus >= threshold {
                return true;
            }
            let s = stats.get(&sib.id()).copied().unwrap_or_default();
            sib.value().name() == "p"
                && ((s.text > 80 && s.link_density() < 0.25)
                    || (s.text > 0 && s.link == 0 && ends_a_sentence(*sib)))
        })
        .collect();
    Some(kept)
}

/// One pass over the page, bottom up: the text of every element, and the paragraphs
/// with theirs: elements standing as a paragraph, and the loose text (with its inline
/// markup) of other containers, marked `true`.
fn measure(
    doc: &Html,
    left_out: &impl Fn(&scraper::node::Element) -> bool,
    unlikely: &Unlikely,
) -> (HashMap<NodeId, Stats>, Vec<Paragraph>) {
    let mut stats = HashMap::new();
    let mut candidates = Vec::new();
    // Open elements with what they hold so far; `skip` counts the subtrees left out.
    let mut open: Vec<Open> = Vec::new();
    let mut skip = 0usize;
    let mut links = 0usize;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if skip > 0 || left_out(el) => skip += 1,
                Node::Element(_) if ElementRef::wrap(node).is_some_and(|e| unlikely.is(e)) => {
                    skip += 1
                }
                Node::Element(el) => {
                    if el.name() == "a" {
                        links += 1;
                    }
                    let paragraph = match el.name() {
                        "p" | "pre" | "td" | "blockquote" => true,
                        "div" | "section" => !node.children().any(|c| {
                            c.value()
                                .as_element()
                                .is_some_and(|e| BLOCK_CHILDREN.contains(&e.name()))
                        }),
                        _ => false,
                    };
                    let inline = INLINE.contains(&el.name());
                    open.push(Open {
                        id: node.id(),
                        all: Stats::default(),
                        own: Stats::default(),
                        paragraph,
                        inline,
                    });
                }
                Node::Text(t) if skip == 0 => {
                    let len: usize = t.split_whitespace().map(|w| w.len() + 1).sum();
                    let commas = t.matches(',').count();
                    let linked = if links > 0 { len } else { 0 };
                    for (i, o) in open.iter_mut().rev().enumerate() {
                        if i == 0 {
                            o.all.add(len, linked, commas);
                        }
                        // Inline markup is part of its block's loose text; a deep
                        // nest of it is not looked through.
                        if !o.inline || i >= INLINE_DEPTH {
                            o.own.add(len, linked, commas);
                            break;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if !node.value().is_element() {
                    continue;
                }
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let Some(o) = open.pop() else { continue };
                if node.value().as_element().is_some_and(|e| e.name() == "a") {
                    links = links.saturating_sub(1);
                }
                if let Some(p) = open.last_mut() {
                    p.all.add(o.all.text, o.all.link, o.all.commas);
                }
                if o.paragraph && o.all.text >= MIN_PARAGRAPH {
                    candidates.push((o.id, o.all, false));
                } else if !o.paragraph && !o.inline && o.own.text >= MIN_PARAGRAPH {
                    candidates.push((o.id, o.own, true));
                }
                stats.insert(o.id, o.all);
            }
        }
    }
    (stats, candidates)
}

/// A paragraph: where it is, what it holds, and whether it is a container's loose text.
type Paragraph = (NodeId, Stats, bool);

/// Inline markup: part of the text of the block around it.
const INLINE: &[&str] = &[
    "a", "b", "i", "em", "strong", "span", "font", "small", "u", "sup", "sub", "abbr", "cite",
    "code", "mark", "q", "s", "time", "label", "big", "var", "ins", "del",
];
/// How many levels of inline markup are looked through to find the block of a text.
const INLINE_DEPTH: usize = 16;

/// An element being read: all its text, its loose text, and what it is.
#[derive(Debug)]
struct Open {
    id: NodeId,
    all: Stats,
    own: Stats,
    paragraph: bool,
    inline: bool,
}

impl Stats {
    fn add(&mut self, text: usize, link: usize, commas: usize) {
        self.text += text;
        self.link += link;
        self.commas += commas;
    }
}

/// Which containers of a page are left out as furniture by their names. Containers
/// that hold the page's own article markup (`<article>`, `<main>`, an `articleBody`)
/// never are: a page may put its article inside a box named for its sidebar layout.
pub struct Unlikely {
    holders: HashSet<NodeId>,
    on: bool,
}

impl Unlikely {
    /// Named furniture left out, except around the page's article markup.
    pub fn of(doc: &Html) -> Unlikely {
        let mut holders = HashSet::new();
        let marked = |n: &ego_tree::NodeRef<'_, Node>| {
            n.value().as_element().is_some_and(|e| {
                matches!(e.name(), "article" | "main")
                    || e.attr("itemprop").is_some_and(|p| p.contains("articleBody"))
            })
        };
        for node in doc.tree.root().descendants().filter(marked) {
            for up in node.ancestors() {
                if !holders.insert(up.id()) {
                    break;
                }
            }
        }
        Unlikely { holders, on: true }
    }

    /// Nothing left out by name: for pages whose names mislead.
    pub fn off() -> Unlikely {
        Unlikely { holders: HashSet::new(), on: false }
    }

    pub fn is(&self, el: ElementRef<'_>) -> bool {
        self.on && !self.holders.contains(&el.id()) && is_unlikely(el, Furniture::shipped())
    }
}

/// A container named like furniture, never the page's own body or article element.
fn is_unlikely(el: ElementRef<'_>, furniture: &Furniture) -> bool {
    !matches!(el.value().name(), "html" | "body" | "article" | "main" | "a")
        && furniture.is_furniture_container(&names(el))
}

/// An element's class and id, lower-cased, for matching against the lexicon.
fn names(el: ElementRef<'_>) -> String {
    let v = el.value();
    let mut s = v.attr("class").unwrap_or_default().to_lowercase();
    s.push(' ');
    s.push_str(&v.attr("id").unwrap_or_default().to_lowercase());
    s
}

/// The starting score of a container: by its kind, and by how it is named.
fn base(el: ElementRef<'_>, furniture: &Furniture) -> f32 {
    let kind = match el.value().name() {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    let n = names(el);
    let mut weight = 0.0;
    if furniture.names_furniture(&n) {
        weight -= NAME_WEIGHT;
    }
    if furniture.names_content(&n) {
        weight += NAME_WEIGHT;
    }
    kind + weight
}

fn ends_a_sentence(el: ElementRef<'_>) -> bool {
    let t: String = el.text().collect();
    let t = t.trim_end();
    t.ends_with(['.', '!', '?', '"', '\u{201d}']) || t.contains(". ")
}
