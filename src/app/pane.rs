//! One reading pane: which article, where it is scrolled to, which passage is current.
//!
//! The scroll position is kept as (passage, line within it) rather than a screen line,
//! so it survives a resize or a different terminal: the same words stay on top.

use super::wrap::Wrapped;
use crate::corpus::Article;

/// Which pane: the lens's two sides are the panes' two sides.
pub use crate::lens::Side;

/// A width-independent scroll position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub passage: usize,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pane {
    pub article: usize,
    /// The passage at the top of the view, and how many of its lines are scrolled off.
    pub top: Anchor,
    /// The current passage: marked in the gutter, the one `{`/`}` move from.
    pub cursor: usize,
}

impl Pane {
    pub fn new(article: usize) -> Pane {
        Pane { article, top: Anchor::default(), cursor: 0 }
    }

    /// The first screen line shown, clamped so the view is never scrolled past the end.
    pub fn top_line(&self, w: &Wrapped, height: usize) -> usize {
        let start = w.starts.get(self.top.passage).copied().unwrap_or(0);
        let line = (start + self.top.line).min(w.end_of(self.top.passage).saturating_sub(1));
        line.min(max_top(w, height))
    }

    fn set_top_line(&mut self, w: &Wrapped, line: usize, height: usize) {
        let line = line.min(max_top(w, height));
        let passage = w.passage_at(line);
        let start = w.starts.get(passage).copied().unwrap_or(0);
        self.top = Anchor { passage, line: line - start.min(line) };
    }

    /// Scrolls by `delta` lines; the current passage follows what is being read.
    pub fn scroll(&mut self, w: &Wrapped, delta: isize, height: usize) {
        let top = self.top_line(w, height);
        self.set_top_line(w, top.saturating_add_signed(delta), height);
        self.follow_view(w, height);
    }

    pub fn scroll_to_top(&mut self, w: &Wrapped, height: usize) {
        self.set_top_line(w, 0, height);
        self.follow_view(w, height);
    }

    pub fn scroll_to_bottom(&mut self, w: &Wrapped, height: usize) {
        self.set_top_line(w, usize::MAX, height);
        // At the end, the last passage is the one being read.
        self.cursor = w.starts.len().saturating_sub(1);
        self.follow_view(w, height);
    }

    /// Makes passage `p` current and brings its first line to the top of the view
    /// (as far as the end of the article allows).
    pub fn jump_to(&mut self, w: &Wrapped, p: usize, height: usize) {
        let Some(&start) = w.starts.get(p) else {
            return;
        };
        self.cursor = p;
        self.set_top_line(w, start, height);
    }

    /// `}`: the next content passage.
    pub fn next_passage(&mut self, a: &Article, w: &Wrapped, height: usize) {
        let next = (self.cursor + 1..a.passages.len()).find(|&i| readable(a, i));
        if let Some(p) = next {
            self.jump_to(w, p, height);
        }
    }

    /// `{`: back to the start of the current passage if it is scrolled off, else the
    /// previous passage.
    pub fn prev_passage(&mut self, a: &Article, w: &Wrapped, height: usize) {
        let start = w.starts.get(self.cursor).copied().unwrap_or(0);
        if start < self.top_line(w, height) {
            return self.jump_to(w, self.cursor, height);
        }
        let prev = (0..self.cursor).rev().find(|&i| readable(a, i));
        if let Some(p) = prev {
            self.jump_to(w, p, height);
        }
    }

    /// Keeps the current passage while any of it is on screen; once it scrolls out,
    /// the passage at the top of the view becomes current.
    fn follow_view(&mut self, w: &Wrapped, height: usize) {
        let top = self.top_line(w, height);
        let bottom = (top + height.max(1)).min(w.lines.len());
        let start = w.starts.get(self.cursor).copied().unwrap_or(0);
        if !(start < bottom && w.end_of(self.cursor) > top) {
            self.cursor = w.passage_at(top);
        }
    }

    /// Where the view is, as vim's ruler says it: "All" when the whole text is in
    /// view, "Top" at the start, "Bot" at the end, else how far through the text the
    /// top line is, in percent.
    pub fn position(&self, w: &Wrapped, height: usize) -> String {
        let total = w.lines.len();
        let top = self.top_line(w, height);
        let at_end = top + height >= total;
        match (top == 0, at_end) {
            (true, true) => "All".into(),
            (true, false) => "Top".into(),
            (false, true) => "Bot".into(),
            (false, false) => format!("{}%", top * 100 / total.max(1)),
        }
    }
}

fn max_top(w: &Wrapped, height: usize) -> usize {
    w.lines.len().saturating_sub(height.max(1))
}

/// Passage moves stop at content, not at the headline, byline or furniture.
fn readable(a: &Article, i: usize) -> bool {
    a.passages.get(i).is_some_and(|p| p.is_content())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::wrap::wrap;

    fn article() -> Article {
        let paras: Vec<String> = (0..12)
            .map(|i| {
                format!(
                    "Paragraph {i} has enough words to wrap over several lines at width twenty."
                )
            })
            .collect();
        Article::parse("t.txt", &paras.join("\n\n"), None)
    }

    #[test]
    fn passage_moves_put_the_passage_on_top_and_survive_rewrap() {
        let a = article();
        let w = wrap(&a, 20, false);
        let mut p = Pane::new(0);
        p.next_passage(&a, &w, 10);
        p.next_passage(&a, &w, 10);
        assert_eq!(p.cursor, 2);
        assert_eq!(p.top_line(&w, 10), w.starts[2]);
        // Another width: the same passage is still on top.
        let w2 = wrap(&a, 50, false);
        assert_eq!(p.top_line(&w2, 10), w2.starts[2]);
        p.prev_passage(&a, &w2, 10);
        assert_eq!(p.cursor, 1);
    }

    #[test]
    fn scrolling_clamps_and_the_cursor_follows() {
        let a = article();
        let w = wrap(&a, 20, false);
        let mut p = Pane::new(0);
        p.scroll(&w, -5, 10);
        assert_eq!(p.top_line(&w, 10), 0);
        p.scroll(&w, 10_000, 10);
        assert_eq!(p.top_line(&w, 10), w.lines.len() - 10);
        assert!(w.starts[p.cursor] < w.lines.len());
        assert_eq!(p.position(&w, 10), "Bot");
        p.scroll(&w, -1, 10);
        let pct = p.position(&w, 10);
        assert!(pct.ends_with('%') && pct != "0%", "{pct}");
        assert_eq!(p.position(&w, w.lines.len()), "All");
        p.scroll_to_top(&w, 10);
        assert_eq!((p.cursor, p.top_line(&w, 10)), (0, 0));
        assert_eq!(p.position(&w, 10), "Top");
        p.scroll(&w, i32::MAX as isize, 10);
        p.scroll_to_bottom(&w, 10);
        assert_eq!(p.cursor, a.passages.len() - 1);
    }
}
