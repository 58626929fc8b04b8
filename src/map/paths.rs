//! SVG path data for lines on the Earth, and the basemap's land, coasts, borders and EEZ line as
//! paths, in kilometres of the projected plane.

use geo::LineString;

use crate::earth::geodesy::LatLon;
use crate::earth::projection::AzimuthalEquidistant;
use crate::map::basemap::Basemap;
use crate::map::view::{svg_xy, ViewBox};
use crate::text::decimal::push_fixed;

/// The basemap as SVG path data, in kilometres of the projected plane.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasemapPaths {
    /// The countries' land, as closed outlines, for the fill.
    pub land_d: String,
    /// The coastlines, as open lines.
    pub coast_d: String,
    /// The land borders between countries, as open lines.
    pub border_d: String,
    /// The approximate EEZ lines of the zones the story shows.
    pub eez_d: String,
    /// How many points were projected, for the benchmark and the size of the work.
    pub point_count: usize,
}

/// Appends SVG path data for `points`; returns how many points it projected.
pub fn push_path(
    d: &mut String,
    points: impl IntoIterator<Item = LatLon>,
    projection: &AzimuthalEquidistant,
    close: bool,
) -> usize {
    let mut count = 0;
    for p in points {
        let (x, y) = svg_xy(projection.forward(p));
        let command = if count == 0 { 'M' } else { 'L' };
        // 0.1 km is finer than the basemap's own grid of 1/250 degree (0.4 km or less).
        d.push(command);
        push_fixed(d, x, 1);
        d.push(' ');
        push_fixed(d, y, 1);
        count += 1;
    }
    if close && count > 0 {
        d.push('Z');
    }
    count
}

fn push_line(
    d: &mut String,
    line: &LineString<f64>,
    projection: &AzimuthalEquidistant,
    close: bool,
) -> usize {
    push_path(d, line.0.iter().map(|c| LatLon::new(c.y, c.x)), projection, close)
}

/// A rectangle of the projected plane, in SVG kilometres: `[left, top, right, bottom]`.
type Rect = [f64; 4];

fn rect_of(view: &ViewBox) -> Rect {
    [
        view.left_km,
        view.top_km,
        view.left_km + view.width_km,
        view.top_km + view.height_km,
    ]
}

/// A closed ring cut to `rect` (Sutherland–Hodgman, exact for a rectangle): the fill inside
/// `rect` is the ring's, and the cut runs along `rect`'s edges.
fn clip_ring(points: &[(f64, f64)], rect: Rect) -> Vec<(f64, f64)> {
    let mut ring = points.to_vec();
    // Each edge of the rectangle as (is this point inside?, where a segment crosses it).
    for side in 0..4 {
        let inside = |p: (f64, f64)| match side {
            0 => p.0 >= rect[0],
            1 => p.1 >= rect[1],
            2 => p.0 <= rect[2],
            _ => p.1 <= rect[3],
        };
        let cross = |a: (f64, f64), b: (f64, f64)| {
            let t = match side {
                0 => (rect[0] - a.0) / (b.0 - a.0),
                1 => (rect[1] - a.1) / (b.1 - a.1),
                2 => (rect[2] - a.0) / (b.0 - a.0),
                _ => (rect[3] - a.1) / (b.1 - a.1),
            };
            (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))
        };
        let Some(&last) = ring.last() else { break };
        let mut out = Vec::with_capacity(ring.len());
        let mut previous = last;
        for &p in &ring {
            match (inside(previous), inside(p)) {
                (true, true) => out.push(p),
                (true, false) => out.push(cross(previous, p)),
                (false, true) => {
                    out.push(cross(previous, p));
                    out.push(p);
                }
                (false, false) => {}
            }
            previous = p;
        }
        ring = out;
    }
    ring
}

/// An open line cut to the stretches that come near `rect`: a segment is kept when its own box
/// meets `rect`, and a line leaves and re-enters as separate pieces.
fn clip_line(points: &[(f64, f64)], rect: Rect) -> Vec<Vec<(f64, f64)>> {
    let mut pieces: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut piece: Vec<(f64, f64)> = Vec::new();
    for pair in points.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let near = a.0.max(b.0) >= rect[0]
            && a.0.min(b.0) <= rect[2]
            && a.1.max(b.1) >= rect[1]
            && a.1.min(b.1) <= rect[3];
        if near {
            if piece.is_empty() {
                piece.push(a);
            }
            piece.push(b);
        } else if !piece.is_empty() {
            pieces.push(std::mem::take(&mut piece));
        }
    }
    if !piece.is_empty() {
        pieces.push(piece);
    }
    pieces
}

/// Appends compact SVG path data: whole kilometres, each point after the first as a relative
/// move. The prerendered page draws its one static map this way, in about a third of the bytes
/// of [`push_path`].
fn push_compact(d: &mut String, points: &[(f64, f64)], close: bool) {
    let mut last: Option<(i64, i64)> = None;
    for &(x, y) in points {
        let here = (x.round() as i64, y.round() as i64);
        match last {
            None => d.push_str(&format!("M{} {}", here.0, here.1)),
            Some(before) if before == here => continue,
            Some(before) => {
                let (dx, dy) = (here.0 - before.0, here.1 - before.1);
                // A minus sign separates the numbers by itself.
                let gap = if dy < 0 { "" } else { " " };
                d.push_str(&format!("l{dx}{gap}{dy}"));
            }
        }
        last = Some(here);
    }
    if close && last.is_some() {
        d.push('z');
    }
}

/// Path data written by [`push_path`] (absolute `M`/`L` moves to 0.1 km, `Z` to close), rewritten
/// as [`push_compact`] writes it: whole kilometres, relative moves. `None` for path data of any
/// other form, which is left as it is.
///
/// ```
/// let d = launchmap::compact_path_data("M10.4 -3.0L12.6 -3.0L12.6 1.2Z").unwrap();
/// assert_eq!(d, "M10 -3l3 0l0 4z");
/// assert_eq!(launchmap::compact_path_data("M1 2l3 4"), None);
/// ```
pub fn compact_path_data(d: &str) -> Option<String> {
    let mut out = String::with_capacity(d.len() / 2);
    for part in d.split_inclusive('Z') {
        let (body, close) = match part.strip_suffix('Z') {
            Some(body) => (body, true),
            None => (part, false),
        };
        for run in body.split('M').filter(|r| !r.is_empty()) {
            let points = run
                .split('L')
                .map(|xy| {
                    let (x, y) = xy.split_once(' ')?;
                    Some((x.parse::<f64>().ok()?, y.parse::<f64>().ok()?))
                })
                .collect::<Option<Vec<_>>>()?;
            push_compact(&mut out, &points, false);
        }
        if close {
            out.push('z');
        }
    }
    Some(out)
}

/// The basemap as compact path data for one static view (the prerendered page): whole
/// kilometres, relative moves, land cut to `clip` and lines cut to what comes near it. The
/// projection is the same as [`basemap_paths`]'s, so the app's map draws over the same places.
///
/// ```
/// use launchmap::{basemap_paths, static_basemap_paths, AzimuthalEquidistant, LatLon, ViewBox};
/// let map = launchmap::testing::basemap();
/// let projection = AzimuthalEquidistant::new(LatLon::new(39.0, 125.7));
/// let clip = ViewBox { left_km: -1000.0, top_km: -1000.0, width_km: 2500.0, height_km: 2000.0 };
/// let compact = static_basemap_paths(&map, &projection, &clip);
/// let full = basemap_paths(&map, &projection);
/// assert!(compact.land_d.len() * 2 < full.land_d.len());
/// ```
pub fn static_basemap_paths(
    basemap: &Basemap,
    projection: &AzimuthalEquidistant,
    clip: &ViewBox,
) -> BasemapPaths {
    let project = |line: &LineString<f64>| -> Vec<(f64, f64)> {
        line.0
            .iter()
            .map(|c| svg_xy(projection.forward(LatLon::new(c.y, c.x))))
            .collect()
    };
    let rect = rect_of(clip);
    let mut paths = BasemapPaths::default();
    for polygon in basemap.countries.iter().flat_map(|c| &c.land) {
        for ring in std::iter::once(polygon.exterior()).chain(polygon.interiors()) {
            let points = clip_ring(&project(ring), rect);
            paths.point_count += points.len();
            push_compact(&mut paths.land_d, &points, true);
        }
    }
    for (lines, d) in [
        (&basemap.coastlines, &mut paths.coast_d),
        (&basemap.borders, &mut paths.border_d),
        (&basemap.eez_approx, &mut paths.eez_d),
    ] {
        for line in lines {
            for piece in clip_line(&project(line), rect) {
                paths.point_count += piece.len();
                push_compact(d, &piece, false);
            }
        }
    }
    paths
}

/// Projects every line of the basemap.
pub fn basemap_paths(basemap: &Basemap, projection: &AzimuthalEquidistant) -> BasemapPaths {
    let mut paths = BasemapPaths::default();
    for country in &basemap.countries {
        for polygon in &country.land {
            paths.point_count += push_line(&mut paths.land_d, polygon.exterior(), projection, true);
            for hole in polygon.interiors() {
                paths.point_count += push_line(&mut paths.land_d, hole, projection, true);
            }
        }
    }
    for line in &basemap.coastlines {
        paths.point_count += push_line(&mut paths.coast_d, line, projection, false);
    }
    for line in &basemap.borders {
        paths.point_count += push_line(&mut paths.border_d, line, projection, false);
    }
    for line in &basemap.eez_approx {
        paths.point_count += push_line(&mut paths.eez_d, line, projection, false);
    }
    paths
}
