//! The shortest geodesic distance from a set of points to a set of lines, such as from an
//! estimated impact area to Japan's coast.
//!
//! Distances are measured to the lines' vertices. Where a coast runs straight between two
//! vertices 20 km apart, the nearest point of the segment can be up to 10 km from a vertex, and
//! at 300 km that overstates the distance by under 0.2 km; the basemap keeps vertices closer
//! than that around the Sea of Japan.

use geo::{Distance, Haversine, Point};

use crate::geodesy::{distance_m, LatLon};
use crate::ordering::sort_by_f64_key;

/// The nearest pair: the distance, and the points at either end.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Nearest {
    pub distance_m: f64,
    pub from: LatLon,
    pub to: LatLon,
}

/// The shortest geodesic distance from any of `from` to any vertex of `lines`.
///
/// A sphere is within 0.5% of the ellipsoid, so only pairs that the sphere puts within 1% of
/// the best are measured on the ellipsoid.
///
/// ```
/// use launchmap::geodesy::LatLon;
/// use launchmap::nearest::nearest;
/// let coast = vec![vec![LatLon::new(35.0, 130.0), LatLon::new(36.0, 131.0)]];
/// let n = nearest(&[LatLon::new(35.0, 129.0)], &coast).unwrap();
/// assert_eq!(n.to, LatLon::new(35.0, 130.0));
/// ```
pub fn nearest(from: &[LatLon], lines: &[Vec<LatLon>]) -> Option<Nearest> {
    let point = |p: LatLon| Point::new(p.lon_deg, p.lat_deg);
    let sphere = |a: LatLon, b: LatLon| Haversine.distance(point(a), point(b));
    let first = *from.first()?;
    // Vertices in order of their distance from one point of `from`: by the triangle inequality
    // no pair with a vertex farther than the best found plus the spread of `from` can win, so
    // the search stops there instead of measuring every pair.
    let spread_m = from.iter().map(|&a| sphere(first, a)).fold(0.0, f64::max);
    let mut vertices: Vec<(f64, LatLon)> = lines.iter().flatten().map(|&b| (sphere(first, b), b)).collect();
    sort_by_f64_key(&mut vertices, |v| v.0);
    let mut candidates: Vec<(f64, LatLon, LatLon)> = Vec::new();
    let mut best_sphere = f64::INFINITY;
    for &(from_first_m, b) in &vertices {
        if from_first_m - spread_m > best_sphere * 1.01 {
            break;
        }
        for &a in from {
            let d = sphere(a, b);
            if d <= best_sphere * 1.01 {
                best_sphere = best_sphere.min(d);
                candidates.push((d, a, b));
            }
        }
    }
    candidates
        .into_iter()
        .filter(|(d, _, _)| *d <= best_sphere * 1.01)
        .map(|(_, a, b)| Nearest {
            distance_m: distance_m(a, b),
            from: a,
            to: b,
        })
        .min_by(|x, y| x.distance_m.total_cmp(&y.distance_m))
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
