//! An approximate line 200 nautical miles (370.4 km) from a coast, as a contour of the geodesic
//! distance to the nearest coast vertex, sampled on a 10 km grid.
//!
//! It is an approximation twice over, and the map says so: the real zone stops at median or
//! agreed lines where coasts face each other, and this line follows the basemap's simplified
//! coast rather than the legal baselines.

use contour::ContourBuilder;
use geo::{Coord, LineString};
use launchmap::geodesy::{distance_m, LatLon};
use launchmap::projection::{AzimuthalEquidistant, MapPoint};
use rstar::RTree;

pub use launchmap::map_scene::EEZ_DISTANCE_M;
const GRID_STEP_M: f64 = 10_000.0;
/// Half the side of the square grid, centred on the coast's own centre.
const GRID_HALF_SIDE_M: f64 = 2_700_000.0;
const NEAREST_CANDIDATES: usize = 32;

/// Lines at `EEZ_DISTANCE_M` from the nearest vertex of `coast`, in lon/lat degrees.
pub fn approximate_eez(coast: &[Vec<LatLon>], centre: LatLon) -> Vec<LineString<f64>> {
    let projection = AzimuthalEquidistant::new(centre);
    let vertices: Vec<LatLon> = coast.iter().flatten().copied().collect();
    let planar: Vec<[f64; 2]> = vertices
        .iter()
        .map(|&v| {
            let p = projection.forward(v);
            [p.x_m, p.y_m]
        })
        .collect();
    let index_of: std::collections::HashMap<[u64; 2], usize> = planar
        .iter()
        .enumerate()
        .map(|(i, p)| ([p[0].to_bits(), p[1].to_bits()], i))
        .collect();
    let tree = RTree::bulk_load(planar.clone());

    let n = (2.0 * GRID_HALF_SIDE_M / GRID_STEP_M) as usize + 1;
    let mut values = Vec::with_capacity(n * n);
    for row in 0..n {
        let y = -GRID_HALF_SIDE_M + row as f64 * GRID_STEP_M;
        for col in 0..n {
            let x = -GRID_HALF_SIDE_M + col as f64 * GRID_STEP_M;
            let Some(nearest) = tree.nearest_neighbor(&[x, y]) else {
                values.push(f64::MAX);
                continue;
            };
            let planar_m = (nearest[0] - x).hypot(nearest[1] - y);
            // Far from the threshold the plane is close enough; near it, measure on the ellipsoid.
            let d = if (planar_m - EEZ_DISTANCE_M).abs() > 100_000.0 {
                planar_m
            } else {
                // The plane bends distances away from its centre, so the nearest vertex on the
                // plane may not be the nearest on the ellipsoid: measure the closest few.
                let node = projection.inverse(MapPoint { x_m: x, y_m: y });
                tree.nearest_neighbor_iter(&[x, y])
                    .take(NEAREST_CANDIDATES)
                    .map(|p| distance_m(node, vertices[index_of[&[p[0].to_bits(), p[1].to_bits()]]]))
                    .fold(f64::INFINITY, f64::min)
            };
            values.push(d);
        }
    }
    // The contour crate puts value `i` at the centre of cell `i`, that is at `i + 0.5` steps.
    let builder = ContourBuilder::new(n, n, true)
        .x_origin(-GRID_HALF_SIDE_M - GRID_STEP_M / 2.0)
        .y_origin(-GRID_HALF_SIDE_M - GRID_STEP_M / 2.0)
        .x_step(GRID_STEP_M)
        .y_step(GRID_STEP_M);
    let lines = builder
        .lines(&values, &[EEZ_DISTANCE_M])
        .expect("the grid matches its size");
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

    /// A straight north-south coast: the line runs 370.4 km to either side of it.
    #[test]
    fn line_lies_370_km_from_a_straight_coast() {
        let coast: Vec<Vec<LatLon>> = vec![(0..=100)
            .map(|i| LatLon::new(30.0 + i as f64 * 0.1, 135.0))
            .collect()];
        let lines = approximate_eez(&coast, LatLon::new(35.0, 135.0));
        assert!(!lines.is_empty());
        let mut checked = 0;
        for line in &lines {
            for c in &line.0 {
                let p = LatLon::new(c.y, c.x);
                // Beside the coast (not around its ends), the nearest vertex is straight across.
                if p.lat_deg > 31.0 && p.lat_deg < 39.0 {
                    let d = coast[0]
                        .iter()
                        .map(|&v| distance_m(p, v))
                        .fold(f64::INFINITY, f64::min);
                    assert!(
                        (d - EEZ_DISTANCE_M).abs() < 1_000.0,
                        "{p:?} is {d} m from the coast"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 50);
    }
}
