//! The shortest geodesic distance from a set of points to a set of lines, such as from an
//! estimated impact area to Japan's coast.
//!
//! Distances are measured to the lines' vertices. Where a coast runs straight between two
//! vertices 20 km apart, the nearest point of the segment can be up to 10 km from a vertex, and
//! at 300 km that overstates the distance by under 0.2 km; the basemap keeps vertices closer
//! than that around the Sea of Japan.

use crate::earth::geodesy::{distance_m, LatLon};

/// The nearest pair: the distance, and the points at either end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearest {
    /// The geodesic distance between the pair, on the WGS84 ellipsoid, in metres.
    pub distance_m: f64,
    /// The end of the pair among the `from` points.
    pub from: LatLon,
    /// The end of the pair among the lines' vertices.
    pub to: LatLon,
}

/// The shortest geodesic distance from any of `from` to any vertex of `lines`.
///
/// A sphere is within 0.5% of the ellipsoid, so only pairs that the sphere puts within 1% of
/// the best are measured on the ellipsoid.
///
/// ```
/// use launchmap::LatLon;
/// use launchmap::nearest;
/// let coast = vec![vec![LatLon::new(35.0, 130.0), LatLon::new(36.0, 131.0)]];
/// let n = nearest(&[LatLon::new(35.0, 129.0)], &coast).unwrap();
/// assert_eq!(n.to, LatLon::new(35.0, 130.0));
/// ```
pub fn nearest(from: &[LatLon], lines: &[Vec<LatLon>]) -> Option<Nearest> {
    // On the sphere, a pair is nearer the larger the dot product of its unit vectors: a few
    // multiplications a pair, where a haversine takes several trigonometric calls.
    let unit = |p: &LatLon| {
        let ((sin_lat, cos_lat), (sin_lon, cos_lon)) =
            (p.lat_deg.to_radians().sin_cos(), p.lon_deg.to_radians().sin_cos());
        [cos_lat * cos_lon, cos_lat * sin_lon, sin_lat]
    };
    let dot = |a: &[f64; 3], b: &[f64; 3]| a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    let from_units: Vec<[f64; 3]> = from.iter().map(unit).collect();
    let vertices: Vec<(LatLon, [f64; 3])> = lines.iter().flatten().map(|b| (*b, unit(b))).collect();
    let mut best_dot = f64::NEG_INFINITY;
    for (_, b) in &vertices {
        for a in &from_units {
            best_dot = best_dot.max(dot(a, b));
        }
    }
    if best_dot == f64::NEG_INFINITY {
        return None;
    }
    let within_dot = (best_dot.clamp(-1.0, 1.0).acos() * 1.01).cos();
    let mut best: Option<Nearest> = None;
    for (b, b_unit) in &vertices {
        for (a, a_unit) in from.iter().zip(&from_units) {
            if dot(a_unit, b_unit) >= within_dot {
                let d = distance_m(*a, *b);
                if best.is_none_or(|n| d < n.distance_m) {
                    best = Some(Nearest {
                        distance_m: d,
                        from: *a,
                        to: *b,
                    });
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_brute_force_geodesic_search() {
        let coast: Vec<Vec<LatLon>> = vec![
            (0..50)
                .map(|i| LatLon::new(34.0 + i as f64 * 0.1, 132.0 + (i as f64 * 0.7).sin()))
                .collect(),
            (0..30)
                .map(|i| LatLon::new(38.0 + i as f64 * 0.05, 138.5 + i as f64 * 0.02))
                .collect(),
        ];
        let from: Vec<LatLon> = (0..6)
            .map(|i| LatLon::new(39.0 + i as f64 * 0.1, 129.0 + i as f64 * 0.2))
            .collect();
        let brute = from
            .iter()
            .flat_map(|&a| coast.iter().flatten().map(move |&b| distance_m(a, b)))
            .fold(f64::INFINITY, f64::min);
        let found = nearest(&from, &coast).unwrap();
        assert_eq!(found.distance_m, brute);
    }

    #[test]
    fn nothing_to_measure_gives_none() {
        assert_eq!(nearest(&[], &[vec![LatLon::new(0.0, 0.0)]]), None);
        assert_eq!(nearest(&[LatLon::new(0.0, 0.0)], &[]), None);
    }
}
