//! Range rings: every point a given geodesic distance from a launch site, and what lies inside.

use crate::earth::geodesy::{destination, distance_m, LatLon};
use crate::text::ordering::sort_by_f64_key;

/// Vertices per ring: one every 2° of bearing. At 3,500 km a chord then strays at most 0.5 km
/// from the true circle, less than a pixel at any zoom that shows the whole ring.
pub const RING_VERTICES: usize = 180;

/// A closed ring of points at `radius_m` from `centre` on the ellipsoid; the last point repeats
/// the first.
///
/// ```
/// use launchmap::{distance_m, LatLon};
/// use launchmap::range_ring;
/// let sunan = LatLon::new(39.2002, 125.6733);
/// let r = range_ring(sunan, 1_000_000.0, 36);
/// assert_eq!(r.len(), 37);
/// assert_eq!(r.first(), r.last());
/// approx::assert_abs_diff_eq!(distance_m(sunan, r[9]), 1_000_000.0, epsilon = 1e-3);
/// ```
pub fn ring(centre: LatLon, radius_m: f64, vertices: usize) -> Vec<LatLon> {
    let n = vertices.max(3);
    let mut points: Vec<LatLon> = (0..n)
        .map(|i| destination(centre, 360.0 * i as f64 / n as f64, radius_m))
        .collect();
    points.push(points[0]);
    points
}

/// Which of `points` lie within `radius_m` of `centre`, nearest first, as (index in `points`,
/// distance in metres); the centre itself is left out.
pub fn points_within(
    points: impl IntoIterator<Item = LatLon>,
    centre: LatLon,
    radius_m: f64,
) -> Vec<(usize, f64)> {
    let mut inside: Vec<(usize, f64)> = points
        .into_iter()
        .map(|p| distance_m(centre, p))
        .enumerate()
        .filter(|&(_, d)| d > 1.0 && d <= radius_m)
        .collect();
    sort_by_f64_key(&mut inside, |&(_, d)| d);
    inside
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::{Place, Story};

    const SUNAN: LatLon = LatLon::new(39.2002, 125.6733);

    fn places() -> Vec<Place> {
        let story: Story = crate::testing::default_story_model();
        story.places
    }

    #[test]
    fn every_vertex_lies_at_the_radius_within_a_metre() {
        for radius_km in [50.0, 214.2, 300.0, 350.0, 1298.6, 3500.0] {
            for v in ring(SUNAN, radius_km * 1000.0, RING_VERTICES) {
                let d = distance_m(SUNAN, v);
                approx::assert_abs_diff_eq!(d, radius_km * 1000.0, epsilon = 1.0);
            }
        }
    }

    #[test]
    fn largest_ring_stays_a_closed_loop_without_jumps() {
        let r = ring(SUNAN, 3_500_000.0, RING_VERTICES);
        assert_eq!(r.first(), r.last());
        for pair in r.windows(2) {
            // Neighbours are 2° of bearing apart: about 122 km at 3,500 km, never a jump across the map.
            assert!(distance_m(pair[0], pair[1]) < 130_000.0);
            approx::assert_abs_diff_eq!(pair[0].lon_deg, pair[1].lon_deg, epsilon = 10.0);
        }
    }

    #[test]
    fn seoul_is_in_at_250_km_and_out_at_200_km() {
        let places = places();
        let ids = |km: f64| -> Vec<String> {
            let points = places.iter().map(Place::at);
            points_within(points, SUNAN, km * 1000.0)
                .iter()
                .map(|&(i, _)| places[i].id.clone())
                .collect()
        };
        assert_eq!(ids(200.0), ["pyongyang", "sohae", "wonsan"]);
        assert_eq!(ids(250.0), ["pyongyang", "sohae", "wonsan", "seoul"]);
        assert_eq!(
            ids(300.0),
            ["pyongyang", "sohae", "wonsan", "seoul", "camp-humphreys"]
        );
        assert_eq!(ids(600.0).last().map(String::as_str), Some("busan"));
        assert!(ids(1_298.0).iter().all(|id| id != "tokyo"));
        assert!(ids(1_299.0).iter().any(|id| id == "tokyo"));
        assert!(ids(3_410.0).iter().all(|id| id != "guam"));
        assert_eq!(ids(3_411.0).len(), 10, "every place but Sunan itself");
    }
}
