//! Places labels beside their marks so that no two overlap, dropping the least important ones
//! that cannot fit.

use crate::map::marks::PlaceMark;
use crate::map::view::ViewBox;
use crate::story::PlaceKind;
use crate::text::ordering::{ascending_order, sort_by_f64_key};

/// Where a label sits relative to its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// To the right of the mark, the first side tried.
    Right,
    /// To the left of the mark.
    Left,
    /// Above the mark.
    Above,
    /// Below the mark.
    Below,
}

/// A placed label, in SVG kilometres: `x`, `y` is the text anchor point.
#[derive(Debug, Clone, PartialEq)]
pub struct Label {
    /// Index of the labelled mark in the marks given to `layout_labels`.
    pub mark_index: usize,
    /// Which side of its mark the label sits on: the first of the four, in order, that fits.
    pub side: Side,
    /// The text's start on its baseline: x in SVG kilometres east of the projection's centre.
    pub x_km: f64,
    /// The text's baseline: y in SVG kilometres south of the projection's centre.
    pub y_km: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
}

impl Rect {
    fn overlaps(&self, o: &Rect) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
}

/// Sizes, in CSS pixels, the layout assumes.
pub const FONT_PX: f64 = 13.0;
/// An average glyph is a little over half the font size wide in the sans-serif fonts used.
const GLYPH_WIDTH_EM: f64 = 0.58;
const GAP_PX: f64 = 7.0;
/// The radius of a place's dot on the map, in CSS pixels; labels keep clear of it.
pub const MARK_RADIUS_PX: f64 = 4.5;

fn priority(mark: &PlaceMark) -> u8 {
    match (mark.is_launch_point, mark.kind) {
        (true, _) => 0,
        (_, PlaceKind::Capital) => 1,
        (_, PlaceKind::MilitaryBase) => 2,
        _ => 3,
    }
}

/// Lays out one label per mark where it fits, inside `visible` if given. `km_per_px` is the
/// map's current scale.
///
/// ```
/// use launchmap::layout_labels;
/// assert!(layout_labels(&[], 2.0, None).is_empty());
/// ```
pub fn layout_labels(marks: &[PlaceMark], km_per_px: f64, visible: Option<ViewBox>) -> Vec<Label> {
    let inside = |r: &Rect| {
        visible.is_none_or(|v| {
            r.x0 >= v.left_km
                && r.x1 <= v.left_km + v.width_km
                && r.y0 >= v.top_km
                && r.y1 <= v.top_km + v.height_km
        })
    };
    let priorities: Vec<f64> = marks.iter().map(|m| f64::from(priority(m))).collect();
    let order = ascending_order(&priorities);
    let r = MARK_RADIUS_PX * km_per_px;
    // Every mark is an obstacle for every label.
    let mut taken: Vec<Rect> = marks
        .iter()
        .map(|m| {
            let (x, y) = crate::map::view::svg_xy(m.at);
            Rect {
                x0: x - r,
                y0: y - r,
                x1: x + r,
                y1: y + r,
            }
        })
        .collect();
    let mut labels = Vec::new();
    for i in order {
        let (x, y) = crate::map::view::svg_xy(marks[i].at);
        let w = crate::text::width::width_units(&marks[i].name) as f64 * FONT_PX * GLYPH_WIDTH_EM * km_per_px;
        let h = FONT_PX * km_per_px;
        let gap = GAP_PX * km_per_px;
        // Anchor is the text's start (Right, Above, Below: start or middle) on its baseline.
        let candidates = [
            (
                Side::Right,
                Rect {
                    x0: x + gap,
                    y0: y - h / 2.0,
                    x1: x + gap + w,
                    y1: y + h / 2.0,
                },
                x + gap,
                y + h * 0.35,
            ),
            (
                Side::Left,
                Rect {
                    x0: x - gap - w,
                    y0: y - h / 2.0,
                    x1: x - gap,
                    y1: y + h / 2.0,
                },
                x - gap - w,
                y + h * 0.35,
            ),
            (
                Side::Above,
                Rect {
                    x0: x - w / 2.0,
                    y0: y - gap - h,
                    x1: x + w / 2.0,
                    y1: y - gap,
                },
                x - w / 2.0,
                y - gap - h * 0.15,
            ),
            (
                Side::Below,
                Rect {
                    x0: x - w / 2.0,
                    y0: y + gap,
                    x1: x + w / 2.0,
                    y1: y + gap + h,
                },
                x - w / 2.0,
                y + gap + h * 0.85,
            ),
        ];
        if let Some((side, rect, ax, ay)) = candidates
            .into_iter()
            .find(|(_, rect, _, _)| inside(rect) && taken.iter().all(|t| !rect.overlaps(t)))
        {
            taken.push(rect);
            labels.push(Label {
                mark_index: i,
                side,
                x_km: ax,
                y_km: ay,
            });
        }
    }
    sort_by_f64_key(&mut labels, |l| l.mark_index as f64);
    labels
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::marks::{place_marks, projection_for};
    use crate::story::Story;

    fn marks() -> Vec<PlaceMark> {
        let story: Story = crate::testing::default_story_model();
        place_marks(&story, &projection_for(&story))
    }

    fn rect_of(label: &Label, marks: &[PlaceMark], km_per_px: f64) -> Rect {
        let w = crate::text::width::width_units(&marks[label.mark_index].name) as f64
            * FONT_PX
            * GLYPH_WIDTH_EM
            * km_per_px;
        let h = FONT_PX * km_per_px;
        // Every candidate puts the baseline 0.85 of the text height below the box's top.
        let top = label.y_km - h * 0.85;
        Rect {
            x0: label.x_km,
            y0: top,
            x1: label.x_km + w,
            y1: top + h,
        }
    }

    #[test]
    fn labels_never_overlap_at_any_zoom() {
        let marks = marks();
        for km_per_px in [0.2, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0] {
            let labels = layout_labels(&marks, km_per_px, None);
            for (a, la) in labels.iter().enumerate() {
                for lb in &labels[a + 1..] {
                    let (ra, rb) = (rect_of(la, &marks, km_per_px), rect_of(lb, &marks, km_per_px));
                    // A hair of tolerance for rounding in the rebuilt rectangles.
                    let shrunk = Rect {
                        x0: ra.x0 + 1e-6,
                        y0: ra.y0 + 1e-6,
                        x1: ra.x1 - 1e-6,
                        y1: ra.y1 - 1e-6,
                    };
                    assert!(
                        !shrunk.overlaps(&rb),
                        "{la:?} overlaps {lb:?} at {km_per_px} km/px"
                    );
                }
            }
        }
    }

    #[test]
    fn labels_stay_inside_the_visible_map() {
        let marks = marks();
        let k = 2.0;
        let visible = ViewBox {
            left_km: -60.0,
            top_km: -300.0,
            width_km: 1200.0,
            height_km: 900.0,
        };
        let labels = layout_labels(&marks, k, Some(visible));
        assert!(!labels.is_empty());
        for l in &labels {
            let r = rect_of(l, &marks, k);
            assert!(
                r.x0 >= visible.left_km - 1e-9 && r.x1 <= visible.left_km + visible.width_km + 1e-9,
                "{l:?}"
            );
        }
        // Sohae sits 72 km west of Sunan, so 12 km inside the left edge: its label must go right.
        let sohae = marks.iter().position(|m| m.id == "sohae").unwrap();
        assert!(labels
            .iter()
            .filter(|l| l.mark_index == sohae)
            .all(|l| l.side != Side::Left));
    }

    #[test]
    fn zoomed_in_every_place_is_labelled_and_zoomed_out_some_are_dropped() {
        let marks = marks();
        assert_eq!(layout_labels(&marks, 0.3, None).len(), marks.len());
        let far_out = layout_labels(&marks, 11.0, None);
        assert!(far_out.len() < marks.len());
        assert!(far_out.iter().any(|l| marks[l.mark_index].is_launch_point));
    }
}
