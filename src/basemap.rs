//! The basemap asset: land, coastlines and borders of the region, from Natural Earth.
//!
//! `tools/basemap` writes `assets/basemap.json` once from the npm package `world-atlas`; the app
//! fetches it at start-up. Coordinates are whole multiples of 1/`units_per_deg` of a degree, each
//! line stored as a flat list `[lon0, lat0, dlon1, dlat1, ...]` of deltas from the previous
//! point, which keeps the file small before gzip and smaller after.

use geo::{Coord, LineString, MultiLineString, MultiPolygon, Polygon};
use serde::{Deserialize, Serialize};

use crate::geodesy::LatLon;

/// The file as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BasemapAsset {
    /// What the data is and how it was made, for people who open the file.
    pub source: String,
    pub units_per_deg: f64,
    /// `[west, south, east, north]` in degrees: the data is clipped to this box.
    pub bbox_deg: [f64; 4],
    pub countries: Vec<CountryAsset>,
    /// Coasts: the edges of land that no neighbour shares.
    pub coastlines: Vec<Vec<i64>>,
    /// Land borders between two countries.
    pub borders: Vec<Vec<i64>>,
    /// An approximate line 200 nautical miles (370.4 km) from Japan's coast. It ignores the
    /// median and agreed lines that bound the real zone where coasts face each other.
    pub japan_eez_approx: Vec<Vec<i64>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryAsset {
    pub name: String,
    /// Each polygon is its exterior ring followed by its holes, each ring a delta-encoded line.
    pub polygons: Vec<Vec<Vec<i64>>>,
}

/// The basemap decoded into geo geometries, lon/lat in degrees.
#[derive(Debug, Clone, PartialEq)]
pub struct Basemap {
    pub countries: Vec<Country>,
    pub coastlines: MultiLineString<f64>,
    pub borders: MultiLineString<f64>,
    pub japan_eez_approx: MultiLineString<f64>,
}

impl Basemap {
    /// The outlines of a country's land, as lines of positions: for an island nation such as
    /// Japan, its coast.
    pub fn outline(&self, country: &str) -> Vec<Vec<LatLon>> {
        let to_line = |ring: &LineString<f64>| ring.0.iter().map(|c| LatLon::new(c.y, c.x)).collect();
        self.countries
            .iter()
            .filter(|c| c.name == country)
            .flat_map(|c| &c.land.0)
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
            .map(to_line)
            .collect()
    }

    /// The approximate EEZ line as lines of positions.
    pub fn japan_eez_lines(&self) -> Vec<Vec<LatLon>> {
        self.japan_eez_approx
            .0
            .iter()
            .map(|l| l.0.iter().map(|c| LatLon::new(c.y, c.x)).collect())
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub name: String,
    pub land: MultiPolygon<f64>,
}

/// Why a basemap file could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BasemapError {
    #[error("{file}:{line}:{column}: not a basemap file: {message}; rebuild it with `cargo run -p launchmap-basemap`")]
    Parse {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: {path} has an odd number of coordinates ({count}); rebuild it with `cargo run -p launchmap-basemap`")]
    OddLine {
        file: String,
        path: String,
        count: usize,
    },
    #[error("{file}: units_per_deg must be positive")]
    BadUnits { file: String },
}

impl BasemapAsset {
    /// Reads the JSON of a basemap file; `file` names it in messages.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Self, BasemapError> {
        serde_json::from_slice(bytes).map_err(|e| BasemapError::Parse {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        })
    }

    /// Decodes every line into degrees.
    ///
    /// ```
    /// use launchmap::basemap::BasemapAsset;
    /// let json = br#"{"source": "test", "units_per_deg": 10, "bbox_deg": [0, 0, 1, 1],
    ///     "countries": [], "coastlines": [[1250, 392, 5, -2]], "borders": [], "japan_eez_approx": []}"#;
    /// let map = BasemapAsset::parse("t.json", json).unwrap().decode("t.json").unwrap();
    /// let coast: Vec<_> = map.coastlines.0[0].points().map(|p| (p.x(), p.y())).collect();
    /// assert_eq!(coast, [(125.0, 39.2), (125.5, 39.0)]);
    /// ```
    pub fn decode(&self, file: &str) -> Result<Basemap, BasemapError> {
        if self.units_per_deg.is_nan() || self.units_per_deg <= 0.0 {
            return Err(BasemapError::BadUnits {
                file: file.to_owned(),
            });
        }
        let line = |path: String, deltas: &[i64]| decode_line(file, path, deltas, self.units_per_deg);
        let mut countries = Vec::with_capacity(self.countries.len());
        for (i, country) in self.countries.iter().enumerate() {
            let mut polygons = Vec::with_capacity(country.polygons.len());
            for (j, rings) in country.polygons.iter().enumerate() {
                let mut decoded = Vec::with_capacity(rings.len());
                for (k, ring) in rings.iter().enumerate() {
                    decoded.push(line(format!("countries[{i}].polygons[{j}][{k}]"), ring)?);
                }
                let mut rings = decoded.into_iter();
                if let Some(exterior) = rings.next() {
                    polygons.push(Polygon::new(exterior, rings.collect()));
                }
            }
            countries.push(Country {
                name: country.name.clone(),
                land: MultiPolygon(polygons),
            });
        }
        let lines = |name: &str, list: &[Vec<i64>]| -> Result<MultiLineString<f64>, BasemapError> {
            list.iter()
                .enumerate()
                .map(|(i, l)| line(format!("{name}[{i}]"), l))
                .collect::<Result<Vec<_>, _>>()
                .map(MultiLineString)
        };
        Ok(Basemap {
            countries,
            coastlines: lines("coastlines", &self.coastlines)?,
            borders: lines("borders", &self.borders)?,
            japan_eez_approx: lines("japan_eez_approx", &self.japan_eez_approx)?,
        })
    }
}

fn decode_line(
    file: &str,
    path: String,
    deltas: &[i64],
    units_per_deg: f64,
) -> Result<LineString<f64>, BasemapError> {
    if !deltas.len().is_multiple_of(2) {
        return Err(BasemapError::OddLine {
            file: file.to_owned(),
            path,
            count: deltas.len(),
        });
    }
    let (mut x, mut y) = (0i64, 0i64);
    let coords = deltas
        .chunks_exact(2)
        .map(|d| {
            x += d[0];
            y += d[1];
            Coord {
                x: x as f64 / units_per_deg,
                y: y as f64 / units_per_deg,
            }
        })
        .collect();
    Ok(LineString(coords))
}

/// Encodes a line of lon/lat degrees as deltas of whole units, dropping points that round onto
/// the one before. Used by the generator; the inverse of decoding.
///
/// ```
/// use geo::line_string;
/// let line = line_string![(x: 125.0, y: 39.2), (x: 125.04, y: 39.2), (x: 125.5, y: 39.0)];
/// assert_eq!(launchmap::basemap::encode_line(&line, 10.0), [1250, 392, 5, -2]);
/// ```
pub fn encode_line(line: &LineString<f64>, units_per_deg: f64) -> Vec<i64> {
    let mut out = Vec::with_capacity(line.0.len() * 2);
    let mut last: Option<(i64, i64)> = None;
    for c in &line.0 {
        let p = (
            (c.x * units_per_deg).round() as i64,
            (c.y * units_per_deg).round() as i64,
        );
        match last {
            Some(l) if l == p => continue,
            Some(l) => out.extend([p.0 - l.0, p.1 - l.1]),
            None => out.extend([p.0, p.1]),
        }
        last = Some(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::line_string;

    #[test]
    fn encode_then_decode_round_trips_to_the_unit() {
        let line =
            line_string![(x: 129.0756, y: 35.1796), (x: 139.6917, y: 35.6894), (x: 144.9244, y: 13.584)];
        let asset = BasemapAsset {
            source: "t".into(),
            units_per_deg: 1000.0,
            bbox_deg: [0.0, 0.0, 1.0, 1.0],
            countries: vec![],
            coastlines: vec![encode_line(&line, 1000.0)],
            borders: vec![],
            japan_eez_approx: vec![],
        };
        let decoded = asset.decode("t").unwrap();
        for (a, b) in decoded.coastlines.0[0].0.iter().zip(&line.0) {
            assert!(
                (a.x - b.x).abs() <= 0.0005 && (a.y - b.y).abs() <= 0.0005,
                "{a:?} {b:?}"
            );
        }
    }

    #[test]
    fn odd_line_is_reported_with_its_path() {
        let json = br#"{"source": "t", "units_per_deg": 10, "bbox_deg": [0,0,1,1], "countries": [], "coastlines": [], "borders": [[1, 2, 3]], "japan_eez_approx": []}"#;
        let err = BasemapAsset::parse("b.json", json)
            .unwrap()
            .decode("b.json")
            .unwrap_err();
        assert_eq!(
            err,
            BasemapError::OddLine {
                file: "b.json".into(),
                path: "borders[0]".into(),
                count: 3
            }
        );
    }

    #[test]
    fn html_instead_of_json_is_a_located_parse_error() {
        let err = BasemapAsset::parse("assets/basemap.json", b"<!doctype html>").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("assets/basemap.json:1:1: not a basemap file"),
            "{err}"
        );
    }

    #[test]
    fn committed_asset_covers_the_region_and_guam() {
        let bytes = include_bytes!("../assets/basemap.json");
        let map = BasemapAsset::parse("basemap", bytes)
            .unwrap()
            .decode("basemap")
            .unwrap();
        for name in ["Japan", "South Korea", "North Korea", "China", "Guam"] {
            assert!(map.countries.iter().any(|c| c.name == name), "{name} missing");
        }
        assert!(!map.coastlines.0.is_empty() && !map.borders.0.is_empty());
        assert!(!map.japan_eez_approx.0.is_empty());
    }
}
