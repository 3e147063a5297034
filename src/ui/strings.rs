//! Fitting text into cells.

use ratatui::style::Style;
use ratatui::text::Span;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `s` cut to `width` columns, ending in "…" when cut.
pub fn fit(s: &str, width: usize) -> String {
    if s.width() <= width {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// Spans for `s` with the chars at `matched` (char indices) in `hit` style.
pub fn highlighted<'a>(s: &'a str, matched: &[usize], base: Style, hit: Style) -> Vec<Span<'a>> {
    if matched.is_empty() {
        return vec![Span::styled(s, base)];
    }
    let mut spans = Vec::new();
    let mut run_start = 0;
    let mut run_hit = false;
    for (ci, (bi, _)) in s.char_indices().enumerate() {
        let is_hit = matched.contains(&ci);
        if is_hit != run_hit && bi > run_start {
            spans.push(Span::styled(&s[run_start..bi], if run_hit { hit } else { base }));
            run_start = bi;
        }
        run_hit = is_hit;
    }
    spans.push(Span::styled(&s[run_start..], if run_hit { hit } else { base }));
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_an_ellipsis_by_columns() {
        assert_eq!(fit("hello", 5), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語", 4), "日…");
        assert_eq!(fit("abc", 0), "");
    }

    #[test]
    fn highlighted_splits_runs() {
        let spans = highlighted("Kursk", &[0, 1], Style::new(), Style::new().bold());
        let parts: Vec<&str> = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(parts, ["Ku", "rsk"]);
    }
}
