//! Distances and directions on the WGS84 ellipsoid.
//!
//! Every distance the explainer shows comes from here: Karney's geodesic algorithms through geo's
//! `Geodesic`, accurate to nanometres. A sphere would be off by up to 0.3% in this region (Sunan to
//! Tokyo: 1,296 km on a sphere, 1,298.6 km on the ellipsoid).

use geo::{Bearing, Destination, Distance, Geodesic, Point};

/// A WGS84 position in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LatLon {
    pub lat_deg: f64,
    pub lon_deg: f64,
}

impl LatLon {
    pub const fn new(lat_deg: f64, lon_deg: f64) -> Self {
        Self { lat_deg, lon_deg }
    }

    fn point(self) -> Point<f64> {
        Point::new(self.lon_deg, self.lat_deg)
    }

    fn from_point(p: Point<f64>) -> Self {
        Self {
            lat_deg: p.y(),
            lon_deg: p.x(),
        }
    }
}

/// The geodesic distance between two points, in metres.
///
/// ```
/// use launchmap::geodesy::{distance_m, LatLon};
/// let sunan = LatLon::new(39.2002, 125.6733);
/// let seoul = LatLon::new(37.5665, 126.9780);
/// assert_eq!((distance_m(sunan, seoul) / 100.0).round() / 10.0, 214.2);
/// ```
pub fn distance_m(from: LatLon, to: LatLon) -> f64 {
    Geodesic.distance(from.point(), to.point())
}

/// The initial bearing of the geodesic from `from` to `to`, in degrees clockwise from north.
pub fn bearing_deg(from: LatLon, to: LatLon) -> f64 {
    Geodesic.bearing(from.point(), to.point())
}

/// The point `distance_m` metres from `origin` along the geodesic that leaves at `bearing_deg`.
///
/// ```
/// use launchmap::geodesy::{destination, distance_m, LatLon};
/// let sunan = LatLon::new(39.2002, 125.6733);
/// let p = destination(sunan, 90.0, 300_000.0);
/// assert!((distance_m(sunan, p) - 300_000.0).abs() < 1e-6);
/// ```
pub fn destination(origin: LatLon, bearing_deg: f64, distance_m: f64) -> LatLon {
    LatLon::from_point(Geodesic.destination(origin.point(), bearing_deg, distance_m))
}
