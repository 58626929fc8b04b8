//! The map's scene: the basemap and the story's places, projected and laid out for SVG.
//!
//! Built once per story and basemap; panning and zooming only move the viewBox.

use std::fmt::Write;

use geo::LineString;

use crate::basemap::Basemap;
use crate::geodesy::{distance_m, LatLon};
use crate::map_view::{svg_xy, MapView};
use crate::projection::{AzimuthalEquidistant, MapPoint};
use crate::story::{EventKind, PlaceKind, Story};

/// Places farther than this from the projection centre are left out of the opening view (they
/// are on the map; the reader zooms out to them).
pub const OPENING_VIEW_RADIUS_M: f64 = 1_400_000.0;

/// The basemap as SVG path data, in kilometres of the projected plane.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasemapPaths {
    pub land_d: String,
    pub coast_d: String,
    pub border_d: String,
    /// How many points were projected, for the benchmark and the size of the work.
    pub point_count: usize,
}

/// One of the story's places, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMark {
    pub id: String,
    pub name: String,
    pub kind: PlaceKind,
    /// Launches fired from here in the story.
    pub is_launch_point: bool,
    pub at: MapPoint,
    pub distance_from_centre_m: f64,
}

/// The projection a story is drawn in: centred on its first launch site, else its first place.
pub fn projection_for(story: &Story) -> AzimuthalEquidistant {
    let centre = story
        .places
        .iter()
        .find(|p| p.kind == PlaceKind::LaunchSite)
        .or_else(|| story.places.first())
        .map(|p| LatLon::new(p.lat_deg, p.lon_deg))
        .unwrap_or(LatLon::new(0.0, 0.0));
    AzimuthalEquidistant::new(centre)
}

fn push_line(
    d: &mut String,
    line: &LineString<f64>,
    projection: &AzimuthalEquidistant,
    close: bool,
) -> usize {
    for (i, c) in line.0.iter().enumerate() {
        let (x, y) = svg_xy(projection.forward(LatLon::new(c.y, c.x)));
        let command = if i == 0 { 'M' } else { 'L' };
        // 0.1 km is finer than the basemap's own 0.2 km grid.
        let _ = write!(d, "{command}{x:.1} {y:.1}");
    }
    if close {
        d.push('Z');
    }
    line.0.len()
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
    paths
}

/// The story's places, projected, nearest to the centre first.
pub fn place_marks(story: &Story, projection: &AzimuthalEquidistant) -> Vec<PlaceMark> {
    let launch_points: Vec<&str> = story
        .events
        .iter()
        .filter(|e| matches!(e.kind, EventKind::MissileLaunch | EventKind::SatelliteLaunch))
        .filter_map(|e| e.places.first().map(String::as_str))
        .collect();
    let centre = projection.centre();
    let mut marks: Vec<PlaceMark> = story
        .places
        .iter()
        .map(|p| {
            let at = LatLon::new(p.lat_deg, p.lon_deg);
            PlaceMark {
                id: p.id.clone(),
                name: p.name.clone(),
                kind: p.kind,
                is_launch_point: launch_points.contains(&p.id.as_str()),
                at: projection.forward(at),
                distance_from_centre_m: distance_m(centre, at),
            }
        })
        .collect();
    marks.sort_by(|a, b| a.distance_from_centre_m.total_cmp(&b.distance_from_centre_m));
    marks
}

/// The view a reader first sees: every place within [`OPENING_VIEW_RADIUS_M`] of the centre.
pub fn opening_view(marks: &[PlaceMark]) -> MapView {
    let near: Vec<MapPoint> = marks
        .iter()
        .filter(|m| m.distance_from_centre_m <= OPENING_VIEW_RADIUS_M)
        .map(|m| m.at)
        .collect();
    MapView::fit(&near, 0.08)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::basemap::BasemapAsset;

    fn story() -> Story {
        serde_json::from_str(crate::DEFAULT_STORY_JSON).unwrap()
    }

    #[test]
    fn default_story_is_centred_on_sunan() {
        let c = projection_for(&story()).centre();
        assert_eq!((c.lat_deg, c.lon_deg), (39.2002, 125.6733));
    }

    #[test]
    fn marks_are_ordered_by_distance_and_flag_launch_points() {
        let s = story();
        let marks = place_marks(&s, &projection_for(&s));
        let ids: Vec<&str> = marks.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids[0], "sunan");
        assert_eq!(ids.last(), Some(&"guam"));
        let launch: Vec<&str> = marks
            .iter()
            .filter(|m| m.is_launch_point)
            .map(|m| m.id.as_str())
            .collect();
        assert_eq!(launch, ["sunan", "pyongyang", "sohae"]);
        let seoul = marks.iter().find(|m| m.id == "seoul").unwrap();
        assert!((seoul.distance_from_centre_m - 214_200.0).abs() < 100.0);
    }

    #[test]
    fn opening_view_shows_seoul_busan_and_tokyo_but_not_guam() {
        let s = story();
        let marks = place_marks(&s, &projection_for(&s));
        let b = opening_view(&marks).view_box();
        let inside = |id: &str| {
            let (x, y) = svg_xy(marks.iter().find(|m| m.id == id).unwrap().at);
            x > b.left_km && x < b.left_km + b.width_km && y > b.top_km && y < b.top_km + b.height_km
        };
        for id in ["sunan", "seoul", "busan", "tokyo", "osaka"] {
            assert!(inside(id), "{id} should be in the opening view");
        }
        assert!(!inside("guam"));
    }

    #[test]
    fn basemap_paths_cover_every_point_of_the_asset() {
        let asset = BasemapAsset::parse("b", include_bytes!("../assets/basemap.json")).unwrap();
        let map = asset.decode("b").unwrap();
        let paths = basemap_paths(&map, &projection_for(&story()));
        let expected: usize = map
            .countries
            .iter()
            .flat_map(|c| &c.land.0)
            .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
            .sum::<usize>()
            + map
                .coastlines
                .0
                .iter()
                .chain(&map.borders.0)
                .map(|l| l.0.len())
                .sum::<usize>();
        assert_eq!(paths.point_count, expected);
        assert!(paths.land_d.starts_with('M') && paths.land_d.ends_with('Z'));
        assert!(!paths.coast_d.contains("NaN") && !paths.land_d.contains("NaN"));
    }
}
