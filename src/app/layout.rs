//! Screen geometry as plain numbers, shared by `update` (which needs page heights and
//! wrap widths) and the renderer (which draws into the same rectangles).

/// A rectangle in cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub w: u16,
    pub h: u16,
}

/// Below this the reader shows a one-line "terminal too small" instead of a screen.
pub const MIN_WIDTH: u16 = 30;
pub const MIN_HEIGHT: u16 = 6;
/// From this width the two panes stand side by side; below it they stack.
pub const SIDE_BY_SIDE_WIDTH: u16 = 100;
/// Columns left of the text for the passage marker.
pub const GUTTER: u16 = 2;

pub fn too_small(w: u16, h: u16) -> bool {
    w < MIN_WIDTH || h < MIN_HEIGHT
}

/// One pane of the reading screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PaneArea {
    /// The title bar row.
    pub bar: Area,
    /// The gutter column(s).
    pub gutter: Area,
    /// Where the text goes.
    pub text: Area,
    /// One column at the right edge: the whole article at a glance (viewport, topic,
    /// links).
    pub overview: Area,
}

/// The reading screen: two panes and a status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadingLayout {
    pub panes: [PaneArea; 2],
    /// The column between side-by-side panes, if any.
    pub divider: Option<Area>,
    pub status: Area,
    pub side_by_side: bool,
}

pub fn reading(w: u16, h: u16) -> ReadingLayout {
    let body_h = h.saturating_sub(1);
    let status = Area { x: 0, y: body_h, w, h: h.min(1) };
    if w >= SIDE_BY_SIDE_WIDTH {
        let left_w = (w - 1) / 2;
        let right_x = left_w + 1;
        let right_w = w - right_x;
        ReadingLayout {
            panes: [pane(0, 0, left_w, body_h), pane(right_x, 0, right_w, body_h)],
            divider: Some(Area { x: left_w, y: 0, w: 1, h: body_h }),
            status,
            side_by_side: true,
        }
    } else {
        let top_h = body_h / 2;
        ReadingLayout {
            panes: [pane(0, 0, w, top_h), pane(0, top_h, w, body_h - top_h)],
            divider: None,
            status,
            side_by_side: false,
        }
    }
}

fn pane(x: u16, y: u16, w: u16, h: u16) -> PaneArea {
    let body_h = h.saturating_sub(1);
    let gutter_w = GUTTER.min(w);
    let overview_w = u16::from(w > gutter_w);
    // A column of margin keeps the text off the overview bar.
    let text_w = w.saturating_sub(gutter_w + overview_w + 1);
    let body_y = y + h.min(1);
    PaneArea {
        bar: Area { x, y, w, h: h.min(1) },
        gutter: Area { x, y: body_y, w: gutter_w, h: body_h },
        text: Area { x: x + gutter_w, y: body_y, w: text_w, h: body_h },
        overview: Area {
            x: (x + w).saturating_sub(overview_w),
            y: body_y,
            w: overview_w,
            h: body_h,
        },
    }
}

/// The library screen: header, list, preview, status line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LibraryLayout {
    pub header: Area,
    pub list: Area,
    /// Absent when there is no room for it.
    pub preview: Option<Area>,
    pub status: Area,
}

pub fn library(w: u16, h: u16) -> LibraryLayout {
    let header = Area { x: 0, y: 0, w, h: h.min(1) };
    let body_y = 1.min(h);
    let body_h = h.saturating_sub(2);
    let status = Area { x: 0, y: h.saturating_sub(1), w, h: h.min(1) };
    let (list, preview) = if w >= SIDE_BY_SIDE_WIDTH {
        let list_w = w * 11 / 20;
        (
            Area { x: 0, y: body_y, w: list_w, h: body_h },
            Some(Area { x: list_w, y: body_y, w: w - list_w, h: body_h }),
        )
    } else if body_h >= 16 {
        let list_h = body_h / 2;
        (
            Area { x: 0, y: body_y, w, h: list_h },
            Some(Area { x: 0, y: body_y + list_h, w, h: body_h - list_h }),
        )
    } else {
        (Area { x: 0, y: body_y, w, h: body_h }, None)
    };
    LibraryLayout { header, list, preview, status }
}

/// Rows of the library list available for articles (inside its border, below the
/// filter box).
pub fn library_rows(w: u16, h: u16) -> usize {
    usize::from(library(w, h).list.h.saturating_sub(3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_stack_below_the_threshold_and_never_overflow() {
        for (w, h) in [(200, 60), (120, 40), (99, 30), (80, 24), (30, 6), (0, 0), (1, 1)] {
            let l = reading(w, h);
            assert_eq!(l.side_by_side, w >= SIDE_BY_SIDE_WIDTH);
            for p in l.panes {
                for a in [p.bar, p.gutter, p.text, p.overview] {
                    assert!(a.x + a.w <= w && a.y + a.h <= h, "{a:?} in {w}x{h}");
                }
            }
        }
    }
}
