//! An approximate exclusive economic zone line by equidistance: the edge of the sea that is
//! within 200 nautical miles (370.4 km) of a country's coast *and* nearer to that coast than to
//! any other country's. It is the contour where
//! `g = max(d_own − 370.4 km, d_own − d_other)` is zero, with `d` the geodesic distance to the
//! nearest coast vertex, sampled on a 10 km grid.
//!
//! It is still an approximation, and the map says so: where coasts face each other less than
//! 400 nmi apart the real boundary is whatever the states agreed (in the Sea of Japan, nothing
//! has been agreed), and this line follows the basemap's simplified coast rather than the legal
//! baselines. But it never runs through a neighbour's land, as a plain 370.4 km band does.

use contour::ContourBuilder;
use geo::{Coord, LineString};
use launchmap::{distance_m, AzimuthalEquidistant, LatLon, MapPoint};
use rstar::RTree;

pub use launchmap::EEZ_DISTANCE_M;
const GRID_STEP_M: f64 = 10_000.0;
/// Half the side of the square grid, centred on the coast's own centre.
const GRID_HALF_SIDE_M: f64 = 2_700_000.0;
const NEAREST_CANDIDATES: usize = 32;
/// Within this of the contour, distances on the plane are replaced by ellipsoidal ones.
const REFINE_WITHIN_M: f64 = 100_000.0;

/// The vertices of some coasts, indexed on the grid's plane, to find the nearest quickly.
struct Coast {
    vertices: Vec<LatLon>,
    tree: RTree<[f64; 2]>,
    index_of: std::collections::HashMap<[u64; 2], usize>,
}

impl Coast {
    fn new(lines: &[Vec<LatLon>], projection: &AzimuthalEquidistant) -> Self {
        let vertices: Vec<LatLon> = lines.iter().flatten().copied().collect();
        let planar: Vec<[f64; 2]> = vertices
            .iter()
            .map(|&v| {
                let p = projection.forward(v);
                [p.x_m, p.y_m]
            })
            .collect();
        let index_of = planar
            .iter()
            .enumerate()
            .map(|(i, p)| ([p[0].to_bits(), p[1].to_bits()], i))
            .collect();
        Coast {
            vertices,
            tree: RTree::bulk_load(planar),
            index_of,
        }
    }

    /// The distance on the plane to the nearest vertex, or infinity for no coast.
    fn planar_m(&self, x: f64, y: f64) -> f64 {
        self.tree
            .nearest_neighbor(&[x, y])
            .map_or(f64::INFINITY, |p| (p[0] - x).hypot(p[1] - y))
    }

    /// The geodesic distance to the nearest vertex. The plane bends distances away from its
    /// centre, so the nearest vertex on the plane may not be the nearest on the ellipsoid:
    /// measure the closest few.
    fn geodesic_m(&self, node: LatLon, x: f64, y: f64) -> f64 {
        self.tree
            .nearest_neighbor_iter(&[x, y])
            .take(NEAREST_CANDIDATES)
            .map(|p| {
                distance_m(
                    node,
                    self.vertices[self.index_of[&[p[0].to_bits(), p[1].to_bits()]]],
                )
            })
            .fold(f64::INFINITY, f64::min)
    }
}

/// Where the zone of `own` coast ends: positive outside it, negative inside.
fn zone_edge_value(d_own_m: f64, d_other_m: f64) -> f64 {
    (d_own_m - EEZ_DISTANCE_M).max(d_own_m - d_other_m)
}

/// The lines where the zone of the `own` coast ends, in lon/lat degrees: 370.4 km out from it,
/// or halfway to a coast of `others`, whichever is nearer.
pub fn approximate_eez(own: &[Vec<LatLon>], others: &[Vec<LatLon>], centre: LatLon) -> Vec<LineString<f64>> {
    let projection = AzimuthalEquidistant::new(centre);
    let own = Coast::new(own, &projection);
    let others = Coast::new(others, &projection);

    let n = (2.0 * GRID_HALF_SIDE_M / GRID_STEP_M) as usize + 1;
    let mut values = Vec::with_capacity(n * n);
    for row in 0..n {
        let y = -GRID_HALF_SIDE_M + row as f64 * GRID_STEP_M;
        for col in 0..n {
            let x = -GRID_HALF_SIDE_M + col as f64 * GRID_STEP_M;
            let (d_own, d_other) = (own.planar_m(x, y), others.planar_m(x, y));
            let planar = zone_edge_value(d_own, d_other);
            // Far from the edge the plane is close enough; near it, measure on the ellipsoid.
            let g = if planar.abs() > REFINE_WITHIN_M || !planar.is_finite() {
                planar
            } else {
                let node = projection.inverse(MapPoint { x_m: x, y_m: y });
                zone_edge_value(own.geodesic_m(node, x, y), others.geodesic_m(node, x, y))
            };
            values.push(if g.is_finite() { g } else { f64::MAX });
        }
    }
    // The contour crate puts value `i` at the centre of cell `i`, that is at `i + 0.5` steps.
    let builder = ContourBuilder::new(n, n, true)
        .x_origin(-GRID_HALF_SIDE_M - GRID_STEP_M / 2.0)
        .y_origin(-GRID_HALF_SIDE_M - GRID_STEP_M / 2.0)
        .x_step(GRID_STEP_M)
        .y_step(GRID_STEP_M);
    let lines = builder.lines(&values, &[0.0]).expect("the grid matches its size");
    // Marching squares closes each ring along the grid's edge, where every value is far above
    // the threshold; those stretches are not part of the line, so the line is cut there.
    let on_edge = |c: &Coord<f64>| c.x.abs().max(c.y.abs()) >= GRID_HALF_SIDE_M - GRID_STEP_M;
    let mut out = Vec::new();
    for l in lines.iter().flat_map(|line| line.geometry().0.iter()) {
        for run in l.0.split(on_edge).filter(|run| run.len() >= 2) {
            let coords = run
                .iter()
                .map(|c| {
                    let p = projection.inverse(MapPoint { x_m: c.x, y_m: c.y });
                    Coord {
                        x: p.lon_deg,
                        y: p.lat_deg,
                    }
                })
                .collect();
            out.push(LineString(coords));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_coasts::{coast_at, middle_points, nearest_m};

    #[test]
    fn a_lone_coast_has_its_line_370_km_out_on_both_sides() {
        let own = coast_at(135.0);
        let points = middle_points(&approximate_eez(
            std::slice::from_ref(&own),
            &[],
            LatLon::new(35.0, 135.0),
        ));
        assert!(points.len() > 50);
        assert!(points.iter().any(|p| p.lon_deg < 135.0) && points.iter().any(|p| p.lon_deg > 135.0));
        for p in points {
            let d = nearest_m(p, &own);
            approx::assert_abs_diff_eq!(d, EEZ_DISTANCE_M, epsilon = 1_000.0);
        }
    }

    #[test]
    fn facing_coasts_closer_than_400_nmi_share_a_median_line() {
        // 3.3° of longitude at 35°N is about 300 km: each zone stops halfway.
        let (own, other) = (coast_at(135.0), coast_at(138.3));
        let lines = approximate_eez(
            std::slice::from_ref(&own),
            std::slice::from_ref(&other),
            LatLon::new(35.0, 136.5),
        );
        let towards_other: Vec<LatLon> = middle_points(&lines)
            .into_iter()
            .filter(|p| p.lon_deg > 135.0)
            .collect();
        assert!(towards_other.len() > 50);
        for p in towards_other {
            let (d_own, d_other) = (nearest_m(p, &own), nearest_m(p, &other));
            approx::assert_abs_diff_eq!(d_own, d_other, epsilon = 2_000.0);
            assert!(d_own < 160_000.0, "{p:?} is {d_own} m out: not the median");
        }
    }

    #[test]
    fn a_distant_neighbour_leaves_the_full_200_nmi() {
        // 12° of longitude at 35°N is about 1,090 km: more than twice 370.4 km apart.
        let (own, other) = (coast_at(135.0), coast_at(147.0));
        let lines = approximate_eez(
            std::slice::from_ref(&own),
            std::slice::from_ref(&other),
            LatLon::new(35.0, 141.0),
        );
        let towards_other: Vec<LatLon> = middle_points(&lines)
            .into_iter()
            .filter(|p| p.lon_deg > 135.0 && p.lon_deg < 141.0)
            .collect();
        assert!(towards_other.len() > 50);
        for p in towards_other {
            let d = nearest_m(p, &own);
            approx::assert_abs_diff_eq!(d, EEZ_DISTANCE_M, epsilon = 1_000.0);
        }
    }
}
