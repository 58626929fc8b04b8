//! Writes `assets/basemap.bin` from Natural Earth's 1:10m countries (npm `world-atlas`), and the
//! world beyond it: `assets/world/110m.bin` from the 1:110m countries and the 1:10m in tiles.
//!
//! Run it from the repository root after `npm ci --prefix tools/basemap`:
//! `cargo run --release -p launchmap-basemap`. The app's build never runs it; its output is
//! committed. It simplifies TopoJSON arcs, the edges that neighbouring countries share, so that
//! both sides of a border keep the same points; then it marks each edge of each ring of land as
//! coast (no other ring has it), border (another country's ring has it; drawn once) or hidden.

mod eez;
#[cfg(test)]
mod test_coasts;
mod world;
mod zones;

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
    let atlas = root.join("tools/basemap/node_modules/world-atlas");
    let (topology, input_name) = read_topology(&atlas.join("countries-10m.json"))?;
    let asset = build(&topology).ok_or(GenError::NoCountries {
        path: input_name.clone(),
    })?;
    write(&root.join("assets/basemap.bin"), &asset)?;
    // The world beyond the region (src/map/basemap/tiles.rs): 1:110m whole, 1:10m in tiles.
    let (coarse, coarse_name) = read_topology(&atlas.join("countries-110m.json"))?;
    let world = world::coarse_world(&coarse).ok_or(GenError::NoCountries { path: coarse_name })?;
    write(&root.join(launchmap::WORLD_URL), &world)?;
    let tiles = world::detail_tiles(&topology, |_| true).ok_or(GenError::NoCountries { path: input_name })?;
    let (mut count, mut bytes) = (0, 0);
    for (tile, asset) in &tiles {
        bytes += write_quietly(&root.join(tile.url()), asset)?;
        count += 1;
    }
    println!("wrote {count} detail tiles ({bytes} bytes in all) under assets/world/10m");
    let zones = world_zones(&topology, |_| true);
    let (mut bytes, mut points) = (0, 0);
    for (country, asset) in &zones {
        bytes += write_quietly(&root.join(launchmap::zone_url(country)), asset)?;
        points += asset.eez_approx.iter().map(Vec::len).sum::<usize>();
    }
    let names: String = zones.iter().map(|(c, _)| format!("{c}\n")).collect();
    let index = root.join("assets/eez/countries.txt");
    std::fs::write(&index, names).map_err(|source| GenError::Write {
        path: index.display().to_string(),
        source,
    })?;
    println!(
        "wrote {} zones ({bytes} bytes, {points} points in all) under assets/eez",
        zones.len()
    );
    Ok(())
}

/// The approximate EEZ of each coastal country that is `wanted`, by name, in name order, as a
/// basemap file with that zone's lines alone.
fn world_zones(topology: &Topology, wanted: impl Fn(&str) -> bool) -> Vec<(String, BasemapAsset)> {
    let arcs = decode_arcs(topology, |_| world::TOLERANCE_TILES_DEG);
    let land_polygons = country_polygons(topology, &arcs).unwrap_or_default();
    let land = zones::LandMask::new(land_polygons.iter().flat_map(|(_, p)| p));
    let mut coasts = zones::coasts(topology, &arcs);
    coasts.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = Vec::new();
    for (i, (country, own)) in coasts.iter().enumerate() {
        if !wanted(country) {
            continue;
        }
        let others: Vec<launchmap::LatLon> = coasts
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .flat_map(|(_, (_, v))| v.iter().copied())
            .collect();
        let lines: Vec<Vec<UnitPoint>> = zones::zone_lines(own, &others, &land)
            .iter()
            .map(|l| to_units(l, UNITS_PER_DEG))
            .filter(|l| l.len() >= 2)
            .collect();
        if lines.is_empty() {
            continue;
        }
        out.push((
            country.clone(),
            BasemapAsset {
                source: format!(
                    "{country}: approximate EEZ (200 nmi or the median line) from Natural Earth 1:10m \
                     coasts, npm world-atlas 2.0.2, by tools/basemap"
                ),
                units_per_deg: UNITS_PER_DEG,
                bbox_units: [-180, -90, 180, 90].map(|v| v * i64::from(UNITS_PER_DEG)),
                countries: Vec::new(),
                eez_approx: lines,
            },
        ));
    }
    out
}

/// Reads a TopoJSON file.
fn read_topology(input: &std::path::Path) -> Result<(Topology, String), GenError> {
    let input_name = input.display().to_string();
    let text = std::fs::read_to_string(input).map_err(|source| GenError::Read {
        path: input_name.clone(),
        source,
    })?;
    match text.parse::<TopoJson>() {
        Ok(TopoJson::Topology(t)) => Ok((t, input_name)),
        Ok(_) => Err(GenError::Parse {
            path: input_name,
            message: "not a Topology".into(),
        }),
        Err(e) => Err(GenError::Parse {
            path: input_name,
            message: e.to_string(),
        }),
    }
}

/// Writes a basemap file, creating its folder; returns its size in bytes.
fn write_quietly(output: &std::path::Path, asset: &BasemapAsset) -> Result<usize, GenError> {
    let bytes = launchmap::write_basemap(asset);
    let failed = |source| GenError::Write {
        path: output.display().to_string(),
        source,
    };
    if let Some(folder) = output.parent() {
        std::fs::create_dir_all(folder).map_err(failed)?;
    }
    std::fs::write(output, &bytes).map_err(failed)?;
    Ok(bytes.len())
}

/// Writes a basemap file and says what is in it.
fn write(output: &std::path::Path, asset: &BasemapAsset) -> Result<(), GenError> {
    let size = write_quietly(output, asset)?;
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
        size,
        asset.countries.len(),
        rings().count(),
        rings().map(|r| r.points.len()).sum::<usize>(),
        edges_of(EdgeKind::Coast),
        edges_of(EdgeKind::Border),
        edges_of(EdgeKind::Hidden),
        asset.eez_approx.len(),
    );
    Ok(())
}

fn rect(b: [f64; 4]) -> Rect<f64> {
    Rect::new(Coord { x: b[0], y: b[1] }, Coord { x: b[2], y: b[3] })
}

/// The arcs in degrees, decoded from the quantised, delta-encoded positions and simplified
/// within the tolerance `tolerance_deg` gives each.
fn decode_arcs(topology: &Topology, tolerance_deg: impl Fn(&LineString<f64>) -> f64) -> Vec<LineString<f64>> {
    let (scale, translate) = match &topology.transform {
        Some(t) => (t.scale, t.translate),
        None => ([1.0, 1.0], [0.0, 0.0]),
    };
    let quantised = topology.transform.is_some();
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
            line.simplify(tolerance_deg(&line))
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

/// Each country of the topology's `countries` object, by its name, with its land as polygons of
/// the `arcs`; `None` if the topology has no such object.
fn country_polygons(
    topology: &Topology,
    arcs: &[LineString<f64>],
) -> Option<Vec<(String, Vec<Polygon<f64>>)>> {
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
    let countries = geometries
        .iter()
        .filter_map(|geometry| {
            let name = country_name(geometry);
            let polygons: Vec<Vec<Vec<i32>>> = match &geometry.value {
                Value::Polygon(rings) => vec![rings.clone()],
                Value::MultiPolygon(polygons) => polygons.clone(),
                _ => return None,
            };
            let polygons = polygons
                .iter()
                .flat_map(|rings| {
                    let exterior = ring(arcs, &rings[0]);
                    let holes = rings[1..].iter().map(|r| ring(arcs, r)).collect();
                    whole_world_polygons(Polygon::new(exterior, holes))
                })
                .collect();
            Some((name, polygons))
        })
        .collect();
    Some(countries)
}

/// A country's name in the data ("" where it has none).
fn country_name(geometry: &topojson::Geometry) -> String {
    geometry
        .properties
        .as_ref()
        .and_then(|p| p.get("name"))
        .and_then(|n| n.as_str())
        .unwrap_or("")
        .to_owned()
}

/// A polygon of the data as polygons of the plane from -180° to 180°, which the tiles cut up.
///
/// Two things in Natural Earth via world-atlas need it. A ring that crosses the antimeridian
/// (Fiji's, Russia's) jumps from 180° to -180° and back, and on the plane would be a band round
/// the world: it is unwrapped into one continuous ring past ±180°, and given twice, once as it is
/// and once 360° over, so that each side's tiles cut their half. And Antarctica stops short of
/// the pole: its ring closes with a straight line across the world (along 84.7°S at 1:110m),
/// which would be drawn as a coast. That line goes down to 90°S instead, where it lies on the
/// grid's southern side and is hidden, so that the land reaches the pole.
fn whole_world_polygons(polygon: Polygon<f64>) -> Vec<Polygon<f64>> {
    let jumps = |line: &LineString<f64>| line.0.windows(2).any(|e| (e[1].x - e[0].x).abs() > 180.0);
    let unwrap = |line: &LineString<f64>, near: Option<f64>| -> LineString<f64> {
        let mut coords: Vec<Coord<f64>> = Vec::with_capacity(line.0.len());
        let mut shift = 0.0;
        // A hole is brought next to its exterior.
        if let (Some(x), Some(first)) = (near, line.0.first()) {
            shift = 360.0 * ((x - first.x) / 360.0).round();
        }
        for c in &line.0 {
            if let Some(last) = coords.last() {
                let x = c.x + shift;
                if x - last.x > 180.0 {
                    shift -= 360.0;
                } else if last.x - x > 180.0 {
                    shift += 360.0;
                }
            }
            coords.push(Coord {
                x: c.x + shift,
                y: c.y,
            });
        }
        LineString(coords)
    };
    // A ring round a pole (Antarctica's) crosses the antimeridian once, so it does not close
    // once unwrapped: where it jumps, it goes down to the pole, along the antimeridian.
    let round_pole = |line: &LineString<f64>| -> LineString<f64> {
        let pole = if line.0.iter().map(|c| c.y).sum::<f64>() < 0.0 {
            -90.0
        } else {
            90.0
        };
        let mut coords = Vec::with_capacity(line.0.len() + 2);
        for (i, c) in line.0.iter().enumerate() {
            if let Some(last) = (i > 0).then(|| line.0[i - 1]) {
                if (c.x - last.x).abs() > 180.0 {
                    coords.push(Coord { x: last.x, y: pole });
                    coords.push(Coord { x: c.x, y: pole });
                }
            }
            coords.push(*c);
        }
        LineString(coords)
    };
    let exterior = polygon.exterior();
    let unwrapped_exterior = unwrap(exterior, None);
    let closes = match (unwrapped_exterior.0.first(), unwrapped_exterior.0.last()) {
        (Some(a), Some(b)) => (a.x - b.x).abs() < 1e-9,
        _ => true,
    };
    if !jumps(exterior) {
        return vec![polygon];
    }
    if !closes {
        return vec![Polygon::new(round_pole(exterior), polygon.interiors().to_vec())];
    }
    let west = unwrapped_exterior.0.first().map(|c| c.x);
    let holes: Vec<LineString<f64>> = polygon.interiors().iter().map(|h| unwrap(h, west)).collect();
    let (min_x, max_x) = unwrapped_exterior
        .0
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), c| {
            (lo.min(c.x), hi.max(c.x))
        });
    let unwrapped = Polygon::new(unwrapped_exterior, holes);
    let shifted = |dx: f64| {
        use geo::Translate;
        unwrapped.translate(dx, 0.0)
    };
    if max_x > 180.0 {
        vec![shifted(-360.0), unwrapped]
    } else if min_x < -180.0 {
        vec![shifted(360.0), unwrapped]
    } else {
        vec![unwrapped]
    }
}

/// `polygons` clipped to `bbox` in whole units: a ring needs three corners and its closing
/// point, and an exterior too small for that takes its holes with it.
fn clipped_units(polygons: Vec<Polygon<f64>>, bbox: Rect<f64>) -> Vec<Vec<Vec<UnitPoint>>> {
    let clipped: MultiPolygon<f64> =
        MultiPolygon(polygons).intersection(&MultiPolygon(vec![bbox.to_polygon()]));
    clipped
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
        .collect()
}

fn build(topology: &Topology) -> Option<BasemapAsset> {
    let detail = rect(DETAIL_DEG);
    let arcs = decode_arcs(topology, |line| {
        if line.intersects(&detail) {
            TOLERANCE_DETAIL_DEG
        } else {
            TOLERANCE_ELSEWHERE_DEG
        }
    });
    let bbox = rect(BBOX_DEG);
    let bbox_polygon = bbox.to_polygon();
    let mut countries = Vec::new();
    let mut japan_coast: Vec<Vec<launchmap::LatLon>> = Vec::new();
    let mut other_coasts: Vec<Vec<launchmap::LatLon>> = Vec::new();
    for (name, polygons) in country_polygons(topology, &arcs)? {
        let mut kept = Vec::new();
        for polygon in polygons {
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
        countries.push((name, clipped_units(kept, bbox)));
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
    // Short: the file is in every reader's first view, and this line says where to read more.
    let source = "Natural Earth 1:10m via npm world-atlas 2.0.2; see tools/basemap".to_owned();
    Some(BasemapAsset {
        source,
        units_per_deg: UNITS_PER_DEG,
        bbox_units: units_bbox(),
        countries,
        eez_approx: eez_lines,
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

    /// The committed files are what the generator writes from the pinned data: the region's
    /// basemap, the world at 1:110m, and the 1:10m tiles of three launch sites (all 162 take
    /// too long in a debug build).
    #[test]
    fn the_committed_basemaps_are_what_the_generator_writes() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let atlas = root.join("tools/basemap/node_modules/world-atlas");
        let committed = |path: &str| std::fs::read(root.join(path)).unwrap();
        let (detail, _) = read_topology(&atlas.join("countries-10m.json")).unwrap();
        let region = build(&detail).unwrap();
        assert!(launchmap::write_basemap(&region) == committed("assets/basemap.bin"));
        let (coarse, _) = read_topology(&atlas.join("countries-110m.json")).unwrap();
        let world = world::coarse_world(&coarse).unwrap();
        assert!(launchmap::write_basemap(&world) == committed(launchmap::WORLD_URL));
        // Sunan, Kapustin Yar, Mahia.
        let ids = [(39.2, 125.7), (48.6, 45.8), (-39.3, 177.9)]
            .map(|(lat, lon)| launchmap::TileId::of(launchmap::LatLon::new(lat, lon)));
        let tiles = world::detail_tiles(&detail, |t| ids.contains(&t)).unwrap();
        assert_eq!(tiles.len(), 3);
        for (id, tile) in &tiles {
            assert!(
                launchmap::write_basemap(tile) == committed(&id.url()),
                "{}",
                id.url()
            );
        }
        assert_eq!(
            std::fs::read_dir(root.join("assets/world/10m")).unwrap().count(),
            162
        );
        // Two zones: one across the antimeridian, one between neighbours.
        let zones = world_zones(&detail, |c| c == "Fiji" || c == "South Korea");
        assert_eq!(zones.len(), 2);
        for (country, zone) in &zones {
            let url = launchmap::zone_url(country);
            assert!(launchmap::write_basemap(zone) == committed(&url), "{url}");
        }
        let listed = std::fs::read_to_string(root.join("assets/eez/countries.txt")).unwrap();
        assert_eq!(
            listed.lines().count() + 1,
            std::fs::read_dir(root.join("assets/eez")).unwrap().count()
        );
    }

    /// South Korea's zone: at sea, and where it has no neighbour within 400 nmi (east of
    /// Ulleungdo there is Japan; south of Jeju there is China and Japan), nowhere further than
    /// 200 nmi from its coast.
    #[test]
    fn south_koreas_zone_is_at_sea_within_200_nmi_of_its_coast() {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        let (detail, _) =
            read_topology(&root.join("tools/basemap/node_modules/world-atlas/countries-10m.json")).unwrap();
        let arcs = decode_arcs(&detail, |_| world::TOLERANCE_TILES_DEG);
        let coasts = zones::coasts(&detail, &arcs);
        let korea: Vec<launchmap::LatLon> =
            coasts.iter().find(|(c, _)| c == "South Korea").unwrap().1.clone();
        let zone = launchmap::BasemapAsset::parse(
            "z",
            &std::fs::read(root.join(launchmap::zone_url("South Korea"))).unwrap(),
        )
        .unwrap()
        .decode();
        let land: Vec<Polygon<f64>> = country_polygons(&detail, &arcs)
            .unwrap()
            .into_iter()
            .filter(|(c, _)| ["South Korea", "North Korea", "Japan", "China"].contains(&c.as_str()))
            .flat_map(|(_, p)| p)
            .collect();
        let points: Vec<Coord<f64>> = zone
            .eez_approx
            .0
            .iter()
            .flat_map(|l| l.0.iter().copied())
            .collect();
        assert!(points.len() > 50, "{}", points.len());
        for p in points {
            let d = korea
                .iter()
                .map(|&v| launchmap::distance_m(launchmap::LatLon::new(p.y, p.x), v))
                .fold(f64::INFINITY, f64::min);
            assert!(
                d < launchmap::EEZ_DISTANCE_M + 2_000.0,
                "{p:?} is {d} m from the coast"
            );
            use geo::Contains;
            assert!(
                !land.iter().any(|l| l.contains(&p)) || d < 15_000.0,
                "{p:?} is on land"
            );
        }
    }

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
    fn a_ring_across_the_antimeridian_is_one_polygon_each_side_not_a_band() {
        // An island from 179°E to 179°W, as the data writes it.
        let island = Polygon::new(
            LineString::from(vec![
                (179.0, -17.0),
                (180.0, -17.0),
                (-179.0, -17.0),
                (-179.0, -16.0),
                (179.0, -16.0),
                (179.0, -17.0),
            ]),
            vec![],
        );
        let parts = whole_world_polygons(island);
        let spans: Vec<(f64, f64)> = parts
            .iter()
            .map(|p| {
                let b = p.bounding_rect().unwrap();
                (b.min().x, b.max().x)
            })
            .collect();
        assert_eq!(spans, [(-181.0, -179.0), (179.0, 181.0)]);
    }

    #[test]
    fn antarcticas_cut_goes_down_to_the_pole() {
        // As world-atlas writes it: the coast west to east, then straight back along 84.7°S.
        let land = Polygon::new(
            LineString::from(vec![
                (-180.0, -84.7),
                (-90.0, -70.0),
                (0.0, -85.6),
                (90.0, -70.0),
                (180.0, -84.7),
                (-180.0, -84.7),
            ]),
            vec![],
        );
        let parts = whole_world_polygons(land);
        assert_eq!(parts.len(), 1);
        let ring: Vec<(f64, f64)> = parts[0].exterior().0.iter().map(|c| (c.x, c.y)).collect();
        assert_eq!(
            ring[4..],
            [(180.0, -84.7), (180.0, -90.0), (-180.0, -90.0), (-180.0, -84.7)],
            "{ring:?}"
        );
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
