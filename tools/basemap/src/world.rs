//! The world beyond the default region, on the grid of `launchmap::TileId`: the 1:110m
//! countries whole, and the 1:10m countries in tiles. Each piece of land is cut to its tile, and
//! the edges along a tile's sides are hidden, so that the app can show any tile in either
//! detail and coasts and borders still meet.

use geo::{BoundingRect, Coord, Intersects, Polygon, Rect};
use launchmap::{BasemapAsset, CountryAsset, TileId};
use topojson::Topology;

use crate::{clipped_units, country_polygons, decode_arcs, mark_edges, UNITS_PER_DEG};

/// Douglas–Peucker tolerance of the detail tiles, in degrees (about 1 km): the regional
/// basemap's detail.
pub const TOLERANCE_TILES_DEG: f64 = 0.01;

/// The whole world at 1:110m, cut on the tile grid, as one file.
pub fn coarse_world(topology: &Topology) -> Option<BasemapAsset> {
    let arcs = decode_arcs(topology, |_| 0.0);
    let countries = country_polygons(topology, &arcs)?;
    let pieces = TileId::all().flat_map(|tile| cut(&countries, tile)).collect();
    Some(asset(
        "Natural Earth 1:110m countries (public domain), npm world-atlas 2.0.2; cut on the tile grid by tools/basemap",
        [-180, -90, 180, 90],
        pieces,
    ))
}

/// The 1:10m countries, a file for each tile of the grid that is `wanted`, open sea with no
/// land in it too, so that a tile that does not load is an error, never shown as sea.
pub fn detail_tiles(
    topology: &Topology,
    wanted: impl Fn(TileId) -> bool,
) -> Option<Vec<(TileId, BasemapAsset)>> {
    let arcs = decode_arcs(topology, |_| TOLERANCE_TILES_DEG);
    let countries = country_polygons(topology, &arcs)?;
    let tiles = TileId::all()
        .filter(|&tile| wanted(tile))
        .map(|tile| {
            let [west, south, east, north] = tile.bounds_deg();
            let source = format!(
                "Natural Earth 1:10m countries (public domain), npm world-atlas 2.0.2; the tile \
                 {west}..{east}E, {south}..{north}N, simplified within {TOLERANCE_TILES_DEG} deg by tools/basemap"
            );
            (tile, asset(&source, tile.bounds_deg(), cut(&countries, tile)))
        })
        .collect();
    Some(tiles)
}

/// Each country's land within `tile`, with its edges marked, the tile's sides hidden.
fn cut(countries: &[(String, Vec<Polygon<f64>>)], tile: TileId) -> Vec<CountryAsset> {
    let [w, s, e, n] = tile.bounds_deg().map(f64::from);
    let bounds = Rect::new(Coord { x: w, y: s }, Coord { x: e, y: n });
    let inside: Vec<(String, Vec<Vec<Vec<launchmap::UnitPoint>>>)> = countries
        .iter()
        .filter_map(|(name, polygons)| {
            let near: Vec<Polygon<f64>> = polygons
                .iter()
                .filter(|p| p.bounding_rect().is_some_and(|b| b.intersects(&bounds)))
                .cloned()
                .collect();
            if near.is_empty() {
                return None;
            }
            let pieces = clipped_units(near, bounds);
            (!pieces.is_empty()).then(|| (name.clone(), pieces))
        })
        .collect();
    mark_edges(inside, units(tile.bounds_deg()))
}

fn units(bounds_deg: [i32; 4]) -> [i64; 4] {
    bounds_deg.map(|v| i64::from(v) * i64::from(UNITS_PER_DEG))
}

fn asset(source: &str, bounds_deg: [i32; 4], countries: Vec<CountryAsset>) -> BasemapAsset {
    BasemapAsset {
        source: source.to_owned(),
        units_per_deg: UNITS_PER_DEG,
        bbox_units: units(bounds_deg),
        countries,
        eez_approx: Vec::new(),
    }
}
