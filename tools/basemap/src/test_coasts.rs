//! Straight coasts for the tests of the zones' rule (`eez.rs`, `zones.rs`), and what to
//! measure along the lines they get.

use geo::LineString;
use launchmap::{distance_m, LatLon};

/// A straight north-south coast at `lon_deg`, from 30°N to 40°N, a vertex every 0.05°.
pub fn coast_at(lon_deg: f64) -> Vec<LatLon> {
    (0..=200)
        .map(|i| LatLon::new(30.0 + i as f64 * 0.05, lon_deg))
        .collect()
}

/// The geodesic distance from `p` to the nearest vertex of `coast`.
pub fn nearest_m(p: LatLon, coast: &[LatLon]) -> f64 {
    coast
        .iter()
        .map(|&v| distance_m(p, v))
        .fold(f64::INFINITY, f64::min)
}

/// Points along `lines` every 0.05° or less (the simplified lines keep few vertices where
/// they run straight), beside the coasts' middle (not around their ends).
pub fn middle_points(lines: &[LineString<f64>]) -> Vec<LatLon> {
    lines
        .iter()
        .flat_map(|l| l.0.windows(2))
        .flat_map(|e| {
            let steps = ((e[1].x - e[0].x).hypot(e[1].y - e[0].y) / 0.05).ceil().max(1.0) as usize;
            (0..steps).map(move |i| {
                let t = i as f64 / steps as f64;
                LatLon::new(e[0].y + t * (e[1].y - e[0].y), e[0].x + t * (e[1].x - e[0].x))
            })
        })
        .filter(|p| p.lat_deg > 32.0 && p.lat_deg < 38.0)
        .collect()
}
