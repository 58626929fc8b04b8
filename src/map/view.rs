//! The map's camera: which part of the projected plane the reader sees, and how it pans and zooms.
//!
//! The SVG's viewBox is in kilometres of the projected plane (`y` flipped, so north is up), so a
//! pan or a zoom changes one attribute and no geometry is projected again.

use serde::{Deserialize, Serialize};

use crate::earth::projection::MapPoint;
use crate::text::decimal::fixed;

/// The width of the map in CSS pixels that marks and labels are sized for, when the real width
/// is not yet known.
pub const NOMINAL_WIDTH_PX: f64 = 800.0;
/// Height over width of the map frame.
pub const ASPECT: f64 = 0.75;
/// The narrowest the map may show, in km across: the most it zooms in.
pub const MIN_WIDTH_KM: f64 = 150.0;
/// The widest the map may show, in km across: the most it zooms out.
pub const MAX_WIDTH_KM: f64 = 42_000.0;

/// The visible part of the plane: its centre and its width, in kilometres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    /// How far east of the projection's centre the view's centre is, in km.
    pub centre_x_km: f64,
    /// How far north of the projection's centre the view's centre is, in km.
    pub centre_y_km: f64,
    /// The visible width of the plane, in kilometres; `fit` and `apply` keep it within the limits.
    pub width_km: f64,
}

/// An SVG viewBox: left, top, width, height, in kilometres with `y` pointing south.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    /// The visible part's west edge, in km east of the projection's centre.
    pub left_km: f64,
    /// The visible part's north edge, in km south of the projection's centre (`y` points south).
    pub top_km: f64,
    /// The visible width, in kilometres of the projected plane.
    pub width_km: f64,
    /// The visible height, in kilometres of the projected plane.
    pub height_km: f64,
}

impl ViewBox {
    /// The four numbers as the SVG `viewBox` attribute: left, top, width, height, to 0.01 km.
    pub fn to_attribute(self) -> String {
        [self.left_km, self.top_km, self.width_km, self.height_km]
            .map(|v| fixed(v, 2))
            .join(" ")
    }
}

impl MapView {
    /// The smallest view, within the zoom limits, that shows every point with a margin.
    ///
    /// ```
    /// use launchmap::MapView;
    /// use launchmap::MapPoint;
    /// let v = MapView::fit(&[MapPoint { x_m: 0.0, y_m: 0.0 }, MapPoint { x_m: 1_000_000.0, y_m: 0.0 }], 0.1);
    /// assert_eq!((v.centre_x_km, v.width_km), (500.0, 1200.0));
    /// ```
    pub fn fit(points: &[MapPoint], margin_fraction: f64) -> Self {
        let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for p in points {
            x0 = x0.min(p.x_m / 1000.0);
            x1 = x1.max(p.x_m / 1000.0);
            y0 = y0.min(p.y_m / 1000.0);
            y1 = y1.max(p.y_m / 1000.0);
        }
        if points.is_empty() {
            (x0, x1, y0, y1) = (-500.0, 500.0, -500.0, 500.0);
        }
        let width = (x1 - x0).max((y1 - y0) / ASPECT) * (1.0 + 2.0 * margin_fraction);
        Self {
            centre_x_km: (x0 + x1) / 2.0,
            centre_y_km: (y0 + y1) / 2.0,
            width_km: width.clamp(MIN_WIDTH_KM, MAX_WIDTH_KM),
        }
    }

    /// The visible height of the plane, in kilometres: the width times `ASPECT`.
    pub fn height_km(self) -> f64 {
        self.width_km * ASPECT
    }

    /// The SVG viewBox that shows this view, with `y` flipped so that north is up.
    pub fn view_box(self) -> ViewBox {
        ViewBox {
            left_km: self.centre_x_km - self.width_km / 2.0,
            top_km: -self.centre_y_km - self.height_km() / 2.0,
            width_km: self.width_km,
            height_km: self.height_km(),
        }
    }

    /// Kilometres per CSS pixel when the map is `width_px` wide.
    pub fn km_per_px(self, width_px: f64) -> f64 {
        self.width_km / width_px.max(1.0)
    }
}

/// How far from the centre of the projection the view may wander, so a reader cannot lose the map.
pub const MAX_OFFSET_KM: f64 = 20_000.0;

/// A change the reader asks of the view, in CSS pixels of a frame `width_px` wide.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ViewChange {
    /// Move the map with the finger: content follows `dx_px`, `dy_px`.
    Pan {
        /// How far the finger moved right, in CSS pixels (negative: left).
        dx_px: f64,
        /// How far the finger moved down, in CSS pixels (negative: up).
        dy_px: f64,
    },
    /// Zoom by `factor` (more than 1 zooms in), keeping the point under `x_px`, `y_px` still.
    Zoom {
        /// How much to magnify: 2 halves the visible width, 0.5 doubles it.
        factor: f64,
        /// The point to hold still, in CSS pixels from the frame's left edge.
        x_px: f64,
        /// The point to hold still, in CSS pixels from the frame's top edge.
        y_px: f64,
    },
}

impl MapView {
    /// The view after `change`, within the zoom and pan limits.
    ///
    /// ```
    /// use launchmap::{MapView, ViewChange};
    /// let v = MapView { centre_x_km: 0.0, centre_y_km: 0.0, width_km: 800.0 };
    /// let panned = v.apply(ViewChange::Pan { dx_px: 100.0, dy_px: 0.0 }, 800.0);
    /// assert_eq!(panned.centre_x_km, -100.0);
    /// let zoomed = v.apply(ViewChange::Zoom { factor: 2.0, x_px: 400.0, y_px: 300.0 }, 800.0);
    /// assert_eq!((zoomed.centre_x_km, zoomed.width_km), (0.0, 400.0));
    /// ```
    pub fn apply(self, change: ViewChange, width_px: f64) -> MapView {
        let k = self.km_per_px(width_px);
        let height_px = width_px * ASPECT;
        let mut next = match change {
            ViewChange::Pan { dx_px, dy_px } => MapView {
                centre_x_km: self.centre_x_km - dx_px * k,
                centre_y_km: self.centre_y_km + dy_px * k,
                ..self
            },
            ViewChange::Zoom { factor, x_px, y_px } => {
                let width_km = (self.width_km / factor).clamp(MIN_WIDTH_KM, MAX_WIDTH_KM);
                let k_next = width_km / width_px.max(1.0);
                // The map point under the cursor before and after stays the same.
                let (ox, oy) = (x_px - width_px / 2.0, y_px - height_px / 2.0);
                let px = self.centre_x_km + ox * k;
                let py = self.centre_y_km - oy * k;
                MapView {
                    centre_x_km: px - ox * k_next,
                    centre_y_km: py + oy * k_next,
                    width_km,
                }
            }
        };
        next.centre_x_km = next.centre_x_km.clamp(-MAX_OFFSET_KM, MAX_OFFSET_KM);
        next.centre_y_km = next.centre_y_km.clamp(-MAX_OFFSET_KM, MAX_OFFSET_KM);
        next
    }
}

/// A scale bar: a round length and how many pixels it spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScaleBar {
    /// The bar's length on the ground, in km: 1, 2 or 5 times a power of ten.
    pub length_km: f64,
    /// The bar's length on screen, in CSS pixels.
    pub length_px: f64,
}

/// The longest round length (1, 2 or 5 times a power of ten km) that fits in `max_px`.
///
/// ```
/// let bar = launchmap::scale_bar(2.0, 120.0);
/// assert_eq!((bar.length_km, bar.length_px), (200.0, 100.0));
/// ```
pub fn scale_bar(km_per_px: f64, max_px: f64) -> ScaleBar {
    let max_km = km_per_px * max_px;
    let magnitude = 10f64.powf(max_km.log10().floor());
    let length_km = [5.0, 2.0, 1.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|&l| l <= max_km)
        .unwrap_or(magnitude);
    ScaleBar {
        length_km,
        length_px: length_km / km_per_px,
    }
}

/// A projected point in the SVG's coordinates: kilometres, `y` down.
pub fn svg_xy(p: MapPoint) -> (f64, f64) {
    (p.x_m / 1000.0, -p.y_m / 1000.0)
}

/// How far one arrow key moves the map, as a share of its width.
pub const KEY_PAN_SHARE: f64 = 0.125;
/// How much the + and - keys and buttons zoom.
pub const BUTTON_ZOOM: f64 = 1.5;

/// What a key asks of the map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KeyCommand {
    /// Pan or zoom.
    Change(ViewChange),
    /// Back to the opening view.
    Reset,
}

/// The map's keys, for a map `width_px` wide: the arrows move the view an eighth of its width
/// (the content follows the arrow's opposite, as a dragged map does), + and = zoom in at the
/// centre, - and _ zoom out, 0 goes back to the opening view. Any other key is not the map's.
///
/// ```
/// use launchmap::{key_command, KeyCommand, ViewChange};
/// assert_eq!(key_command("ArrowLeft", 800.0), Some(KeyCommand::Change(ViewChange::Pan { dx_px: 100.0, dy_px: 0.0 })));
/// assert_eq!(key_command("0", 800.0), Some(KeyCommand::Reset));
/// assert_eq!(key_command("Tab", 800.0), None);
/// ```
pub fn key_command(key: &str, width_px: f64) -> Option<KeyCommand> {
    let step = width_px * KEY_PAN_SHARE;
    let pan = |dx_px, dy_px| Some(KeyCommand::Change(ViewChange::Pan { dx_px, dy_px }));
    let zoom = |factor| {
        Some(KeyCommand::Change(ViewChange::Zoom {
            factor,
            x_px: width_px / 2.0,
            y_px: width_px * ASPECT / 2.0,
        }))
    };
    match key {
        "ArrowLeft" => pan(step, 0.0),
        "ArrowRight" => pan(-step, 0.0),
        "ArrowUp" => pan(0.0, step),
        "ArrowDown" => pan(0.0, -step),
        "+" | "=" => zoom(BUTTON_ZOOM),
        "-" | "_" => zoom(1.0 / BUTTON_ZOOM),
        "0" => Some(KeyCommand::Reset),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_box_is_centred_and_north_up() {
        let v = MapView {
            centre_x_km: 100.0,
            centre_y_km: 200.0,
            width_km: 1000.0,
        };
        let b = v.view_box();
        assert_eq!(
            (b.left_km, b.top_km, b.width_km, b.height_km),
            (-400.0, -575.0, 1000.0, 750.0)
        );
    }

    #[test]
    fn fitting_a_tall_set_widens_to_the_aspect() {
        let pts = [
            MapPoint { x_m: 0.0, y_m: 0.0 },
            MapPoint {
                x_m: 0.0,
                y_m: -750_000.0,
            },
        ];
        let v = MapView::fit(&pts, 0.0);
        assert_eq!(v.width_km, 1000.0);
        assert_eq!(v.centre_y_km, -375.0);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor_still() {
        let v = MapView {
            centre_x_km: 100.0,
            centre_y_km: -50.0,
            width_km: 1600.0,
        };
        let (x_px, y_px, w) = (600.0, 150.0, 800.0);
        let under = |v: MapView| {
            let k = v.km_per_px(w);
            (
                v.centre_x_km + (x_px - w / 2.0) * k,
                v.centre_y_km - (y_px - w * ASPECT / 2.0) * k,
            )
        };
        let z = v.apply(
            ViewChange::Zoom {
                factor: 1.7,
                x_px,
                y_px,
            },
            w,
        );
        let (a, b) = (under(v), under(z));
        approx::assert_abs_diff_eq!(a.0, b.0, epsilon = 1e-9);
        approx::assert_abs_diff_eq!(a.1, b.1, epsilon = 1e-9);
    }

    #[test]
    fn zoom_and_pan_stop_at_their_limits() {
        let v = MapView {
            centre_x_km: 0.0,
            centre_y_km: 0.0,
            width_km: 1000.0,
        };
        assert_eq!(
            v.apply(
                ViewChange::Zoom {
                    factor: 100.0,
                    x_px: 0.0,
                    y_px: 0.0
                },
                800.0
            )
            .width_km,
            MIN_WIDTH_KM
        );
        assert_eq!(
            v.apply(
                ViewChange::Zoom {
                    factor: 0.01,
                    x_px: 0.0,
                    y_px: 0.0
                },
                800.0
            )
            .width_km,
            MAX_WIDTH_KM
        );
        let far = v.apply(
            ViewChange::Pan {
                dx_px: -1e6,
                dy_px: 1e6,
            },
            800.0,
        );
        assert_eq!((far.centre_x_km, far.centre_y_km), (MAX_OFFSET_KM, MAX_OFFSET_KM));
    }

    #[test]
    fn dragging_down_reveals_the_north() {
        let v = MapView {
            centre_x_km: 0.0,
            centre_y_km: 0.0,
            width_km: 800.0,
        };
        // Content follows the finger: dragging down reveals what lies north.
        assert_eq!(
            v.apply(
                ViewChange::Pan {
                    dx_px: 0.0,
                    dy_px: 50.0
                },
                800.0
            )
            .centre_y_km,
            50.0
        );
    }

    #[test]
    fn scale_bar_picks_round_lengths() {
        assert_eq!(scale_bar(1.0, 120.0).length_km, 100.0);
        assert_eq!(scale_bar(3.0, 120.0).length_km, 200.0);
        assert_eq!(scale_bar(10.0, 120.0).length_km, 1000.0);
        assert_eq!(scale_bar(0.3, 120.0).length_km, 20.0);
    }

    #[test]
    fn fitting_one_point_respects_the_zoom_limit() {
        let v = MapView::fit(&[MapPoint { x_m: 5.0, y_m: 5.0 }], 0.1);
        assert_eq!(v.width_km, MIN_WIDTH_KM);
    }

    #[test]
    fn keys_pan_by_an_eighth_zoom_at_the_centre_and_zero_resets() {
        let w = 800.0;
        let pan = |key| match key_command(key, w) {
            Some(KeyCommand::Change(ViewChange::Pan { dx_px, dy_px })) => (dx_px, dy_px),
            other => panic!("{key}: {other:?}"),
        };
        assert_eq!(pan("ArrowLeft"), (100.0, 0.0));
        assert_eq!(pan("ArrowRight"), (-100.0, 0.0));
        assert_eq!(pan("ArrowUp"), (0.0, 100.0));
        assert_eq!(pan("ArrowDown"), (0.0, -100.0));
        for (key, factor) in [("+", 1.5), ("=", 1.5), ("-", 1.0 / 1.5), ("_", 1.0 / 1.5)] {
            assert_eq!(
                key_command(key, w),
                Some(KeyCommand::Change(ViewChange::Zoom {
                    factor,
                    x_px: 400.0,
                    y_px: 300.0
                }))
            );
        }
        assert_eq!(key_command("0", w), Some(KeyCommand::Reset));
        assert_eq!(key_command("a", w), None);
    }
}
