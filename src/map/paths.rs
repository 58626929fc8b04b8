//! SVG path data for lines on the Earth, and the basemap's land, coasts, borders and EEZ line as
//! paths, in kilometres of the projected plane.

use geo::LineString;

use crate::earth::geodesy::LatLon;
use crate::earth::projection::AzimuthalEquidistant;
use crate::map::basemap::Basemap;
use crate::map::view::svg_xy;
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
    /// Japan's approximate EEZ line.
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
    for line in &basemap.japan_eez_approx {
        paths.point_count += push_line(&mut paths.eez_d, line, projection, false);
    }
    paths
}
