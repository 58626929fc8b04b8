//! The bytes of `assets/basemap.bin`: how a [`BasemapAsset`] is written and read.
//!
//! A binary file, because the map is most of what a reader downloads besides the app itself:
//! the same data as JSON was 39 KB gzip, this is about 18 KB. The layout:
//!
//! ```text
//! LAUNCHMAP-BASEMAP 1\n            magic and version, readable with `head -2`
//! <source>\n                       where the data comes from, one line of UTF-8
//! units_per_deg                    then unsigned LEB128 varints; "signed" = zigzag varint
//! west south east north            signed, in units
//! country count
//!   name length, name UTF-8, polygon count
//!     ring count (exterior first, then holes)
//!       point count, points, run count, runs (kind, edge count)
//! EEZ line count
//!   point count, points
//! ```
//!
//! A line's first point is absolute (signed x, y in units), each next point a signed delta.

use crate::map::basemap::{BasemapAsset, CountryAsset, EdgeKind, EdgeRun, RingAsset, UnitPoint};

impl BasemapAsset {
    /// Reads a basemap file; `file` names it in messages. (Here, beside the format, so that the
    /// model above knows nothing of bytes.)
    pub fn parse(file: &str, bytes: &[u8]) -> Result<Self, BasemapFileError> {
        parse(file, bytes)
    }
}

const MAGIC: &str = "LAUNCHMAP-BASEMAP 1\n";

/// Why a basemap file could not be read. Every message names the file, and the byte offset and
/// field where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BasemapFileError {
    /// The file does not begin with the magic line `LAUNCHMAP-BASEMAP 1`.
    #[error("{file}: not a basemap file: it starts with {start:?}, not \"LAUNCHMAP-BASEMAP 1\"; {REBUILD}")]
    NotABasemap {
        /// The basemap file's name, as given to the reader.
        file: String,
        /// The file's first 20 bytes, as lossy UTF-8.
        start: String,
    },
    /// The file ends part-way through a field.
    #[error("{file}: byte {offset}: the file ends in the middle of {field}; {REBUILD}")]
    Truncated {
        /// The basemap file's name, as given to the reader.
        file: String,
        /// Byte offset in the file where reading stopped.
        offset: usize,
        /// The field being read, with the country, polygon or ring it belongs to.
        field: String,
    },
    /// A field's value cannot be right: bad UTF-8, a count past the file's end, a malformed ring.
    #[error("{file}: byte {offset}: {field} is not valid: {problem}; {REBUILD}")]
    Invalid {
        /// The basemap file's name, as given to the reader.
        file: String,
        /// Byte offset in the file where reading stopped.
        offset: usize,
        /// The field being read, with the country, polygon or ring it belongs to.
        field: String,
        /// What is wrong with the value.
        problem: String,
    },
    /// Bytes remain after the last EEZ line, where the file should end.
    #[error("{file}: byte {offset}: {count} unexpected bytes after the EEZ lines; {REBUILD}")]
    TrailingBytes {
        /// The basemap file's name, as given to the reader.
        file: String,
        /// Byte offset just past the last EEZ line.
        offset: usize,
        /// How many bytes are left over.
        count: usize,
    },
}

const REBUILD: &str = "rebuild it with `cargo run --release -p launchmap-basemap`";

/// Writes `asset` as the bytes of a basemap file.
///
/// ```
/// use launchmap::BasemapAsset;
/// use launchmap::{parse_basemap as parse, write_basemap as write};
/// let asset = BasemapAsset { source: "test".into(), units_per_deg: 10, bbox_units: [0, 0, 10, 10],
///     countries: vec![], eez_approx: vec![vec![[1250, 392], [1255, 390]]] };
/// assert_eq!(parse("t.bin", &write(&asset)).unwrap(), asset);
/// ```
pub fn write(asset: &BasemapAsset) -> Vec<u8> {
    let mut out = Vec::from(MAGIC.as_bytes());
    out.extend(asset.source.replace('\n', " ").as_bytes());
    out.push(b'\n');
    push_unsigned(&mut out, u64::from(asset.units_per_deg));
    for v in asset.bbox_units {
        push_signed(&mut out, v);
    }
    push_unsigned(&mut out, asset.countries.len() as u64);
    for country in &asset.countries {
        push_unsigned(&mut out, country.name.len() as u64);
        out.extend(country.name.as_bytes());
        push_unsigned(&mut out, country.polygons.len() as u64);
        for rings in &country.polygons {
            push_unsigned(&mut out, rings.len() as u64);
            for ring in rings {
                push_points(&mut out, &ring.points);
                push_unsigned(&mut out, ring.edges.len() as u64);
                for run in &ring.edges {
                    push_unsigned(&mut out, run.kind as u64);
                    push_unsigned(&mut out, u64::from(run.count));
                }
            }
        }
    }
    push_unsigned(&mut out, asset.eez_approx.len() as u64);
    for line in &asset.eez_approx {
        push_points(&mut out, line);
    }
    out
}

/// Reads the bytes of a basemap file; `file` names it in messages.
pub fn parse(file: &str, bytes: &[u8]) -> Result<BasemapAsset, BasemapFileError> {
    let Some(rest) = bytes.strip_prefix(MAGIC.as_bytes()) else {
        let start: String = String::from_utf8_lossy(&bytes[..bytes.len().min(20)]).into();
        return Err(BasemapFileError::NotABasemap {
            file: file.to_owned(),
            start,
        });
    };
    let mut r = Reader {
        file,
        bytes,
        offset: bytes.len() - rest.len(),
        path: String::new(),
    };
    let source = r.line("source")?;
    let units_per_deg = r.unsigned("units_per_deg")?;
    let units_per_deg = match u32::try_from(units_per_deg) {
        Ok(u) if u > 0 => u,
        _ => {
            return Err(r.invalid(
                "units_per_deg",
                format!("{units_per_deg} is not from 1 to 2^32 - 1"),
            ))
        }
    };
    let mut bbox_units = [0i64; 4];
    for v in &mut bbox_units {
        *v = r.signed("bbox")?;
    }
    let mut countries = Vec::new();
    for i in 0..r.count("country count")? {
        r.path = format!("countries[{i}]");
        let name_len = r.count(".name length")?;
        let name = r.take(name_len, ".name")?;
        let name = String::from_utf8(name.to_vec()).map_err(|e| r.invalid(".name", e.to_string()))?;
        r.path = format!("countries[{i}] ({name})");
        let mut polygons = Vec::new();
        for j in 0..r.count(" polygon count")? {
            r.path = format!("countries[{i}] ({name}).polygons[{j}]");
            let mut rings = Vec::new();
            for k in 0..r.count(" ring count")? {
                r.path = format!("countries[{i}] ({name}).polygons[{j}][{k}]");
                rings.push(r.ring()?);
            }
            polygons.push(rings);
        }
        countries.push(CountryAsset { name, polygons });
    }
    r.path.clear();
    let mut eez_approx = Vec::new();
    for i in 0..r.count("EEZ line count")? {
        r.path = format!("eez_approx[{i}]");
        eez_approx.push(r.points()?);
    }
    if r.offset < bytes.len() {
        return Err(BasemapFileError::TrailingBytes {
            file: file.to_owned(),
            offset: r.offset,
            count: bytes.len() - r.offset,
        });
    }
    Ok(BasemapAsset {
        source,
        units_per_deg,
        bbox_units,
        countries,
        eez_approx,
    })
}

fn push_unsigned(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn push_signed(out: &mut Vec<u8>, v: i64) {
    push_unsigned(out, ((v << 1) ^ (v >> 63)) as u64);
}

fn push_points(out: &mut Vec<u8>, points: &[UnitPoint]) {
    push_unsigned(out, points.len() as u64);
    let mut last = [0, 0];
    for p in points {
        // Wrapping, as the reader adds: any i64 round-trips.
        push_signed(out, p[0].wrapping_sub(last[0]));
        push_signed(out, p[1].wrapping_sub(last[1]));
        last = *p;
    }
}

/// Reads varints from `bytes`; `path` says which country, polygon or ring it is in, for messages,
/// which are only written when something is wrong.
struct Reader<'a> {
    file: &'a str,
    bytes: &'a [u8],
    /// Where the next byte is read.
    offset: usize,
    path: String,
}

impl Reader<'_> {
    fn truncated(&self, field: &str) -> BasemapFileError {
        BasemapFileError::Truncated {
            file: self.file.to_owned(),
            offset: self.offset,
            field: format!("{}{field}", self.path),
        }
    }

    fn invalid(&self, field: &str, problem: String) -> BasemapFileError {
        BasemapFileError::Invalid {
            file: self.file.to_owned(),
            offset: self.offset,
            field: format!("{}{field}", self.path),
            problem,
        }
    }

    fn take(&mut self, n: usize, field: &str) -> Result<&[u8], BasemapFileError> {
        let end = self.offset.checked_add(n).filter(|&e| e <= self.bytes.len());
        let Some(end) = end else {
            return Err(self.truncated(field));
        };
        let taken = &self.bytes[self.offset..end];
        self.offset = end;
        Ok(taken)
    }

    fn line(&mut self, field: &str) -> Result<String, BasemapFileError> {
        let rest = &self.bytes[self.offset..];
        let Some(len) = rest.iter().position(|&b| b == b'\n') else {
            return Err(self.truncated(field));
        };
        let text = String::from_utf8(rest[..len].to_vec()).map_err(|e| self.invalid(field, e.to_string()))?;
        self.offset += len + 1;
        Ok(text)
    }

    fn unsigned(&mut self, field: &str) -> Result<u64, BasemapFileError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.bytes.get(self.offset) else {
                return Err(self.truncated(field));
            };
            self.offset += 1;
            // The tenth byte holds bit 63 alone.
            if shift == 63 && byte > 1 {
                break;
            }
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(self.invalid(field, "a number longer than 64 bits".to_owned()))
    }

    fn signed(&mut self, field: &str) -> Result<i64, BasemapFileError> {
        let v = self.unsigned(field)?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count of items that each take at least one byte: never more than the bytes left, so
    /// that a corrupt count cannot ask for a huge allocation.
    fn count(&mut self, field: &str) -> Result<usize, BasemapFileError> {
        let n = self.unsigned(field)?;
        let left = self.bytes.len() - self.offset;
        match usize::try_from(n) {
            Ok(n) if n <= left => Ok(n),
            _ => Err(self.invalid(
                field,
                format!("{n} items, with only {left} bytes left: the file is cut short or corrupt"),
            )),
        }
    }

    fn points(&mut self) -> Result<Vec<UnitPoint>, BasemapFileError> {
        let n = self.count(" point count")?;
        let mut points = Vec::with_capacity(n);
        let mut last = [0i64, 0];
        for _ in 0..n {
            let dx = self.signed(" points")?;
            let dy = self.signed(" points")?;
            last = [last[0].wrapping_add(dx), last[1].wrapping_add(dy)];
            points.push(last);
        }
        Ok(points)
    }

    fn ring(&mut self) -> Result<RingAsset, BasemapFileError> {
        let points = self.points()?;
        let mut edges = Vec::new();
        let mut covered = 0u64;
        for _ in 0..self.count(" run count")? {
            let kind = match self.unsigned(" runs")? {
                0 => EdgeKind::Coast,
                1 => EdgeKind::Border,
                2 => EdgeKind::Hidden,
                other => return Err(self.invalid(" runs", format!("edge kind {other} is not 0, 1 or 2"))),
            };
            let count = self.unsigned(" runs")?;
            covered = covered.saturating_add(count);
            let count = match u32::try_from(count) {
                Ok(c) if c > 0 => c,
                _ => return Err(self.invalid(" runs", format!("a run of {count} edges"))),
            };
            edges.push(EdgeRun { kind, count });
        }
        if points.len() < 4 || points.first() != points.last() {
            return Err(self.invalid(
                "",
                format!(
                    "a ring needs at least 4 points, its last the same as its first; it has {}",
                    points.len()
                ),
            ));
        }
        let ring_edges = points.len().saturating_sub(1) as u64;
        if covered != ring_edges {
            return Err(self.invalid(
                "",
                format!(
                    "its runs cover {covered} edges, but its {} points make {ring_edges}",
                    points.len()
                ),
            ));
        }
        Ok(RingAsset { points, edges })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> BasemapAsset {
        BasemapAsset {
            source: "test data".into(),
            units_per_deg: 250,
            bbox_units: [27000, 2750, 38000, 13250],
            countries: vec![CountryAsset {
                name: "Dokdo".into(),
                polygons: vec![vec![RingAsset {
                    points: vec![[32000, 9000], [32010, 9000], [32010, 8990], [32000, 9000]],
                    edges: vec![
                        EdgeRun {
                            kind: EdgeKind::Coast,
                            count: 2,
                        },
                        EdgeRun {
                            kind: EdgeKind::Border,
                            count: 1,
                        },
                    ],
                }]],
            }],
            eez_approx: vec![vec![[-5, 70_000], [1, -3]]],
        }
    }

    #[test]
    fn write_then_parse_gives_the_same_asset() {
        assert_eq!(parse("t.bin", &write(&sample())).unwrap(), sample());
    }

    #[test]
    fn an_html_page_instead_of_the_file_is_named_as_such() {
        let err = parse("assets/basemap.bin", b"<!doctype html><html>").unwrap_err();
        assert_eq!(
            err.to_string(),
            "assets/basemap.bin: not a basemap file: it starts with \"<!doctype html><html\", not \
             \"LAUNCHMAP-BASEMAP 1\"; rebuild it with `cargo run --release -p launchmap-basemap`"
        );
    }

    #[test]
    fn every_truncation_is_an_error_that_names_a_field() {
        let bytes = write(&sample());
        for len in MAGIC.len()..bytes.len() {
            match parse("t.bin", &bytes[..len]).unwrap_err() {
                BasemapFileError::Truncated { field, .. } | BasemapFileError::Invalid { field, .. } => {
                    assert!(!field.is_empty(), "cut at {len}: no field named")
                }
                other => panic!("cut at {len}: {other}"),
            }
        }
        let err = parse("t.bin", &bytes[..bytes.len() - 1]).unwrap_err();
        assert!(
            err.to_string()
                .contains("ends in the middle of eez_approx[0] points"),
            "{err}"
        );
    }

    #[test]
    fn runs_that_do_not_cover_the_ring_are_reported_with_the_country() {
        let mut asset = sample();
        asset.countries[0].polygons[0][0].edges[1].count = 5;
        let err = parse("t.bin", &write(&asset)).unwrap_err();
        assert!(
            err.to_string()
                .contains("countries[0] (Dokdo).polygons[0][0] is not valid: its runs cover 7 edges, but its 4 points make 3"),
            "{err}"
        );
    }

    #[test]
    fn a_huge_count_is_refused_before_any_allocation() {
        let mut bytes = Vec::from(MAGIC.as_bytes());
        bytes.extend(b"src\n");
        push_unsigned(&mut bytes, 250);
        for v in [0, 0, 1, 1] {
            push_signed(&mut bytes, v);
        }
        push_unsigned(&mut bytes, u64::MAX);
        let err = parse("t.bin", &bytes).unwrap_err();
        assert!(err.to_string().contains("country count is not valid"), "{err}");
    }

    #[test]
    fn an_empty_run_an_open_ring_and_an_overlong_number_are_refused() {
        let mut empty_run = sample();
        empty_run.countries[0].polygons[0][0].edges.push(EdgeRun {
            kind: EdgeKind::Hidden,
            count: 0,
        });
        let err = parse("t.bin", &write(&empty_run)).unwrap_err();
        assert!(
            err.to_string().contains("runs is not valid: a run of 0 edges"),
            "{err}"
        );

        let mut open_ring = sample();
        open_ring.countries[0].polygons[0][0].points[3] = [1, 1];
        let err = parse("t.bin", &write(&open_ring)).unwrap_err();
        assert!(
            err.to_string().contains("its last the same as its first"),
            "{err}"
        );

        let mut bytes = Vec::from(MAGIC.as_bytes());
        bytes.extend(b"src\n");
        bytes.extend([0xff; 9]);
        bytes.push(0x02);
        let err = parse("t.bin", &bytes).unwrap_err();
        assert!(
            err.to_string()
                .contains("units_per_deg is not valid: a number longer than 64 bits"),
            "{err}"
        );
    }

    #[test]
    fn extreme_coordinates_round_trip() {
        let mut asset = sample();
        asset.eez_approx = vec![vec![[i64::MIN, i64::MAX], [i64::MAX, i64::MIN], [0, 0]]];
        assert_eq!(parse("t.bin", &write(&asset)).unwrap(), asset);
    }

    #[test]
    fn bytes_after_the_end_are_an_error() {
        let mut bytes = write(&sample());
        bytes.extend([0, 0]);
        let err = parse("t.bin", &bytes).unwrap_err();
        assert!(err.to_string().contains("2 unexpected bytes"), "{err}");
    }
}
