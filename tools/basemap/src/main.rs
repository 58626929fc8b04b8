//! Writes `assets/basemap.bin` from Natural Earth's 1:10m countries (npm `world-atlas`).
//!
//! Run it from the repository root after `npm ci --prefix tools/basemap`:
//! `cargo run --release -p launchmap-basemap`. The app's build never runs it; its output is
//! committed. It simplifies TopoJSON arcs, the edges that neighbouring countries share, so that
//! both sides of a border keep the same points; then it marks each edge of each ring of land as
//! coast (no other ring has it), border (another country's ring has it; drawn once) or hidden.

mod eez;

use std::collections::HashMap;
use std::path::PathBuf;

use geo::{
    Area, BooleanOps, BoundingRect, Coord, Intersects, LineString, MultiLineString, MultiPolygon, Polygon,
    Rect, Simplify,
};
use launchmap::{to_units, BasemapAsset, CountryAsset, EdgeKind, EdgeRun, RingAsset, UnitPoint};
use topojson::{TopoJson, Topology, Value};

/// What the explainer can show: 110°E–150°E and 20°N–50°N with margin, and Guam (13.5°N, 144.9°E).
const BBOX_DEG: [f64; 4] = [108.0, 11.0, 152.0, 53.0];
/// Where readers zoom in: the Korean peninsula and the Sea of Japan. Detail is kept here.
const DETAIL_DEG: [f64; 4] = [123.0, 32.5, 142.5, 44.0];
/// Douglas–Peucker tolerance in degrees inside and outside the detail box (about 1 km and 10 km; at the opening view a pixel is about 2 km).
const TOLERANCE_DETAIL_DEG: f64 = 0.01;
const TOLERANCE_ELSEWHERE_DEG: f64 = 0.1;
/// Islands smaller than this (deg², about 60 km² at 35°N) are dropped outside the detail box.
const MIN_ISLAND_AREA_DEG2: f64 = 0.006;
/// 1/150 of a degree (about 0.6 km east-west at 35°N, 0.74 km north-south), finer than the 0.01°
/// simplification.
const UNITS_PER_DEG: u32 = 150;
/// Always kept, however small: the story measures a distance to it.
const ALWAYS_KEEP: &[&str] = &["Guam"];

#[derive(Debug, thiserror::Error)]
enum GenError {
    #[error("cannot read {path}: {source}; run `npm ci --prefix tools/basemap` first")]
    Read { path: String, source: std::io::Error },
    #[error("{path} is not TopoJSON: {message}")]
    Parse { path: String, message: String },
    #[error("{path} has no object named \"countries\"")]
    NoCountries { path: String },
    #[error("cannot write {path}: {source}")]
    Write { path: String, source: std::io::Error },
}

fn main() {
    if let Err(e) = run() {
        eprintln!("launchmap-basemap: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), GenError> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let input = root.join("tools/basemap/node_modules/world-atlas/countries-10m.json");
    let output = root.join("assets/basemap.bin");
    let input_name = input.display().to_string();
    let text = std::fs::read_to_string(&input).map_err(|source| GenError::Read {
        path: input_name.clone(),
        source,
    })?;
    let topology = match text.parse::<TopoJson>() {
        Ok(TopoJson::Topology(t)) => t,
        Ok(_) => {
            return Err(GenError::Parse {
                path: input_name,
                message: "not a Topology".into(),
            })
        }
        Err(e) => {
            return Err(GenError::Parse {
                path: input_name,
                message: e.to_string(),
            })
        }
    };
    let asset = build(&topology).ok_or(GenError::NoCountries { path: input_name })?;
    let bytes = launchmap::write_basemap(&asset);
    std::fs::write(&output, &bytes).map_err(|source| GenError::Write {
        path: output.display().to_string(),
        source,
    })?;
    let rings = || asset.countries.iter().flat_map(|c| c.polygons.iter().flatten());
    let edges_of = |kind: EdgeKind| -> u32 {
        rings()
            .flat_map(|r| &r.edges)
            .filter(|run| run.kind == kind)
            .map(|run| run.count)
            .sum()
    };
    println!(
        "wrote {} ({} bytes): {} countries, {} rings, {} points; edges: {} coast, {} border, {} hidden; {} EEZ lines",
        output.display(),
        bytes.len(),
        asset.countries.len(),
        rings().count(),
        rings().map(|r| r.points.len()).sum::<usize>(),
        edges_of(EdgeKind::Coast),
        edges_of(EdgeKind::Border),
        edges_of(EdgeKind::Hidden),
        asset.japan_eez_approx.len(),
    );
    Ok(())
}

fn rect(b: [f64; 4]) -> Rect<f64> {
    Rect::new(Coord { x: b[0], y: b[1] }, Coord { x: b[2], y: b[3] })
}

/// The arcs in degrees, decoded from the quantised, delta-encoded positions and simplified.
fn decode_arcs(topology: &Topology) -> Vec<LineString<f64>> {
    let (scale, translate) = match &topology.transform {
        Some(t) => (t.scale, t.translate),
        None => ([1.0, 1.0], [0.0, 0.0]),
    };
    let quantised = topology.transform.is_some();
    let detail = rect(DETAIL_DEG);
    topology
        .arcs
        .iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            let coords: Vec<Coord<f64>> = arc
                .iter()
                .map(|p| {
                    if quantised {
                        x += p[0];
                        y += p[1];
                    } else {
                        (x, y) = (p[0], p[1]);
                    }
                    Coord {
                        x: x * scale[0] + translate[0],
                        y: y * scale[1] + translate[1],
                    }
                })
                .collect();
            let line = LineString(coords);
            let tolerance = if line.intersects(&detail) {
                TOLERANCE_DETAIL_DEG
            } else {
                TOLERANCE_ELSEWHERE_DEG
            };
            line.simplify(tolerance)
        })
        .collect()
}

/// Joins arcs into a ring; a negative index `~i` means arc `i` reversed.
fn ring(arcs: &[LineString<f64>], indexes: &[i32]) -> LineString<f64> {
    let mut coords: Vec<Coord<f64>> = Vec::new();
    for &index in indexes {
        let (i, reversed) = if index < 0 {
            (!index as usize, true)
        } else {
            (index as usize, false)
        };
        let mut part = arcs[i].0.clone();
        if reversed {
            part.reverse();
        }
        // Consecutive arcs share their junction point.
        let skip = usize::from(!coords.is_empty());
        coords.extend(part.into_iter().skip(skip));
    }
    LineString(coords)
}

fn build(topology: &Topology) -> Option<BasemapAsset> {
    let arcs = decode_arcs(topology);
    let bbox = rect(BBOX_DEG);
    let bbox_polygon = bbox.to_polygon();
    let detail = rect(DETAIL_DEG);
    let geometries = match &topology
        .objects
        .iter()
        .find(|o| o.name == "countries")?
        .geometry
        .value
    {
        Value::GeometryCollection(g) => g.clone(),
        _ => return None,
    };

    let mut countries = Vec::new();
    let mut japan_coast: Vec<Vec<launchmap::LatLon>> = Vec::new();
    let mut other_coasts: Vec<Vec<launchmap::LatLon>> = Vec::new();
    for geometry in geometries.iter() {
        let name = geometry
            .properties
            .as_ref()
            .and_then(|p| p.get("name"))
            .and_then(|n| n.as_str())
            .unwrap_or("")
            .to_owned();
        let polygons: Vec<Vec<Vec<i32>>> = match &geometry.value {
            Value::Polygon(rings) => vec![rings.clone()],
            Value::MultiPolygon(polygons) => polygons.clone(),
            _ => continue,
        };
        let mut kept = Vec::new();
        for rings in polygons {
            let exterior = ring(&arcs, &rings[0]);
            let holes = rings[1..].iter().map(|r| ring(&arcs, r)).collect();
            let polygon = Polygon::new(exterior, holes);
            let Some(bounds) = polygon.bounding_rect() else {
                continue;
            };
            if !bounds.intersects(&bbox) {
                continue;
            }
            let small = polygon.unsigned_area() < MIN_ISLAND_AREA_DEG2;
            if small && !bounds.intersects(&detail) && !ALWAYS_KEEP.contains(&name.as_str()) {
                continue;
            }
            kept.push(polygon);
        }
        if kept.is_empty() {
            continue;
        }
        // Every other country's outline bounds Japan's zone by equidistance. Its land borders
        // count too, harmlessly: a border vertex lies inland, never nearer the sea than a coast.
        let coasts = if name == "Japan" {
            &mut japan_coast
        } else {
            &mut other_coasts
        };
        for polygon in &kept {
            let ring = polygon
                .exterior()
                .0
                .iter()
                .map(|c| launchmap::LatLon::new(c.y, c.x));
            coasts.push(ring.collect());
        }
        let clipped: MultiPolygon<f64> =
            MultiPolygon(kept).intersection(&MultiPolygon(vec![bbox_polygon.clone()]));
        // A ring needs three corners and its closing point; an exterior too small for that
        // takes its holes with it.
        let polygons: Vec<Vec<Vec<UnitPoint>>> = clipped
            .0
            .iter()
            .filter_map(|p| {
                let exterior = to_units(p.exterior(), UNITS_PER_DEG);
                let holes = p.interiors().iter().map(|r| to_units(r, UNITS_PER_DEG));
                (exterior.len() >= 4).then(|| {
                    std::iter::once(exterior)
                        .chain(holes.filter(|r| r.len() >= 4))
                        .collect()
                })
            })
            .collect();
        countries.push((name, polygons));
    }
    let countries = mark_edges(countries, units_bbox());
    // Centred on Honshu, so that the grid's plane is least distorted around the Sea of Japan.
    let eez = eez::approximate_eez(&japan_coast, &other_coasts, launchmap::LatLon::new(36.5, 136.0));
    let eez_lines: Vec<Vec<UnitPoint>> = bbox_polygon
        .clip(
            &MultiLineString(
                eez.into_iter()
                    .map(|l| l.simplify(TOLERANCE_DETAIL_DEG))
                    .collect(),
            ),
            false,
        )
        .0
        .iter()
        .map(|l| to_units(l, UNITS_PER_DEG))
        .filter(|l| l.len() >= 2)
        .collect();
    let source = format!(
        "Natural Earth 1:10m countries (public domain), from npm world-atlas 2.0.2 countries-10m.json; \
         clipped to {BBOX_DEG:?}, Douglas-Peucker {TOLERANCE_DETAIL_DEG} deg inside {DETAIL_DEG:?} and \
         {TOLERANCE_ELSEWHERE_DEG} deg elsewhere; written by tools/basemap; \
         japan_eez_approx: equidistance, a 10 km grid contour of where sea stops being within 370.4 km of \
         Japan's coast vertices and nearer to them than to any other country's"
    );
    Some(BasemapAsset {
        source,
        units_per_deg: UNITS_PER_DEG,
        bbox_units: units_bbox(),
        countries,
        japan_eez_approx: eez_lines,
    })
}

fn units_bbox() -> [i64; 4] {
    BBOX_DEG.map(|v| (v * f64::from(UNITS_PER_DEG)).round() as i64)
}

/// Marks what each edge of each ring is, and writes the rings as assets. An edge that lies along
/// the box the data is clipped to, or that one country has twice, is hidden; an edge that
/// several countries share is a border, drawn by the first of them; any other edge is coast.
fn mark_edges(countries: Vec<(String, Vec<Vec<Vec<UnitPoint>>>)>, bbox: [i64; 4]) -> Vec<CountryAsset> {
    let key = |a: UnitPoint, b: UnitPoint| if a <= b { (a, b) } else { (b, a) };
    let mut users: HashMap<(UnitPoint, UnitPoint), Vec<usize>> = HashMap::new();
    for (c, (_, polygons)) in countries.iter().enumerate() {
        for ring in polygons.iter().flatten() {
            for e in ring.windows(2) {
                users.entry(key(e[0], e[1])).or_default().push(c);
            }
        }
    }
    let on_frame = |a: UnitPoint, b: UnitPoint| {
        (a[0] == b[0] && (a[0] == bbox[0] || a[0] == bbox[2]))
            || (a[1] == b[1] && (a[1] == bbox[1] || a[1] == bbox[3]))
    };
    countries
        .into_iter()
        .enumerate()
        .map(|(c, (name, polygons))| {
            let polygons = polygons
                .into_iter()
                .map(|rings| {
                    rings
                        .into_iter()
                        .map(|points| {
                            let kinds: Vec<EdgeKind> = points
                                .windows(2)
                                .map(|e| {
                                    let users = &users[&key(e[0], e[1])];
                                    if on_frame(e[0], e[1]) || users.iter().filter(|&&u| u == c).count() > 1 {
                                        EdgeKind::Hidden
                                    } else if users.len() == 1 {
                                        EdgeKind::Coast
                                    } else if users.iter().min() == Some(&c) {
                                        EdgeKind::Border
                                    } else {
                                        EdgeKind::Hidden
                                    }
                                })
                                .collect();
                            ring_asset(points, kinds)
                        })
                        .collect()
                })
                .collect();
            CountryAsset { name, polygons }
        })
        .collect()
}

/// A closed ring started where its edges change kind, so that no run of one kind wraps past the
/// ring's end (which would draw a coast as two lines).
fn ring_asset(mut points: Vec<UnitPoint>, mut kinds: Vec<EdgeKind>) -> RingAsset {
    if let Some(start) = (1..kinds.len()).find(|&i| kinds[i] != kinds[i - 1]) {
        points.pop();
        points.rotate_left(start);
        points.push(points[0]);
        kinds.rotate_left(start);
    }
    let mut edges: Vec<EdgeRun> = Vec::new();
    for kind in kinds {
        match edges.last_mut() {
            Some(run) if run.kind == kind => run.count += 1,
            _ => edges.push(EdgeRun { kind, count: 1 }),
        }
    }
    RingAsset { points, edges }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two unit squares side by side, country 0 west of country 1, the west one cut by the box.
    fn two_squares() -> Vec<CountryAsset> {
        let west = vec![[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
        let east = vec![[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]];
        mark_edges(
            vec![
                ("West".into(), vec![vec![west]]),
                ("East".into(), vec![vec![east]]),
            ],
            [0, -5, 10, 5],
        )
    }

    fn kinds(ring: &RingAsset) -> Vec<(EdgeKind, u32)> {
        ring.edges.iter().map(|r| (r.kind, r.count)).collect()
    }

    #[test]
    fn a_shared_edge_is_drawn_once_as_a_border_and_the_cut_is_hidden() {
        let countries = two_squares();
        let west = &countries[0].polygons[0][0];
        let east = &countries[1].polygons[0][0];
        // West: bottom coast, shared edge (border), top coast, the box's edge at x = 0 (hidden).
        assert_eq!(
            kinds(west),
            [
                (EdgeKind::Border, 1),
                (EdgeKind::Coast, 1),
                (EdgeKind::Hidden, 1),
                (EdgeKind::Coast, 1)
            ]
        );
        assert_eq!(west.points.first(), west.points.last());
        // East: the shared edge is the neighbour's to draw.
        assert_eq!(kinds(east), [(EdgeKind::Hidden, 1), (EdgeKind::Coast, 3)]);
    }

    #[test]
    fn a_ring_of_one_kind_is_one_run() {
        let island = vec![[3, 3], [4, 3], [4, 4], [3, 3]];
        let countries = mark_edges(vec![("Isle".into(), vec![vec![island.clone()]])], [0, 0, 10, 10]);
        let ring = &countries[0].polygons[0][0];
        assert_eq!(kinds(ring), [(EdgeKind::Coast, 3)]);
        assert_eq!(ring.points, island);
    }
}
