//! The approximate exclusive economic zone of every coastal country of the world, a file each
//! (`launchmap::zone_url`), for the stories that choose them. The same rule as Japan's line in
//! `eez.rs` (200 nmi, or halfway to another country's coast, whichever is nearer), worked out
//! on a grid of latitude and longitude over the whole Earth rather than on one plane, so that
//! it holds for countries that span an ocean or the antimeridian, and at the poles.
//!
//! The coast is the 1:10m arcs that only one country uses (a shared arc is a land border).
//! Distances on the grid are on the sphere, through an R-tree of unit vectors; near the line,
//! on the ellipsoid. Where the line crosses land (halfway between two coasts that also share a
//! land border, or 200 nmi inland) it is cut off: a zone is at sea.

use std::collections::HashMap;

use contour::ContourBuilder;
use geo::{BooleanOps, Coord, LineString, MultiLineString, Polygon, Rect, Simplify};
use launchmap::{distance_m, LatLon, EEZ_DISTANCE_M};
use rstar::RTree;
use topojson::{Topology, Value};

/// The grid's step in degrees (about 11 km north-south).
const STEP_DEG: f64 = 0.1;
/// The grid runs this far past the antimeridian on each side, so that a line crossing it is
/// whole there and is cut exactly at ±180°.
const OVERLAP_DEG: f64 = 1.0;
/// Mean radius of the Earth (IUGG), for distances on the sphere away from the line.
const SPHERE_RADIUS_M: f64 = 6_371_008.8;
/// Within this of the line (on the sphere), distances are measured on the ellipsoid instead.
const REFINE_WITHIN_M: f64 = 40_000.0;
const NEAREST_CANDIDATES: usize = 8;
/// Douglas–Peucker tolerance of the lines, in degrees: the tiles' own.
const TOLERANCE_DEG: f64 = 0.01;

/// A point as a unit vector, for the R-tree: the chord between two unit vectors grows with
/// the angle between them, so the nearest by chord is the nearest on the sphere.
fn unit(p: LatLon) -> [f64; 3] {
    let (lat, lon) = (p.lat_deg.to_radians(), p.lon_deg.to_radians());
    [lat.cos() * lon.cos(), lat.cos() * lon.sin(), lat.sin()]
}

fn sphere_m(chord: f64) -> f64 {
    2.0 * SPHERE_RADIUS_M * (chord / 2.0).min(1.0).asin()
}

/// Coast vertices, to find the nearest: on the sphere fast, on the ellipsoid when it matters.
struct Coast {
    tree: RTree<[f64; 3]>,
    at: HashMap<[u64; 3], LatLon>,
}

impl Coast {
    fn new(vertices: &[LatLon]) -> Self {
        let units: Vec<[f64; 3]> = vertices.iter().map(|&v| unit(v)).collect();
        let at = units
            .iter()
            .zip(vertices)
            .map(|(u, &v)| (u.map(f64::to_bits), v))
            .collect();
        Coast {
            tree: RTree::bulk_load(units),
            at,
        }
    }

    fn sphere_m(&self, u: [f64; 3]) -> f64 {
        self.tree.nearest_neighbor(&u).map_or(f64::INFINITY, |p| {
            sphere_m(((p[0] - u[0]).powi(2) + (p[1] - u[1]).powi(2) + (p[2] - u[2]).powi(2)).sqrt())
        })
    }

    fn ellipsoid_m(&self, node: LatLon, u: [f64; 3]) -> f64 {
        self.tree
            .nearest_neighbor_iter(&u)
            .take(NEAREST_CANDIDATES)
            .map(|p| distance_m(node, self.at[&p.map(f64::to_bits)]))
            .fold(f64::INFINITY, f64::min)
    }
}

/// Which nodes of the grid lie on land.
pub struct LandMask {
    columns: usize,
    rows: usize,
    land: Vec<bool>,
}

/// The grid: longitudes from -180° − `OVERLAP_DEG` east in `STEP_DEG`, latitudes from -90°.
fn grid_size() -> (usize, usize) {
    let columns = ((360.0 + 2.0 * OVERLAP_DEG) / STEP_DEG).round() as usize + 1;
    let rows = (180.0 / STEP_DEG).round() as usize + 1;
    (columns, rows)
}

fn node_lon(column: usize) -> f64 {
    -180.0 - OVERLAP_DEG + column as f64 * STEP_DEG
}

fn node_lat(row: usize) -> f64 {
    -90.0 + row as f64 * STEP_DEG
}

impl LandMask {
    /// Every node of the grid inside one of `polygons` (which may reach past ±180°, as
    /// `whole_world_polygons` writes them), by scanlines along the rows.
    pub fn new<'a>(polygons: impl Iterator<Item = &'a Polygon<f64>>) -> Self {
        let (columns, rows) = grid_size();
        let mut land = vec![false; columns * rows];
        for polygon in polygons {
            let mut crossings: HashMap<usize, Vec<f64>> = HashMap::new();
            for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
                for e in ring.0.windows(2) {
                    let (a, b) = (e[0], e[1]);
                    let (lo, hi) = (a.y.min(b.y), a.y.max(b.y));
                    let first = ((lo + 90.0) / STEP_DEG).ceil().max(0.0) as usize;
                    let mut row = first;
                    while row < rows && node_lat(row) < hi {
                        let y = node_lat(row);
                        if y >= lo {
                            let x = a.x + (y - a.y) / (b.y - a.y) * (b.x - a.x);
                            crossings.entry(row).or_default().push(x);
                        }
                        row += 1;
                    }
                }
            }
            for (row, mut xs) in crossings {
                xs.sort_by(f64::total_cmp);
                for pair in xs.chunks_exact(2) {
                    let from = ((pair[0] - node_lon(0)) / STEP_DEG).ceil().max(0.0) as usize;
                    let mut column = from;
                    while column < columns && node_lon(column) <= pair[1] {
                        land[row * columns + column] = true;
                        column += 1;
                    }
                }
            }
        }
        LandMask { columns, rows, land }
    }

    /// No land at all: for tests of the rule alone.
    #[cfg(test)]
    pub fn sea() -> Self {
        let (columns, rows) = grid_size();
        LandMask {
            columns,
            rows,
            land: vec![false; columns * rows],
        }
    }

    fn on_land(&self, c: Coord<f64>) -> bool {
        let column = ((c.x - node_lon(0)) / STEP_DEG).round();
        let row = ((c.y + 90.0) / STEP_DEG).round();
        if column < 0.0 || row < 0.0 {
            return false;
        }
        let (column, row) = (column as usize, row as usize);
        column < self.columns && row < self.rows && self.land[row * self.columns + column]
    }
}

/// The coast vertices of each country that has a coast, by the country's name: the points of
/// the arcs (simplified, `arcs`) that only that country's rings use.
pub fn coasts(topology: &Topology, arcs: &[LineString<f64>]) -> Vec<(String, Vec<LatLon>)> {
    let Some(object) = topology.objects.iter().find(|o| o.name == "countries") else {
        return Vec::new();
    };
    let Value::GeometryCollection(geometries) = &object.geometry.value else {
        return Vec::new();
    };
    let arcs_of = |value: &Value| -> Vec<usize> {
        let rings: Vec<&Vec<i32>> = match value {
            Value::Polygon(rings) => rings.iter().collect(),
            Value::MultiPolygon(polygons) => polygons.iter().flatten().collect(),
            _ => Vec::new(),
        };
        rings
            .into_iter()
            .flatten()
            .map(|&i| if i < 0 { !i as usize } else { i as usize })
            .collect()
    };
    let mut uses = vec![0usize; arcs.len()];
    for g in geometries {
        for i in arcs_of(&g.value) {
            uses[i] += 1;
        }
    }
    let mut out: Vec<(String, Vec<LatLon>)> = Vec::new();
    for g in geometries {
        let name = crate::country_name(g);
        let vertices: Vec<LatLon> = arcs_of(&g.value)
            .into_iter()
            .filter(|&i| uses[i] == 1)
            .flat_map(|i| arcs[i].0.iter())
            // The data's cuts along the antimeridian and Antarctica's closing line across the
            // world lie on land, not on a coast.
            .filter(|c| c.x.abs() < 180.0 - 1e-9 && c.y > -84.0)
            .map(|c| LatLon::new(c.y, c.x))
            .collect();
        if name.is_empty() || vertices.is_empty() {
            continue;
        }
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, v)) => v.extend(vertices),
            None => out.push((name, vertices)),
        }
    }
    out
}

/// Where the zone of the `own` coast ends, in lon/lat degrees from -180° to 180°: 370.4 km
/// out from it, or halfway to a coast of `others`, whichever is nearer; at sea only.
pub fn zone_lines(own: &[LatLon], others: &[LatLon], land: &LandMask) -> Vec<LineString<f64>> {
    let own_coast = Coast::new(own);
    let (columns, rows) = grid_size();
    // Cells of 1°: only those near the coast are worked out node by node.
    let cell_columns = columns.div_ceil(10);
    let cell_rows = rows.div_ceil(10);
    let cell_centre_m = |cell_row: usize, cell_column: usize| {
        let lat = node_lat((cell_row * 10 + 5).min(rows - 1));
        let lon = node_lon((cell_column * 10 + 5).min(columns - 1));
        own_coast.sphere_m(unit(LatLon::new(lat, lon)))
    };
    // A cell's nodes are within 80 km of its centre.
    const CELL_REACH_M: f64 = 80_000.0;
    let cell_m: Vec<f64> = (0..cell_rows * cell_columns)
        .map(|i| cell_centre_m(i / cell_columns, i % cell_columns))
        .collect();
    let near: Vec<bool> = cell_m
        .iter()
        .map(|&d| d <= EEZ_DISTANCE_M + 2.0 * CELL_REACH_M)
        .collect();
    let (mut row_lo, mut row_hi, mut col_lo, mut col_hi) = (usize::MAX, 0, usize::MAX, 0);
    for (i, _) in near.iter().enumerate().filter(|(_, &n)| n) {
        let (r, c) = (i / cell_columns, i % cell_columns);
        (row_lo, row_hi) = (row_lo.min(r), row_hi.max(r));
        (col_lo, col_hi) = (col_lo.min(c), col_hi.max(c));
    }
    if row_lo == usize::MAX {
        return Vec::new();
    }
    // Other coasts matter only where they are nearer than 370.4 km to a node near this one.
    let reach_m = 2.0 * (EEZ_DISTANCE_M + 3.0 * CELL_REACH_M);
    let cell_of = |v: LatLon| {
        let column = ((v.lon_deg - node_lon(0)) / STEP_DEG / 10.0) as usize;
        let row = ((v.lat_deg + 90.0) / STEP_DEG / 10.0) as usize;
        row.min(cell_rows - 1) * cell_columns + column.min(cell_columns - 1)
    };
    let nearby_others: Vec<LatLon> = others
        .iter()
        .copied()
        .filter(|&v| cell_m[cell_of(v)] <= reach_m)
        .collect();
    let other_coast = Coast::new(&nearby_others);

    // The sub-grid of the near cells, with a node's margin of far values around it.
    let (r0, r1) = ((row_lo * 10).saturating_sub(1), (row_hi * 10 + 11).min(rows - 1));
    let (c0, c1) = (
        (col_lo * 10).saturating_sub(1),
        (col_hi * 10 + 11).min(columns - 1),
    );
    let (width, height) = (c1 - c0 + 1, r1 - r0 + 1);
    let mut values = vec![EEZ_DISTANCE_M; width * height];
    for row in r0..=r1 {
        for column in c0..=c1 {
            if !near[(row / 10) * cell_columns + column / 10] {
                continue;
            }
            let node = LatLon::new(node_lat(row), node_lon(column));
            let u = unit(node);
            let (d_own, d_other) = (own_coast.sphere_m(u), other_coast.sphere_m(u));
            let mut g = (d_own - EEZ_DISTANCE_M).max(d_own - d_other);
            if g.abs() < REFINE_WITHIN_M {
                let (d_own, d_other) = (own_coast.ellipsoid_m(node, u), other_coast.ellipsoid_m(node, u));
                g = (d_own - EEZ_DISTANCE_M).max(d_own - d_other);
            }
            values[(row - r0) * width + column - c0] = g;
        }
    }
    // The contour crate puts value `i` at the centre of cell `i`, that is at `i + 0.5` steps.
    let builder = ContourBuilder::new(width, height, true)
        .x_origin(node_lon(c0) - STEP_DEG / 2.0)
        .y_origin(node_lat(r0) - STEP_DEG / 2.0)
        .x_step(STEP_DEG)
        .y_step(STEP_DEG);
    let Ok(lines) = builder.lines(&values, &[0.0]) else {
        return Vec::new();
    };
    // Marching squares closes a ring along the sub-grid's edge, where the values are far;
    // those stretches, and the stretches over land, are not part of the line.
    let (west, east) = (node_lon(c0) + STEP_DEG, node_lon(c1) - STEP_DEG);
    let (south, north) = (node_lat(r0) + STEP_DEG, node_lat(r1) - STEP_DEG);
    let cut = |c: &Coord<f64>| c.x <= west || c.x >= east || c.y <= south || c.y >= north || land.on_land(*c);
    let runs: Vec<LineString<f64>> = lines
        .iter()
        .flat_map(|line| line.geometry().0.iter())
        .flat_map(|ring| {
            ring.0
                .split(cut)
                .filter(|run| run.len() >= 2)
                .map(|run| LineString(run.to_vec()))
        })
        .collect();
    // Cut at the antimeridian: the grid holds the sea beside it twice, once past each side, and
    // each side's copy is whole up to the cut, so one copy of each is kept.
    let world = Rect::new(Coord { x: -180.0, y: -90.0 }, Coord { x: 180.0, y: 90.0 }).to_polygon();
    world
        .clip(&MultiLineString(runs), false)
        .0
        .into_iter()
        .map(|l| l.simplify(TOLERANCE_DEG))
        .filter(|l| l.0.len() >= 2)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_coasts::{coast_at, middle_points, nearest_m};

    #[test]
    fn a_lone_coast_has_its_zone_370_km_out_on_both_sides() {
        let own = coast_at(20.0);
        let points = middle_points(&zone_lines(&own, &[], &LandMask::sea()));
        assert!(points.len() > 30, "{}", points.len());
        assert!(points.iter().any(|p| p.lon_deg < 20.0) && points.iter().any(|p| p.lon_deg > 20.0));
        for p in points {
            approx::assert_abs_diff_eq!(nearest_m(p, &own), EEZ_DISTANCE_M, epsilon = 1_500.0);
        }
    }

    #[test]
    fn facing_coasts_closer_than_400_nmi_share_a_median_line() {
        // 3.3° of longitude at 35°N is about 300 km: each zone stops halfway.
        let (own, other) = (coast_at(20.0), coast_at(23.3));
        let east: Vec<LatLon> = middle_points(&zone_lines(&own, &other, &LandMask::sea()))
            .into_iter()
            .filter(|p| p.lon_deg > 20.0)
            .collect();
        assert!(east.len() > 30);
        for p in east {
            let (d_own, d_other) = (nearest_m(p, &own), nearest_m(p, &other));
            approx::assert_abs_diff_eq!(d_own, d_other, epsilon = 2_000.0);
            assert!(d_own < 160_000.0, "{p:?} is {d_own} m out: not the median");
        }
    }

    #[test]
    fn a_zone_across_the_antimeridian_is_whole_on_both_sides() {
        // A coast along 179.5°E: its zone reaches 3.5° east of the antimeridian at 35°N.
        let own = coast_at(179.5);
        let lines = zone_lines(&own, &[], &LandMask::sea());
        let points = middle_points(&lines);
        let west_of = points
            .iter()
            .filter(|p| p.lon_deg > 170.0 && p.lon_deg < 179.5)
            .count();
        let past = points.iter().filter(|p| p.lon_deg < -176.0).count();
        assert!(
            west_of > 30 && past > 30,
            "{west_of} west, {past} past the antimeridian"
        );
        for p in points {
            approx::assert_abs_diff_eq!(nearest_m(p, &own), EEZ_DISTANCE_M, epsilon = 1_500.0);
        }
        assert!(lines.iter().flat_map(|l| l.0.iter()).all(|c| c.x.abs() <= 180.0));
        // Each stretch once: the grid's overlap past the antimeridian is not drawn again.
        let mut seen = std::collections::HashSet::new();
        for e in lines.iter().flat_map(|l| l.0.windows(2)) {
            let key = |c: Coord<f64>| [(c.x * 1e6).round() as i64, (c.y * 1e6).round() as i64];
            let (a, b) = (key(e[0]), key(e[1]));
            assert!(seen.insert(if a <= b { (a, b) } else { (b, a) }), "{e:?} twice");
        }
    }

    #[test]
    fn the_line_stops_at_land() {
        // Land covers everything east of 22°E: the zone's eastern line is cut off.
        let land = Polygon::new(
            LineString::from(vec![
                (22.0, 0.0),
                (60.0, 0.0),
                (60.0, 60.0),
                (22.0, 60.0),
                (22.0, 0.0),
            ]),
            vec![],
        );
        let lines = zone_lines(&coast_at(20.0), &[], &LandMask::new(std::iter::once(&land)));
        let points = middle_points(&lines);
        assert!(points.iter().any(|p| p.lon_deg < 20.0));
        assert!(points.iter().all(|p| p.lon_deg < 22.05), "a line over land");
    }
}
