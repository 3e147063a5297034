//! The overlays' own state: what each one shows and where its selection is. Their
//! keys are handled in `handlers`; the drawing code reads these as they are.

use super::editor::LineEditor;
use super::library::Matcher;
use crate::lens::{self, Lens, TopicRow};
use crate::store::Bookmark;

/// Writing the note for a new bookmark.
#[derive(Debug, Clone)]
pub struct NoteEditor {
    pub editor: LineEditor,
    pub article: usize,
    pub passage: usize,
}

/// The bookmark list, filtered as you type.
#[derive(Debug, Clone, Default)]
pub struct BookmarkList {
    pub filter: LineEditor,
    /// (index into `App::bookmarks`, matched char positions in the row's label).
    pub rows: Vec<(usize, Vec<usize>)>,
    pub selected: usize,
}

impl BookmarkList {
    pub fn new(bookmarks: &[Bookmark], matcher: &Matcher) -> BookmarkList {
        let mut list = BookmarkList::default();
        list.refilter(bookmarks, matcher);
        list
    }

    /// What a row shows and the filter searches: the note, then the title.
    pub fn label(b: &Bookmark) -> String {
        if b.note.is_empty() { b.title.clone() } else { format!("{} — {}", b.note, b.title) }
    }

    pub fn refilter(&mut self, bookmarks: &[Bookmark], matcher: &Matcher) {
        let query = &self.filter.text;
        let mut rows: Vec<(i64, usize, Vec<usize>)> = bookmarks
            .iter()
            .enumerate()
            .filter_map(|(i, b)| {
                if query.is_empty() {
                    return Some((0, i, vec![]));
                }
                let label = BookmarkList::label(b);
                let target = format!("{label} {}", b.quote);
                let (score, hits) = matcher.indices(&target, query)?;
                let n = label.chars().count();
                Some((score, i, hits.into_iter().filter(|&h| h < n).collect()))
            })
            .collect();
        if query.is_empty() {
            rows.reverse(); // newest first
        } else {
            rows.sort_by_key(|r| std::cmp::Reverse(r.0));
        }
        self.rows = rows.into_iter().map(|(_, i, h)| (i, h)).collect();
        self.selected = self.selected.min(self.rows.len().saturating_sub(1));
    }
}

/// The lens panel's sections, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Spelling,
    Loaded,
    Sources,
    Figures,
}

impl Section {
    pub const ALL: [Section; 4] =
        [Section::Spelling, Section::Loaded, Section::Sources, Section::Figures];

    pub fn title(self) -> &'static str {
        match self {
            Section::Spelling => "Spelling",
            Section::Loaded => "Loaded terms",
            Section::Sources => "Who speaks",
            Section::Figures => "Figures",
        }
    }
}

#[derive(Debug, Clone)]
pub struct LensPanel {
    pub section: Section,
    pub selected: usize,
}

/// A row of the sources section: a source and the passages each article cites it in.
pub fn sources(lens: &Lens) -> Vec<&lens::Source> {
    let a = &lens.attributions;
    a.both.iter().chain(&a.left_only).chain(&a.right_only).collect()
}

/// How many rows a section has.
pub fn rows(lens: &Lens, section: Section) -> usize {
    match section {
        Section::Spelling => lens.variants.len(),
        Section::Loaded => lens.loaded.len(),
        Section::Sources => sources(lens).len(),
        Section::Figures => lens.figures.len(),
    }
}

/// The topic-across-outlets table for the active topic.
#[derive(Debug, Clone)]
pub struct Across {
    pub topic: usize,
    pub rows: Vec<TopicRow>,
    pub selected: usize,
}
