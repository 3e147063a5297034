//! Markdown: pulldown-cmark events to blocks. Headings stay passages of their own, the
//! first `#` heading is the title, and the syntax (emphasis marks, link targets, HTML,
//! images) is dropped; a YAML front matter block may name title, author, date, outlet.

use super::{Block, DocMeta, Role, collapse};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

const BULLET: &str = "\u{2022} ";

pub fn extract(text: &str) -> (Vec<Block>, DocMeta) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut blocks = Vec::new();
    let mut meta = DocMeta::default();
    let mut cur = String::new();
    let mut heading: Option<HeadingLevel> = None;
    let mut in_code = false;
    let mut in_meta = false;
    let mut front = String::new();
    let mut image = 0usize;
    for event in Parser::new_ext(text, options) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                flush(&mut cur, Role::Body, &mut blocks);
                heading = Some(level);
            }
            Event::End(TagEnd::Heading(level)) => {
                heading = None;
                let role = if level == HeadingLevel::H1 && meta.title.is_none() {
                    meta.title = Some(collapse(&cur));
                    Role::Title
                } else {
                    Role::Heading
                };
                flush(&mut cur, role, &mut blocks);
            }
            Event::Start(Tag::Item) => {
                flush(&mut cur, Role::Body, &mut blocks);
                cur.push_str(BULLET);
            }
            Event::Start(Tag::CodeBlock(_)) => {
                flush(&mut cur, Role::Body, &mut blocks);
                in_code = true;
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code = false;
                blocks.push(Block::new(Role::Body, cur.trim_end()));
                cur.clear();
            }
            Event::Start(Tag::MetadataBlock(_)) => in_meta = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_meta = false,
            Event::Start(Tag::Image { .. }) => image += 1,
            Event::End(TagEnd::Image) => image = image.saturating_sub(1),
            Event::Start(Tag::Paragraph | Tag::Table(_) | Tag::BlockQuote(_))
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition,
            )
            | Event::Rule => flush(&mut cur, Role::Body, &mut blocks),
            Event::End(TagEnd::TableCell) => cur.push_str("  "),
            Event::Text(t) if in_meta => front.push_str(&t),
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t)
                if image == 0 =>
            {
                cur.push_str(&t)
            }
            Event::SoftBreak if heading.is_some() || !in_code => cur.push(' '),
            Event::HardBreak => cur.push('\n'),
            _ => {}
        }
    }
    flush(&mut cur, Role::Body, &mut blocks);
    front_matter(&front, &mut meta, &mut blocks);
    (blocks, meta)
}

/// Ends the current block. A list item's bullet alone is kept for its paragraph.
fn flush(cur: &mut String, role: Role, blocks: &mut Vec<Block>) {
    if cur.trim() == BULLET.trim() {
        return;
    }
    let text = if role == Role::Body && !cur.contains('\n') {
        collapse(cur)
    } else {
        cur.trim().to_owned()
    };
    if !text.is_empty() {
        blocks.push(Block::new(role, text));
    }
    cur.clear();
}

/// `title:`, `author:`, `date:`, `source:`/`outlet:`, `url:` lines of YAML front matter.
/// A title there is used when the document has no `#` heading.
fn front_matter(yaml: &str, meta: &mut DocMeta, blocks: &mut Vec<Block>) {
    for line in yaml.lines() {
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = value.trim().trim_matches(['"', '\'']).trim();
        if value.is_empty() {
            continue;
        }
        let slot = match key.trim().to_ascii_lowercase().as_str() {
            "title" => &mut meta.title,
            "author" | "byline" | "authors" => &mut meta.byline,
            "date" | "published" => &mut meta.date,
            "source" | "outlet" | "site" | "publication" => &mut meta.outlet,
            "url" | "link" => &mut meta.url,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value.to_owned());
            if key.trim().eq_ignore_ascii_case("title")
                && !blocks.iter().any(|b| b.role == Role::Title)
            {
                blocks.insert(0, Block::new(Role::Title, value));
            }
        }
    }
    if let Some(d) = meta.date.take() {
        meta.date = Some(super::normalize_date(&d));
    }
}
