//! The basemap: land, coasts and borders from Natural Earth, and approximate EEZ lines: Japan's
//! in the default region's file, each coastal country's in a file of its own, and the zones a
//! story shows in the basemap composed for it.
//!
//! `tools/basemap` writes `assets/basemap.bin` once from the npm package `world-atlas` (see
//! [`crate::map::basemap::file`] for the bytes); the app fetches it at start-up. Coordinates are whole
//! multiples of 1/`units_per_deg` of a degree. Coasts and borders are not stored apart from the
//! land: each ring of land says, run by run, which of its edges are coast, which are border and
//! which are not drawn (the second copy of a shared border, and the cut along the edge of the
//! data), so that fills, coasts and borders always meet.

/// The file format of `assets/basemap.bin`: reading and writing its bytes.
pub mod file;
/// The world beyond the default region: a coarse world file and detail tiles on one grid.
pub mod tiles;
/// The approximate EEZ of each coastal country, a file each, for the stories that choose them.
pub mod zones;

use geo::{Coord, LineString, MultiLineString, MultiPolygon, Polygon, Simplify};

use crate::earth::geodesy::LatLon;

/// A position in whole units: `[lon, lat]` × `units_per_deg`.
pub type UnitPoint = [i64; 2];

/// The file's content, as written by the generator and read by the app.
#[derive(Debug, Clone, PartialEq)]
pub struct BasemapAsset {
    /// What the data is and how it was made, for people who open the file.
    pub source: String,
    /// How many units make one degree: the precision of every stored coordinate.
    pub units_per_deg: u32,
    /// `[west, south, east, north]` in units: the data is clipped to this box.
    pub bbox_units: [i64; 4],
    /// The land of each country in the data.
    pub countries: Vec<CountryAsset>,
    /// Approximate EEZ lines: 200 nautical miles (370.4 km) from a country's coast, or the
    /// median line with another country's, whichever is nearer (never the agreed boundaries).
    pub eez_approx: Vec<Vec<UnitPoint>>,
}

/// One country's land, as stored in the file.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryAsset {
    /// The country's English name as Natural Earth gives it, e.g. `Japan`.
    pub name: String,
    /// Each polygon is its exterior ring followed by its holes.
    pub polygons: Vec<Vec<RingAsset>>,
}

/// A closed ring of land (its last point repeats its first) and what each of its edges is.
#[derive(Debug, Clone, PartialEq)]
pub struct RingAsset {
    /// The ring's points in units, the last the same as the first.
    pub points: Vec<UnitPoint>,
    /// Consecutive edges of one kind; the counts add up to `points.len() - 1`.
    pub edges: Vec<EdgeRun>,
}

/// A run of consecutive ring edges that are all drawn the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EdgeRun {
    /// How the edges in this run are drawn.
    pub kind: EdgeKind,
    /// How many edges the run covers; at least 1.
    pub count: u32,
}

/// How an edge of land is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EdgeKind {
    /// Land on one side, sea on the other.
    Coast = 0,
    /// A land border, drawn from this country's side.
    Border = 1,
    /// Not drawn: a border that the neighbour draws, or the cut along the data's box.
    Hidden = 2,
}

/// The basemap decoded into geo geometries, lon/lat in degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct Basemap {
    /// Each country's land, for the fill and for finding the nearest coast.
    pub countries: Vec<Country>,
    /// The coast edges of every ring, joined into lines, lon/lat in degrees.
    pub coastlines: MultiLineString<f64>,
    /// The land borders, each drawn once from one side, joined into lines.
    pub borders: MultiLineString<f64>,
    /// The approximate EEZ lines, lon/lat in degrees.
    pub eez_approx: MultiLineString<f64>,
}

impl Basemap {
    /// A country's coast, as lines of positions: the edges of its land with the sea beyond,
    /// not its land borders nor where the data's box or tiles cut it, which lie inland.
    pub fn coast(&self, country: &str) -> Vec<Vec<LatLon>> {
        self.coasts(|name| name == country)
    }

    /// The coasts of every country but one.
    pub fn other_coasts(&self, country: &str) -> Vec<Vec<LatLon>> {
        self.coasts(|name| name != country)
    }

    fn coasts(&self, take: impl Fn(&str) -> bool) -> Vec<Vec<LatLon>> {
        self.countries
            .iter()
            .filter(|c| take(&c.name))
            .flat_map(|c| self.coastlines.0.get(c.coast.clone()).unwrap_or_default())
            .map(|line| line.0.iter().map(|c| LatLon::new(c.y, c.x)).collect())
            .collect()
    }

    /// The approximate EEZ line as lines of positions.
    pub fn eez_lines(&self) -> Vec<Vec<LatLon>> {
        self.eez_approx
            .0
            .iter()
            .map(|l| l.0.iter().map(|c| LatLon::new(c.y, c.x)).collect())
            .collect()
    }
}

/// One country's land, decoded.
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    /// The country's English name as Natural Earth gives it, e.g. `Japan`.
    pub name: String,
    /// The country's land: its polygons with their holes, lon/lat in degrees.
    pub land: MultiPolygon<f64>,
    /// Which of the basemap's `coastlines` are this country's.
    pub coast: std::ops::Range<usize>,
}

impl BasemapAsset {
    /// Converts units to degrees, and gathers the coast and border edges of every ring into lines.
    ///
    /// ```
    /// use launchmap::{BasemapAsset, CountryAsset, EdgeKind, EdgeRun, RingAsset};
    /// let island = RingAsset {
    ///     points: vec![[1250, 390], [1260, 390], [1260, 400], [1250, 390]],
    ///     edges: vec![EdgeRun { kind: EdgeKind::Coast, count: 2 }, EdgeRun { kind: EdgeKind::Hidden, count: 1 }],
    /// };
    /// let asset = BasemapAsset { source: "t".into(), units_per_deg: 10, bbox_units: [0, 0, 2000, 2000],
    ///     countries: vec![CountryAsset { name: "Isle".into(), polygons: vec![vec![island]] }],
    ///     eez_approx: vec![] };
    /// let map = asset.decode();
    /// let coast: Vec<_> = map.coastlines.0[0].points().map(|p| (p.x(), p.y())).collect();
    /// assert_eq!(coast, [(125.0, 39.0), (126.0, 39.0), (126.0, 40.0)]);
    /// assert!(map.borders.0.is_empty());
    /// ```
    pub fn decode(&self) -> Basemap {
        let per_deg = f64::from(self.units_per_deg);
        let to_line = |points: &[UnitPoint]| {
            LineString(
                points
                    .iter()
                    .map(|p| Coord {
                        x: p[0] as f64 / per_deg,
                        y: p[1] as f64 / per_deg,
                    })
                    .collect(),
            )
        };
        let mut coastlines = Vec::new();
        let mut borders = Vec::new();
        let countries = self
            .countries
            .iter()
            .map(|country| {
                let first = coastlines.len();
                let polygons = country.polygons.iter().filter_map(|rings| {
                    for ring in rings {
                        let mut first_edge = 0usize;
                        for run in &ring.edges {
                            let count = run.count as usize;
                            // The file's reader checked that the runs cover the ring.
                            let points = ring.points.get(first_edge..=first_edge + count);
                            match (run.kind, points) {
                                (EdgeKind::Coast, Some(p)) => coastlines.push(to_line(p)),
                                (EdgeKind::Border, Some(p)) => borders.push(to_line(p)),
                                _ => {}
                            }
                            first_edge += count;
                        }
                    }
                    let mut lines = rings.iter().map(|r| to_line(&r.points));
                    lines
                        .next()
                        .map(|exterior| Polygon::new(exterior, lines.collect()))
                });
                let land = MultiPolygon(polygons.collect());
                Country {
                    name: country.name.clone(),
                    land,
                    coast: first..coastlines.len(),
                }
            })
            .collect();
        Basemap {
            countries,
            coastlines: MultiLineString(coastlines),
            borders: MultiLineString(borders),
            eez_approx: MultiLineString(self.eez_approx.iter().map(|l| to_line(l)).collect()),
        }
    }
}

impl BasemapAsset {
    /// The same land with fewer points, for a static map drawn at one scale (the prerendered
    /// page): each run of coast or border is simplified on its own (Douglas–Peucker, within
    /// `tolerance_units`), so fills, coasts and borders still meet where the runs meet. A ring
    /// left smaller than a triangle is dropped, and with an exterior ring its holes.
    ///
    /// ```
    /// use launchmap::{BasemapAsset, CountryAsset, EdgeKind, EdgeRun, RingAsset};
    /// // A square island whose south coast has a nearly straight kink.
    /// let island = RingAsset {
    ///     points: vec![[0, 0], [50, 1], [100, 0], [100, 100], [0, 100], [0, 0]],
    ///     edges: vec![EdgeRun { kind: EdgeKind::Coast, count: 5 }],
    /// };
    /// let asset = BasemapAsset { source: "t".into(), units_per_deg: 10, bbox_units: [0, 0, 200, 200],
    ///     countries: vec![CountryAsset { name: "Isle".into(), polygons: vec![vec![island]] }],
    ///     eez_approx: vec![] };
    /// let ring = &asset.coarse(2.0).countries[0].polygons[0][0];
    /// assert_eq!(ring.points, [[0, 0], [100, 0], [100, 100], [0, 100], [0, 0]]);
    /// ```
    pub fn coarse(&self, tolerance_units: f64) -> BasemapAsset {
        let simplify = |points: &[UnitPoint]| -> Vec<UnitPoint> {
            let line: LineString<f64> = points.iter().map(|p| (p[0] as f64, p[1] as f64)).collect();
            line.simplify(tolerance_units)
                .0
                .iter()
                .map(|c| [c.x as i64, c.y as i64])
                .collect()
        };
        let coarse_ring = |ring: &RingAsset| -> Option<RingAsset> {
            let mut points: Vec<UnitPoint> = Vec::with_capacity(ring.points.len());
            let mut edges = Vec::with_capacity(ring.edges.len());
            let mut first_edge = 0usize;
            for run in &ring.edges {
                let count = run.count as usize;
                let part = simplify(ring.points.get(first_edge..=first_edge + count)?);
                first_edge += count;
                // Each part starts where the one before ended.
                let new_points = if points.is_empty() { &part[..] } else { &part[1..] };
                points.extend_from_slice(new_points);
                let count = u32::try_from(part.len().saturating_sub(1)).ok()?;
                edges.push(EdgeRun {
                    kind: run.kind,
                    count,
                });
            }
            let distinct = points.len().saturating_sub(1);
            (distinct >= 3).then_some(RingAsset { points, edges })
        };
        let countries = self
            .countries
            .iter()
            .map(|country| CountryAsset {
                name: country.name.clone(),
                polygons: country
                    .polygons
                    .iter()
                    .filter_map(|rings| {
                        let (exterior, holes) = rings.split_first()?;
                        let mut kept = vec![coarse_ring(exterior)?];
                        kept.extend(holes.iter().filter_map(coarse_ring));
                        Some(kept)
                    })
                    .collect(),
            })
            .collect();
        BasemapAsset {
            source: self.source.clone(),
            units_per_deg: self.units_per_deg,
            bbox_units: self.bbox_units,
            countries,
            eez_approx: self.eez_approx.iter().map(|l| simplify(l)).collect(),
        }
    }
}

/// A line of lon/lat degrees in whole units, dropping points that round onto the one before.
/// Used by the generator.
///
/// ```
/// use geo::line_string;
/// let line = line_string![(x: 125.0, y: 39.2), (x: 125.04, y: 39.2), (x: 125.5, y: 39.0)];
/// assert_eq!(launchmap::to_units(&line, 10), [[1250, 392], [1255, 390]]);
/// ```
pub fn to_units(line: &LineString<f64>, units_per_deg: u32) -> Vec<UnitPoint> {
    let per_deg = f64::from(units_per_deg);
    let mut out: Vec<UnitPoint> = Vec::with_capacity(line.0.len());
    for c in &line.0 {
        let p = [(c.x * per_deg).round() as i64, (c.y * per_deg).round() as i64];
        if out.last() != Some(&p) {
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::line_string;

    #[test]
    fn a_countrys_coast_leaves_out_its_land_borders() {
        // Hyesan lies on the Yalu, the border with China; China's nearest coast is the Yellow
        // Sea's, near Dandong, about 380 km away.
        let map = crate::testing::basemap();
        let hyesan = [LatLon::new(41.40, 128.18)];
        let to_coast = crate::earth::nearest::nearest(&hyesan, &map.coast("China")).unwrap();
        assert!(to_coast.distance_m > 300_000.0, "{to_coast:?}");
        // Its land, borders and all, is right there.
        let land: Vec<Vec<LatLon>> = map
            .countries
            .iter()
            .filter(|c| c.name == "China")
            .flat_map(|c| &c.land.0)
            .map(|p| p.exterior().0.iter().map(|c| LatLon::new(c.y, c.x)).collect())
            .collect();
        assert!(crate::earth::nearest::nearest(&hyesan, &land).unwrap().distance_m < 20_000.0);
        // Japan has no land border: its coast is all of its outline but the data's cuts.
        assert!(!map.coast("Japan").is_empty() && map.other_coasts("Japan").len() > 10);
    }

    #[test]
    fn the_coarse_basemap_is_a_valid_file_with_under_half_the_points() {
        let asset = BasemapAsset::parse("assets/basemap.bin", crate::testing::BASEMAP_BYTES).expect("reads");
        let count = |a: &BasemapAsset| -> usize {
            a.countries
                .iter()
                .flat_map(|c| &c.polygons)
                .flatten()
                .map(|r| r.points.len())
                .sum()
        };
        let coarse = asset.coarse(f64::from(asset.units_per_deg) * 0.05);
        // The file's reader checks every ring's runs against its points.
        let reread = BasemapAsset::parse("coarse", &file::write(&coarse)).expect("the coarse file reads");
        assert_eq!(reread, coarse);
        assert!(
            count(&coarse) * 2 < count(&asset),
            "{} of {}",
            count(&coarse),
            count(&asset)
        );
        for name in ["Japan", "South Korea", "North Korea", "China"] {
            let country = coarse.countries.iter().find(|c| c.name == name).expect("kept");
            assert!(!country.polygons.is_empty(), "{name} lost its land");
        }
    }

    #[test]
    fn committed_asset_covers_the_region_and_guam() {
        let map = crate::testing::basemap();
        for name in ["Japan", "South Korea", "North Korea", "China", "Guam"] {
            assert!(map.countries.iter().any(|c| c.name == name), "{name} missing");
        }
        assert!(!map.eez_approx.0.is_empty());
    }

    #[test]
    fn the_korean_border_is_a_border_and_japan_is_all_coast() {
        let map = crate::testing::basemap();
        // The Military Demarcation Line crosses 127°E near 38.3°N.
        let crosses_127e_near_38n = |l: &LineString<f64>| {
            l.lines()
                .any(|s| (s.start.x - 127.0) * (s.end.x - 127.0) <= 0.0 && (38.0..38.6).contains(&s.start.y))
        };
        assert!(map.borders.0.iter().any(crosses_127e_near_38n));
        assert!(!map.coastlines.0.iter().any(crosses_127e_near_38n));
        // Japan has no land border: every point of its land lies on some coastline.
        let coast_points: std::collections::HashSet<(i64, i64)> = map
            .coastlines
            .0
            .iter()
            .flat_map(|l| {
                l.0.iter()
                    .map(|c| ((c.x * 150.0).round() as i64, (c.y * 150.0).round() as i64))
            })
            .collect();
        let japan = map.countries.iter().find(|c| c.name == "Japan").unwrap();
        for polygon in &japan.land.0 {
            for c in &polygon.exterior().0 {
                assert!(coast_points.contains(&((c.x * 150.0).round() as i64, (c.y * 150.0).round() as i64)));
            }
        }
    }

    #[test]
    fn no_coast_runs_along_another_countrys_land() {
        // A border that the generator failed to match would be coast on both sides: a coast
        // edge whose two ends are both corners of another country's land.
        let map = crate::testing::basemap();
        let units = |c: &Coord<f64>| ((c.x * 150.0).round() as i64, (c.y * 150.0).round() as i64);
        let corners: Vec<std::collections::HashSet<(i64, i64)>> = map
            .countries
            .iter()
            .map(|c| {
                c.land
                    .0
                    .iter()
                    .flat_map(|p| {
                        p.exterior()
                            .0
                            .iter()
                            .chain(p.interiors().iter().flat_map(|r| &r.0))
                    })
                    .map(units)
                    .collect()
            })
            .collect();
        let mut shared = 0;
        for line in &map.coastlines.0 {
            for s in line.lines() {
                let (a, b) = (units(&s.start), units(&s.end));
                let owners = corners
                    .iter()
                    .filter(|set| set.contains(&a) && set.contains(&b))
                    .count();
                if owners > 1 {
                    shared += 1;
                }
            }
        }
        assert_eq!(shared, 0, "coast edges on two countries' land");
    }

    #[test]
    fn no_coast_or_border_runs_along_the_edge_of_the_data() {
        let map = crate::testing::basemap();
        for line in map.coastlines.0.iter().chain(&map.borders.0) {
            for s in line.lines() {
                let on_edge = |a: f64, b: f64, edge: f64| {
                    approx::abs_diff_eq!(a, edge, epsilon = 1e-9)
                        && approx::abs_diff_eq!(b, edge, epsilon = 1e-9)
                };
                assert!(
                    !(on_edge(s.start.x, s.end.x, 108.0)
                        || on_edge(s.start.x, s.end.x, 152.0)
                        || on_edge(s.start.y, s.end.y, 11.0)
                        || on_edge(s.start.y, s.end.y, 53.0)),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn the_eez_line_lies_over_no_land() {
        use geo::{Contains, Distance, Haversine, Point};
        let map = crate::testing::basemap();
        let (mut total_m, mut over_land_m) = (0.0, 0.0);
        for line in &map.eez_approx.0 {
            for s in line.lines() {
                let length_m = Haversine.distance(Point(s.start), Point(s.end));
                let middle = Point::new((s.start.x + s.end.x) / 2.0, (s.start.y + s.end.y) / 2.0);
                total_m += length_m;
                if map.countries.iter().any(|c| c.land.contains(&middle)) {
                    over_land_m += length_m;
                }
            }
        }
        // The coast is simplified to about 1 km: a line that grazes it may cut a headland.
        assert!(total_m > 1_000_000.0, "only {total_m} m of line");
        assert!(
            over_land_m / total_m < 0.01,
            "{over_land_m} m of {total_m} m over land"
        );
    }

    #[test]
    fn units_round_to_the_nearest_and_repeats_are_dropped() {
        let line = line_string![(x: 129.0756, y: 35.1796), (x: 129.0757, y: 35.1797), (x: -0.002, y: 0.0)];
        assert_eq!(to_units(&line, 1000), [[129076, 35180], [-2, 0]]);
    }
}
