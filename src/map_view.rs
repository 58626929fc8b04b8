//! The map's camera: which part of the projected plane the reader sees, and how it pans and zooms.
//!
//! The SVG's viewBox is in kilometres of the projected plane (`y` flipped, so north is up), so a
//! pan or a zoom changes one attribute and no geometry is projected again.

use serde::{Deserialize, Serialize};

use crate::projection::MapPoint;

/// The width of the map in CSS pixels that marks and labels are sized for, when the real width
/// is not yet known.
pub const NOMINAL_WIDTH_PX: f64 = 800.0;
/// Height over width of the map frame.
pub const ASPECT: f64 = 0.75;
pub const MIN_WIDTH_KM: f64 = 150.0;
pub const MAX_WIDTH_KM: f64 = 9_000.0;

/// The visible part of the plane: its centre and its width, in kilometres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MapView {
    pub centre_x_km: f64,
    pub centre_y_km: f64,
    pub width_km: f64,
}

/// An SVG viewBox: left, top, width, height, in kilometres with `y` pointing south.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ViewBox {
    pub left_km: f64,
    pub top_km: f64,
    pub width_km: f64,
    pub height_km: f64,
}

impl ViewBox {
    pub fn to_attribute(self) -> String {
        format!(
            "{:.2} {:.2} {:.2} {:.2}",
            self.left_km, self.top_km, self.width_km, self.height_km
        )
    }
}

impl MapView {
    /// The smallest view, within the zoom limits, that shows every point with a margin.
    ///
    /// ```
    /// use launchmap::map_view::MapView;
    /// use launchmap::projection::MapPoint;
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

    pub fn height_km(self) -> f64 {
        self.width_km * ASPECT
    }

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

/// A projected point in the SVG's coordinates: kilometres, `y` down.
pub fn svg_xy(p: MapPoint) -> (f64, f64) {
    (p.x_m / 1000.0, -p.y_m / 1000.0)
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
    fn fitting_one_point_respects_the_zoom_limit() {
        let v = MapView::fit(&[MapPoint { x_m: 5.0, y_m: 5.0 }], 0.1);
        assert_eq!(v.width_km, MIN_WIDTH_KM);
    }
}
