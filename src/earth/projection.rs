//! The map's projection: azimuthal equidistant on the WGS84 ellipsoid, centred on a launch site.
//!
//! Distance and direction from the centre are true, so a range ring drawn on the ellipsoid comes
//! out as an exact circle, and the scale bar holds along every line through the centre. Map units
//! are metres, `x` east and `y` north.

use geographiclib_rs::{Geodesic, InverseGeodesic};

use crate::earth::geodesy::LatLon;

/// A point on the map plane, in metres from the projection's centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapPoint {
    /// Metres east of the centre.
    pub x_m: f64,
    /// Metres north of the centre.
    pub y_m: f64,
}

/// The map's projection, centred on one point: converts positions to map points and back.
#[derive(Debug, Clone)]
pub struct AzimuthalEquidistant {
    centre: LatLon,
    geodesic: Geodesic,
}

impl AzimuthalEquidistant {
    /// A projection centred on `centre`, usually the launch site.
    pub fn new(centre: LatLon) -> Self {
        Self {
            centre,
            geodesic: Geodesic::wgs84(),
        }
    }

    /// The position at the map's origin.
    pub fn centre(&self) -> LatLon {
        self.centre
    }

    /// Projects a position onto the map.
    ///
    /// ```
    /// use launchmap::LatLon;
    /// use launchmap::AzimuthalEquidistant;
    /// let map = AzimuthalEquidistant::new(LatLon::new(39.2002, 125.6733));
    /// let seoul = map.forward(LatLon::new(37.5665, 126.9780));
    /// assert_eq!((seoul.x_m.hypot(seoul.y_m) / 100.0).round() / 10.0, 214.2);
    /// ```
    pub fn forward(&self, p: LatLon) -> MapPoint {
        let c = self.centre;
        let (s12_m, azi1_deg, _azi2, _a12): (f64, f64, f64, f64) =
            self.geodesic.inverse(c.lat_deg, c.lon_deg, p.lat_deg, p.lon_deg);
        let (sin, cos) = azi1_deg.to_radians().sin_cos();
        MapPoint {
            x_m: s12_m * sin,
            y_m: s12_m * cos,
        }
    }

    /// The position a map point stands for.
    pub fn inverse(&self, p: MapPoint) -> LatLon {
        let c = self.centre;
        let azi_deg = p.x_m.atan2(p.y_m).to_degrees();
        // Through `destination`, which the rings already use: one copy of the direct problem in
        // the page's code (its own monomorphisation here cost 2 KB gzip).
        crate::earth::geodesy::destination(c, azi_deg, p.x_m.hypot(p.y_m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sunan() -> AzimuthalEquidistant {
        AzimuthalEquidistant::new(LatLon::new(39.2002, 125.6733))
    }

    #[test]
    fn round_trips_across_the_region_within_a_nanodegree() {
        let map = sunan();
        for lat in (12..=52).step_by(4) {
            for lon in (108..=152).step_by(4) {
                let p = LatLon::new(lat as f64 + 0.123, lon as f64 + 0.456);
                let back = map.inverse(map.forward(p));
                approx::assert_abs_diff_eq!(back.lat_deg, p.lat_deg, epsilon = 1e-9);
                approx::assert_abs_diff_eq!(back.lon_deg, p.lon_deg, epsilon = 1e-9);
            }
        }
    }

    #[test]
    fn centre_is_the_origin_and_north_is_up() {
        let map = sunan();
        let c = map.forward(map.centre());
        approx::assert_abs_diff_eq!(c.x_m, 0.0, epsilon = 1e-6);
        approx::assert_abs_diff_eq!(c.y_m, 0.0, epsilon = 1e-6);
        let north = map.forward(LatLon::new(40.2002, 125.6733));
        approx::assert_abs_diff_eq!(north.x_m, 0.0, epsilon = 1e-6);
        assert!(north.y_m > 110_000.0);
    }

    #[test]
    fn tokyo_lies_east_south_east_at_its_geodesic_distance() {
        let p = sunan().forward(LatLon::new(35.6894, 139.6917));
        assert!(p.x_m > 0.0 && p.y_m < 0.0);
        approx::assert_abs_diff_eq!(p.x_m.hypot(p.y_m), 1_298_600.0, epsilon = 100.0);
    }
}
