//! The world's basemap beyond the default story's region: the whole world at Natural Earth's
//! 1:110m in one file, and 1:10m in tiles of [`TILE_DEG`]° on a side, loaded only for the tiles
//! a story needs.
//!
//! `tools/basemap` cuts both on the same grid, so each piece of land lies in one tile and an
//! edge along a tile's side is hidden (neither coast nor border): where a tile is shown in
//! detail, the world file's pieces in that tile are left out, and coasts and borders meet across
//! the tile's sides, the antimeridian (a side of the grid) and the poles.

use crate::earth::geodesy::LatLon;
use crate::map::basemap::{BasemapAsset, UnitPoint};
use crate::story::{PlaceKind, Story};

/// The side of a detail tile, in degrees: 18 × 9 tiles cover the world.
pub const TILE_DEG: i32 = 20;
// The grid's rows and columns meet at the poles and the antimeridian.
const _: () = assert!(180 % TILE_DEG == 0 && 360 % TILE_DEG == 0);
/// The whole world at 1:110m, relative to the page.
pub const WORLD_URL: &str = "assets/world/110m.bin";
/// How far around a story's launch sites the land is shown in detail, in degrees of latitude
/// (about 900 km), and in as many kilometres east and west.
pub const DETAIL_AROUND_LAUNCH_DEG: f64 = 8.0;
/// At most this many detail tiles for one story: a story whose places span a continent gets
/// the world file's coarser land beyond them.
pub const MAX_DETAIL_TILES: usize = 12;

/// A tile of the grid, named by its south-west corner in whole degrees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TileId {
    /// Its west side, a multiple of [`TILE_DEG`] from -180 to 160.
    pub west_deg: i32,
    /// Its south side, a multiple of [`TILE_DEG`] from -90 to 70.
    pub south_deg: i32,
}

impl TileId {
    /// The tile that holds a position (the east and north sides belong to the next tile, but
    /// 180°E and 90°N to the last).
    ///
    /// ```
    /// use launchmap::{LatLon, TileId};
    /// let tile = TileId::of(LatLon::new(48.6, 45.8)); // Kapustin Yar
    /// assert_eq!((tile.west_deg, tile.south_deg), (40, 30));
    /// assert_eq!(tile.url(), "assets/world/10m/40_30.bin");
    /// assert_eq!(TileId::of(LatLon::new(-90.0, 180.0)), TileId { west_deg: 160, south_deg: -90 });
    /// ```
    pub fn of(at: LatLon) -> TileId {
        let lon = at.lon_deg.clamp(-180.0, 180.0);
        let lat = at.lat_deg.clamp(-90.0, 90.0);
        let column = (((lon + 180.0) / f64::from(TILE_DEG)).floor() as i32).min(360 / TILE_DEG - 1);
        let row = (((lat + 90.0) / f64::from(TILE_DEG)).floor() as i32).min(180 / TILE_DEG - 1);
        TileId {
            west_deg: -180 + column * TILE_DEG,
            south_deg: -90 + row * TILE_DEG,
        }
    }

    /// Where the tile's file is, relative to the page.
    pub fn url(&self) -> String {
        format!("assets/world/10m/{}_{}.bin", self.west_deg, self.south_deg)
    }

    /// `[west, south, east, north]` in degrees.
    pub fn bounds_deg(&self) -> [i32; 4] {
        [
            self.west_deg,
            self.south_deg,
            self.west_deg + TILE_DEG,
            self.south_deg + TILE_DEG,
        ]
    }

    /// Every tile of the grid, west to east in rows from the south.
    pub fn all() -> impl Iterator<Item = TileId> {
        (0..180 / TILE_DEG).flat_map(|row| {
            (0..360 / TILE_DEG).map(move |column| TileId {
                west_deg: -180 + column * TILE_DEG,
                south_deg: -90 + row * TILE_DEG,
            })
        })
    }
}

/// The tiles a story shows in detail: those within [`DETAIL_AROUND_LAUNCH_DEG`] of a launch
/// site, then those holding its other places, nearest first, at most [`MAX_DETAIL_TILES`].
///
/// ```
/// use launchmap::{detail_tiles, LatLon, TileId};
/// // Vandenberg, California: its tile first; about 900 km around it reach east of 120°W and
/// // south into Baja California, below 30°N.
/// let tiles = detail_tiles(&[LatLon::new(34.7, -120.6)], &[]);
/// let tile = |west_deg, south_deg| TileId { west_deg, south_deg };
/// assert_eq!(tiles, [tile(-140, 30), tile(-140, 10), tile(-120, 30), tile(-120, 10)]);
/// ```
pub fn detail_tiles(launch_sites: &[LatLon], other_places: &[LatLon]) -> Vec<TileId> {
    let mut tiles: Vec<TileId> = Vec::new();
    let add = |tile: TileId, tiles: &mut Vec<TileId>| {
        if !tiles.contains(&tile) && tiles.len() < MAX_DETAIL_TILES {
            tiles.push(tile);
        }
    };
    // Every site's own tile first, so that the cap never leaves one out; then the tiles around
    // each, nearest first.
    for site in launch_sites {
        add(TileId::of(*site), &mut tiles);
    }
    for site in launch_sites {
        for tile in tiles_around(*site, DETAIL_AROUND_LAUNCH_DEG) {
            add(tile, &mut tiles);
        }
    }
    let mut others: Vec<(f64, TileId)> = other_places
        .iter()
        .map(|p| {
            let nearest = launch_sites
                .iter()
                .map(|s| crate::earth::geodesy::distance_m(*s, *p))
                .fold(f64::INFINITY, f64::min);
            (nearest, TileId::of(*p))
        })
        .collect();
    crate::text::ordering::sort_by_f64_key(&mut others, |(d, _)| *d);
    for (_, tile) in others {
        add(tile, &mut tiles);
    }
    tiles
}

/// The tiles within `reach_deg` of latitude of `site`, and as many kilometres east and west:
/// all the way round where that reaches a pole, and across the antimeridian.
fn tiles_around(site: LatLon, reach_deg: f64) -> Vec<TileId> {
    let south = (site.lat_deg - reach_deg).max(-90.0);
    let north = (site.lat_deg + reach_deg).min(90.0);
    let widest_lat = south.abs().max(north.abs());
    let lon_reach = if north >= 90.0 || south <= -90.0 {
        180.0
    } else {
        (reach_deg / widest_lat.to_radians().cos()).min(180.0)
    };
    let step = f64::from(TILE_DEG);
    let row = |lat: f64| TileId::of(LatLon::new(lat, 0.0)).south_deg;
    let (first_row, last_row) = (row(south), row(north));
    let columns = |lon: f64| ((lon + 180.0) / step).floor() as i32;
    let (first_column, last_column) = if lon_reach >= 180.0 {
        (0, 360 / TILE_DEG - 1)
    } else {
        (
            columns(site.lon_deg - lon_reach),
            columns(site.lon_deg + lon_reach),
        )
    };
    let mut around = Vec::new();
    for south_deg in (first_row..=last_row).step_by(TILE_DEG as usize) {
        for column in first_column..=last_column {
            // Past the antimeridian, the columns on its other side.
            let column = column.rem_euclid(360 / TILE_DEG);
            around.push(TileId {
                west_deg: -180 + column * TILE_DEG,
                south_deg,
            });
        }
    }
    // Nearest the site's own tile first (in rows and columns, the columns round the globe), so
    // that a cap keeps the tiles beside the site, not the westernmost.
    let own = TileId::of(site);
    let columns_round = 360 / TILE_DEG;
    let apart = |t: &TileId| {
        let rows = (t.south_deg - own.south_deg).abs() / TILE_DEG;
        let columns = ((t.west_deg - own.west_deg).abs() / TILE_DEG).rem_euclid(columns_round);
        rows + columns.min(columns_round - columns)
    };
    around.sort_by_key(apart);
    around
}

/// The tiles a story shows in detail ([`detail_tiles`]): around its launch sites, then where
/// its other places are.
///
/// ```
/// use launchmap::{story_detail_tiles, Story, TileId};
/// let story: Story = serde_json::from_str(launchmap::DEFAULT_STORY_JSON).unwrap();
/// // Sunan (39.0°N, 125.7°E) is in the tile from 120°E and 30°N.
/// assert_eq!(story_detail_tiles(&story)[0], TileId { west_deg: 120, south_deg: 30 });
/// ```
pub fn story_detail_tiles(story: &Story) -> Vec<TileId> {
    let (sites, others): (Vec<_>, Vec<_>) =
        story.places.iter().partition(|p| p.kind == PlaceKind::LaunchSite);
    let at = |places: Vec<&crate::story::Place>| places.iter().map(|p| p.at()).collect::<Vec<_>>();
    detail_tiles(&at(sites), &at(others))
}

/// At most this many tiles for a story's zones, beyond its places' (`zone_detail_tiles`).
pub const MAX_ZONE_TILES: usize = 6;

/// The tiles, beyond `tiles`, around where each zone of `zones` (their own files) comes
/// nearest a launch site of `story`: there the country's coast, which the page measures to, is
/// at 1:10m even where none of the story's places is near it. At most [`MAX_ZONE_TILES`].
///
/// ```
/// use launchmap::{story_detail_tiles, zone_detail_tiles, zone_url, BasemapAsset, TileId};
/// // A story at Vandenberg, California, that shows Japan's zone.
/// let mut story = launchmap::testing::default_story().story;
/// story.places.retain(|p| p.id == "sunan");
/// story.places[0].lat_deg = 34.7;
/// story.places[0].lon_deg = -120.6;
/// let japan = BasemapAsset::parse("japan", &std::fs::read(zone_url("Japan")).unwrap()).unwrap();
/// let tiles = story_detail_tiles(&story);
/// let more = zone_detail_tiles(&story, &[japan], &tiles);
/// // Japan's zone comes nearest Vandenberg east of Honshu, in the tile from 140°E and 30°N.
/// assert_eq!(more[0], TileId { west_deg: 140, south_deg: 30 });
/// assert!(more.iter().all(|t| !tiles.contains(t)));
/// ```
pub fn zone_detail_tiles(story: &Story, zones: &[BasemapAsset], tiles: &[TileId]) -> Vec<TileId> {
    let sites: Vec<LatLon> = story
        .places
        .iter()
        .filter(|p| p.kind == PlaceKind::LaunchSite)
        .map(|p| p.at())
        .collect();
    let mut more = Vec::new();
    for zone in zones {
        let per_deg = f64::from(zone.units_per_deg.max(1));
        let line: Vec<LatLon> = zone
            .eez_approx
            .iter()
            .flatten()
            .map(|p| LatLon::new(p[1] as f64 / per_deg, p[0] as f64 / per_deg))
            .collect();
        let lines = [line];
        for &site in &sites {
            let Some(nearest) = crate::earth::nearest::nearest(&[site], &lines) else {
                continue;
            };
            // The coast lies within 200 nmi (about 3.4° of latitude) of its zone's line.
            for tile in tiles_around(nearest.to, 3.4) {
                if !tiles.contains(&tile) && !more.contains(&tile) && more.len() < MAX_ZONE_TILES {
                    more.push(tile);
                }
            }
        }
    }
    more
}

/// Whether every place of `story` lies in the box of the basemap `asset` (the default
/// region's, for the default story): if not, the story needs the world's.
///
/// ```
/// use launchmap::{story_within, testing, BasemapAsset};
/// let region = BasemapAsset::parse("assets/basemap.bin", testing::BASEMAP_BYTES).unwrap();
/// assert!(story_within(&testing::default_story().story, &region));
/// let mut elsewhere = testing::default_story().story;
/// elsewhere.places[0].lon_deg = -120.6; // Vandenberg's longitude
/// assert!(!story_within(&elsewhere, &region));
/// ```
pub fn story_within(story: &Story, asset: &BasemapAsset) -> bool {
    let per_deg = f64::from(asset.units_per_deg.max(1));
    let [west, south, east, north] = asset.bbox_units.map(|v| v as f64 / per_deg);
    story
        .places
        .iter()
        .all(|p| (west..=east).contains(&p.lon_deg) && (south..=north).contains(&p.lat_deg))
}

/// One basemap of the world and the detail tiles: the world file's land outside `detail`,
/// each detail tile's land in full (the tiles' own files, as `(tile, asset)` pairs), and the
/// EEZ lines of `zones` (the zones' own files, `crate::zone_url`), all at the world file's
/// precision.
///
/// ```
/// use launchmap::{compose_world, BasemapAsset, CountryAsset, EdgeKind, EdgeRun, LatLon, RingAsset, TileId};
/// let square = |x: i64, y: i64, name: &str| CountryAsset { name: name.into(), polygons: vec![vec![RingAsset {
///     points: vec![[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10], [x, y]],
///     edges: vec![EdgeRun { kind: EdgeKind::Coast, count: 4 }] }]] };
/// let asset = |countries| BasemapAsset { source: "t".into(), units_per_deg: 1,
///     bbox_units: [-180, -90, 180, 90], countries, eez_approx: vec![] };
/// // The world has a coarse island at 2..12°E and one at 42..52°E; the first one's tile (0..20°E,
/// // 10°S..10°N) comes in detail.
/// let world = asset(vec![square(2, 2, "Near"), square(42, 2, "Far")]);
/// let tile = TileId::of(LatLon::new(7.0, 7.0));
/// assert_eq!(tile, TileId { west_deg: 0, south_deg: -10 });
/// let zone = BasemapAsset { eez_approx: vec![vec![[130, 35], [131, 36]]], ..asset(vec![]) };
/// let shown = compose_world(&world, &[zone.clone()], &[(tile, asset(vec![square(3, 3, "Near in detail")]))]);
/// let names: Vec<&str> = shown.countries.iter().map(|c| c.name.as_str()).collect();
/// assert_eq!(names, ["Far", "Near in detail"]);
/// assert_eq!(shown.eez_approx, zone.eez_approx);
/// ```
pub fn compose_world(
    world: &BasemapAsset,
    zones: &[BasemapAsset],
    detail: &[(TileId, BasemapAsset)],
) -> BasemapAsset {
    let per_deg = f64::from(world.units_per_deg);
    // Every file is written at the world file's precision by the generator; any other is
    // brought to it.
    let scale = i64::from(world.units_per_deg);
    let to_world = |points: &mut [UnitPoint], units_per_deg: u32| {
        let from = i64::from(units_per_deg.max(1));
        if from != scale {
            for p in points {
                *p = [p[0] * scale / from, p[1] * scale / from];
            }
        }
    };
    let in_detail = |ring: &[UnitPoint]| {
        // A piece lies within one tile, its sides included: its box's centre says which.
        let (mut min, mut max) = ([i64::MAX; 2], [i64::MIN; 2]);
        for p in ring {
            for axis in 0..2 {
                min[axis] = min[axis].min(p[axis]);
                max[axis] = max[axis].max(p[axis]);
            }
        }
        let centre = |axis: usize| (min[axis] + max[axis]) as f64 / 2.0 / per_deg;
        let tile = TileId::of(LatLon::new(centre(1), centre(0)));
        detail.iter().any(|(t, _)| *t == tile)
    };
    let mut composed = BasemapAsset {
        source: world.source.clone(),
        units_per_deg: world.units_per_deg,
        bbox_units: world.bbox_units,
        countries: Vec::new(),
        eez_approx: Vec::new(),
    };
    for zone in zones {
        for line in &zone.eez_approx {
            let mut line = line.clone();
            to_world(&mut line, zone.units_per_deg);
            composed.eez_approx.push(line);
        }
    }
    for country in &world.countries {
        let polygons: Vec<_> = country
            .polygons
            .iter()
            .filter(|rings| rings.first().is_some_and(|exterior| !in_detail(&exterior.points)))
            .cloned()
            .collect();
        if !polygons.is_empty() {
            composed.countries.push(crate::map::basemap::CountryAsset {
                name: country.name.clone(),
                polygons,
            });
        }
    }
    for (_, tile) in detail {
        for country in &tile.countries {
            let mut country = country.clone();
            for ring in country.polygons.iter_mut().flatten() {
                to_world(&mut ring.points, tile.units_per_deg);
            }
            composed.countries.push(country);
        }
    }
    composed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_position_on_earth_has_one_tile_and_the_grid_has_162() {
        let all: Vec<TileId> = TileId::all().collect();
        assert_eq!(all.len(), 162);
        for lat in [-90.0, -89.9, -20.0, 0.0, 19.99, 89.9, 90.0] {
            for lon in [-180.0, -179.9, -0.1, 0.0, 0.1, 179.9, 180.0] {
                let tile = TileId::of(LatLon::new(lat, lon));
                assert!(all.contains(&tile), "{lat}, {lon}: {tile:?}");
                let [w, s, e, n] = tile.bounds_deg();
                assert!(
                    (f64::from(w)..=f64::from(e)).contains(&lon),
                    "{lat}, {lon}: {tile:?}"
                );
                assert!(
                    (f64::from(s)..=f64::from(n)).contains(&lat),
                    "{lat}, {lon}: {tile:?}"
                );
            }
        }
    }

    #[test]
    fn a_launch_beside_the_antimeridian_gets_detail_on_both_sides() {
        // Mahia, New Zealand (39.26°S, 177.86°E).
        let tiles = detail_tiles(&[LatLon::new(-39.26, 177.86)], &[]);
        assert_eq!(
            tiles[0],
            TileId {
                west_deg: 160,
                south_deg: -50
            }
        );
        assert_eq!(
            tiles,
            [
                TileId {
                    west_deg: 160,
                    south_deg: -50
                },
                TileId {
                    west_deg: -180,
                    south_deg: -50
                }
            ]
        );
    }

    #[test]
    fn a_launch_near_the_pole_gets_the_tiles_beside_it_before_the_far_ones() {
        // 85°N, 40°E: within 900 km of the pole, so of every longitude; the cap keeps the
        // columns nearest the site's (Novaya Zemlya's, Taymyr's), not the westernmost.
        let tiles = detail_tiles(&[LatLon::new(85.0, 40.0)], &[]);
        let row_70 = |west_deg| TileId {
            west_deg,
            south_deg: 70,
        };
        assert_eq!(tiles.len(), MAX_DETAIL_TILES);
        assert_eq!(tiles[0], row_70(40));
        for west_deg in [60, 100, 140, -60] {
            assert!(tiles.contains(&row_70(west_deg)), "{west_deg}: {tiles:?}");
        }
        assert!(!tiles.contains(&row_70(-140)), "{tiles:?}");
    }

    #[test]
    fn every_launch_site_keeps_its_own_tile_under_the_cap() {
        let sites = [
            LatLon::new(85.0, 40.0),
            LatLon::new(84.0, -100.0),
            LatLon::new(-39.3, 177.9),
        ];
        let tiles = detail_tiles(&sites, &[]);
        for site in sites {
            assert!(tiles.contains(&TileId::of(site)), "{site:?}: {tiles:?}");
        }
    }

    #[test]
    fn far_places_come_after_the_launch_and_the_cap_holds() {
        let sunan = LatLon::new(39.2, 125.7);
        let places: Vec<LatLon> = (0..30)
            .map(|i| LatLon::new(-60.0 + 4.0 * f64::from(i), -170.0 + 11.0 * f64::from(i)))
            .collect();
        let tiles = detail_tiles(&[sunan], &places);
        assert_eq!(tiles.len(), MAX_DETAIL_TILES);
        assert_eq!(tiles[0], TileId::of(sunan));
    }
}
