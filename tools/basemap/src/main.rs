//! Writes `assets/basemap.json` from Natural Earth's 1:10m countries (npm `world-atlas`).
//!
//! Run it from the repository root after `npm ci --prefix tools/basemap`:
//! `cargo run --release -p launchmap-basemap`. The app's build never runs it; its output is
//! committed. It works on TopoJSON arcs, the edges that neighbouring countries share, so that
//! land fills, coastlines and borders are simplified identically and meet without gaps.

mod eez;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use geo::{
    Area, BooleanOps, BoundingRect, Coord, Intersects, LineString, MultiLineString, MultiPolygon, Polygon,
    Rect, Simplify,
};
use launchmap::basemap::{encode_line, BasemapAsset, CountryAsset};
use topojson::{TopoJson, Topology, Value};

/// What the explainer can show: 110°E–150°E and 20°N–50°N with margin, and Guam (13.5°N, 144.9°E).
const BBOX_DEG: [f64; 4] = [108.0, 11.0, 152.0, 53.0];
/// Where readers zoom in: the Korean peninsula and the Sea of Japan. Detail is kept here.
const DETAIL_DEG: [f64; 4] = [123.0, 32.5, 142.5, 44.0];
/// Douglas–Peucker tolerance in degrees inside and outside the detail box (about 0.6 km and 5 km).
const TOLERANCE_DETAIL_DEG: f64 = 0.006;
const TOLERANCE_ELSEWHERE_DEG: f64 = 0.05;
/// Islands smaller than this (deg², about 60 km² at 35°N) are dropped outside the detail box.
const MIN_ISLAND_AREA_DEG2: f64 = 0.006;
/// 1/250 of a degree (about 0.4 km east-west), close to the source's own quantisation of 0.0036°.
const UNITS_PER_DEG: f64 = 250.0;
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
    let output = root.join("assets/basemap.json");
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
    let json = serde_json::to_string(&asset).expect("the asset is plain data");
    std::fs::write(&output, &json).map_err(|source| GenError::Write {
        path: output.display().to_string(),
        source,
    })?;
    let points: usize = asset
        .coastlines
        .iter()
        .chain(&asset.borders)
        .map(|l| l.len() / 2)
        .sum::<usize>()
        + asset
            .countries
            .iter()
            .flat_map(|c| c.polygons.iter().flatten())
            .map(|r| r.len() / 2)
            .sum::<usize>();
    println!(
        "wrote {} ({} bytes): {} countries, {} coastlines, {} borders, {} EEZ lines, {} points",
        output.display(),
        json.len(),
        asset.countries.len(),
        asset.coastlines.len(),
        asset.borders.len(),
        asset.japan_eez_approx.len(),
        points
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
    let mut japan_coast: Vec<Vec<launchmap::geodesy::LatLon>> = Vec::new();
    // Which countries' kept rings use each arc: one user makes a coast, two a border.
    let mut arc_users: BTreeMap<usize, BTreeSet<usize>> = BTreeMap::new();
    for (country_index, geometry) in geometries.iter().enumerate() {
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
            for index in rings.iter().flatten() {
                let i = if *index < 0 {
                    !*index as usize
                } else {
                    *index as usize
                };
                arc_users.entry(i).or_default().insert(country_index);
            }
            kept.push(polygon);
        }
        if kept.is_empty() {
            continue;
        }
        if name == "Japan" {
            for polygon in &kept {
                let ring = polygon
                    .exterior()
                    .0
                    .iter()
                    .map(|c| launchmap::geodesy::LatLon::new(c.y, c.x));
                japan_coast.push(ring.collect());
            }
        }
        let clipped: MultiPolygon<f64> =
            MultiPolygon(kept).intersection(&MultiPolygon(vec![bbox_polygon.clone()]));
        let polygons = clipped
            .0
            .iter()
            .map(|p| {
                std::iter::once(p.exterior())
                    .chain(p.interiors())
                    .map(|r| encode_line(r, UNITS_PER_DEG))
                    .collect()
            })
            .collect();
        countries.push(CountryAsset { name, polygons });
    }

    let mut coast = Vec::new();
    let mut borders = Vec::new();
    for (i, users) in &arc_users {
        let target = if users.len() > 1 { &mut borders } else { &mut coast };
        target.push(arcs[*i].clone());
    }
    let clip = |lines: Vec<LineString<f64>>| -> Vec<Vec<i64>> {
        bbox_polygon
            .clip(&MultiLineString(lines), false)
            .0
            .iter()
            .map(|l| encode_line(l, UNITS_PER_DEG))
            .filter(|l| l.len() >= 4)
            .collect()
    };
    // Centred on Honshu, so that the grid's plane is least distorted around the Sea of Japan.
    let eez = eez::approximate_eez(&japan_coast, launchmap::geodesy::LatLon::new(36.5, 136.0));
    let eez_lines: Vec<Vec<i64>> = bbox_polygon
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
        .map(|l| encode_line(l, UNITS_PER_DEG))
        .filter(|l| l.len() >= 4)
        .collect();
    let source = format!(
        "Natural Earth 1:10m countries (public domain), from npm world-atlas 2.0.2 countries-10m.json; \
         clipped to {BBOX_DEG:?}, Douglas-Peucker {TOLERANCE_DETAIL_DEG} deg inside {DETAIL_DEG:?} and \
         {TOLERANCE_ELSEWHERE_DEG} deg elsewhere; written by tools/basemap; \
         japan_eez_approx: a 10 km grid contour of the geodesic distance 370.4 km from Japan's coast vertices"
    );
    Some(BasemapAsset {
        source,
        units_per_deg: UNITS_PER_DEG,
        bbox_deg: BBOX_DEG,
        countries,
        coastlines: clip(coast),
        borders: clip(borders),
        japan_eez_approx: eez_lines,
    })
}
