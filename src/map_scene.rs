//! The map's scene: the basemap and the story's places, projected and laid out for SVG.
//!
//! Built once per story and basemap; panning and zooming only move the viewBox.

use geo::LineString;

use crate::basemap::Basemap;
use crate::decimal::push_fixed;
use crate::flight_path::{flight_estimates, impact_area, FlightEstimate};
use crate::geodesy::{distance_m, LatLon};
use crate::map_view::{svg_xy, MapView};
use crate::nearest::{nearest, Nearest};
use crate::ordering::sort_by_f64_key;
use crate::projection::{AzimuthalEquidistant, MapPoint};
use crate::range_ring::{places_within, ring, RING_VERTICES};
use crate::story::{EventKind, PlaceKind, Quantity, Story};
use crate::story_check::CheckedStory;

/// Places farther than this from the projection centre are left out of the opening view (they
/// are on the map; the reader zooms out to them).
pub const OPENING_VIEW_RADIUS_M: f64 = 1_400_000.0;

/// The basemap as SVG path data, in kilometres of the projected plane.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BasemapPaths {
    pub land_d: String,
    pub coast_d: String,
    pub border_d: String,
    /// Japan's approximate EEZ line.
    pub eez_d: String,
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

/// The launch the map shows rings and distances for: the selected event if it is a missile
/// launch, else the latest missile launch.
pub fn focus_launch(checked: &CheckedStory, selected_event: Option<&str>) -> Option<usize> {
    checked
        .launch_indices_in_time_order()
        .find(|&i| Some(checked.story.events[i].id.as_str()) == selected_event)
        .or_else(|| checked.launch_indices_in_time_order().next_back())
}

/// A range ring ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RingMark {
    pub radius_km: f64,
    pub d: String,
    /// Where its label goes: the ring's northernmost point, in SVG kilometres.
    pub label_x_km: f64,
    pub label_y_km: f64,
    /// Publishers that reported this distance; empty for the reader's own ring.
    pub reported_by: Vec<String>,
}

fn ring_mark(
    centre: LatLon,
    radius_km: f64,
    projection: &AzimuthalEquidistant,
    reported_by: Vec<String>,
) -> RingMark {
    let points = ring(centre, radius_km * 1000.0, RING_VERTICES);
    let (label_x_km, label_y_km) = svg_xy(projection.forward(points[0]));
    let mut d = String::new();
    push_path(&mut d, points.into_iter().take(RING_VERTICES), projection, true);
    RingMark {
        radius_km,
        d,
        label_x_km,
        label_y_km,
        reported_by,
    }
}

/// The launch site of the focus launch.
pub fn launch_site(checked: &CheckedStory, launch: usize) -> Option<LatLon> {
    let event = &checked.story.events[launch];
    let place = checked.story.place(event.places.first()?)?;
    Some(LatLon::new(place.lat_deg, place.lon_deg))
}

/// One ring at each distance reported for the launch, with who reported it.
pub fn reported_rings(
    checked: &CheckedStory,
    launch: usize,
    projection: &AzimuthalEquidistant,
) -> Vec<RingMark> {
    let Some(centre) = launch_site(checked, launch) else {
        return vec![];
    };
    let mut by_radius: Vec<(f64, Vec<String>)> = Vec::new();
    for f in checked.story.events[launch]
        .figures
        .iter()
        .filter(|f| f.quantity == Quantity::Distance)
    {
        let publisher = checked
            .story
            .source(&f.source)
            .map(|s| s.publisher.clone())
            .unwrap_or_default();
        for km in f.numbers() {
            match by_radius.iter_mut().find(|(r, _)| *r == km) {
                Some((_, who)) if !who.contains(&publisher) => who.push(publisher.clone()),
                Some(_) => {}
                None => by_radius.push((km, vec![publisher.clone()])),
            }
        }
    }
    sort_by_f64_key(&mut by_radius, |r| r.0);
    by_radius
        .into_iter()
        .map(|(km, who)| ring_mark(centre, km, projection, who))
        .collect()
}

/// The reader's ring around the launch site.
pub fn custom_ring(
    checked: &CheckedStory,
    launch: usize,
    radius_km: f64,
    projection: &AzimuthalEquidistant,
) -> Option<RingMark> {
    launch_site(checked, launch).map(|centre| ring_mark(centre, radius_km, projection, vec![]))
}

/// A place inside the reader's ring, for the list beside the map.
#[derive(Debug, Clone, PartialEq)]
pub struct InRangeRow {
    pub place_id: String,
    pub name: String,
    pub distance_m: f64,
}

pub fn in_range(checked: &CheckedStory, launch: usize, radius_km: f64) -> Vec<InRangeRow> {
    let Some(centre) = launch_site(checked, launch) else {
        return vec![];
    };
    places_within(&checked.story.places, centre, radius_km * 1000.0)
        .into_iter()
        .map(|r| InRangeRow {
            place_id: r.place.id.clone(),
            name: r.place.name.clone(),
            distance_m: r.distance_m,
        })
        .collect()
}

/// An estimated flight, projected, with the distances from its impact area's nearest point to
/// Japan's coast and to the approximate EEZ line.
#[derive(Debug, Clone, PartialEq)]
pub struct FlightMark {
    pub estimate: FlightEstimate,
    /// The outline of the reported direction's sector, out to the largest distance.
    pub path_d: String,
    /// The impact area: the sea within the sector and the band of reported distances.
    pub impact_d: String,
    /// Where the impact area's label goes, in SVG kilometres.
    pub impact_x_km: f64,
    pub impact_y_km: f64,
    /// How many of the sector's sampled cells lie at sea, and how many were sampled.
    pub sea_cells: usize,
    pub sampled_cells: usize,
    pub to_japan_coast: Option<Nearest>,
    pub to_eez_line: Option<Nearest>,
    /// Whether any of the impact area lies in Japan's approximate zone: within 370.4 km of its
    /// coast and nearer to it than to any other country's. `None` without a basemap.
    pub reaches_eez: Option<bool>,
}

impl FlightMark {
    /// Whether the whole estimated impact area lies outside Japan's approximate EEZ, as Japan
    /// reported for the story's launches.
    pub fn outside_eez(&self) -> Option<bool> {
        self.reaches_eez.map(|reaches| !reaches)
    }
}

/// 200 nautical miles.
pub const EEZ_DISTANCE_M: f64 = 370_400.0;

/// Whether any of `points` lies in Japan's approximate zone, judged by equidistance as the
/// basemap's line is drawn: within 370.4 km of Japan's coast and nearer to it than to another's.
fn reaches_zone(points: &[LatLon], japan: &[Vec<LatLon>], others: &[Vec<LatLon>]) -> bool {
    points.iter().any(|&p| {
        let to_japan = nearest(&[p], japan).map_or(f64::INFINITY, |n| n.distance_m);
        to_japan <= EEZ_DISTANCE_M && nearest(&[p], others).is_none_or(|n| to_japan <= n.distance_m)
    })
}

/// The estimated flights, projected: all of the story's, or only the one of event `only`. The
/// page asks for the selected launch's alone, so that a story of hundreds of launches costs one
/// estimate a selection, not hundreds at load.
pub fn flight_marks(
    checked: &CheckedStory,
    basemap: Option<&Basemap>,
    projection: &AzimuthalEquidistant,
    only: Option<&str>,
) -> Vec<FlightMark> {
    let japan = basemap.map(|b| b.outline("Japan")).unwrap_or_default();
    let eez = basemap.map(Basemap::japan_eez_lines).unwrap_or_default();
    let others = basemap.map(|b| b.other_outlines("Japan")).unwrap_or_default();
    let land: Vec<geo::Polygon<f64>> = basemap
        .map(|b| {
            b.countries
                .iter()
                .flat_map(|c| c.land.0.iter().cloned())
                .collect()
        })
        .unwrap_or_default();
    flight_estimates(checked)
        .into_iter()
        .filter(|e| only.is_none_or(|id| e.event_id == id))
        .map(|estimate| {
            let area = impact_area(&estimate, &land);
            let mut path_d = String::new();
            push_path(&mut path_d, estimate.sector_outline(), projection, false);
            let mut impact_d = String::new();
            for cell in &area.cells {
                push_path(&mut impact_d, cell.iter().copied(), projection, true);
            }
            let label_at = area
                .edge
                .iter()
                .copied()
                .max_by(|a, b| {
                    distance_m(estimate.launch_site, *a).total_cmp(&distance_m(estimate.launch_site, *b))
                })
                .unwrap_or(estimate.launch_site);
            let (impact_x_km, impact_y_km) = svg_xy(projection.forward(label_at));
            let to_japan_coast = nearest(&area.edge, &japan);
            let to_eez_line = nearest(&area.edge, &eez);
            // Only an area that comes within 370.4 km of Japan's coast can reach its zone; only
            // then are the other countries' coasts measured.
            let reaches_eez = basemap.map(|_| {
                to_japan_coast.is_some_and(|n| n.distance_m <= EEZ_DISTANCE_M)
                    && reaches_zone(&area.edge, &japan, &others)
            });
            FlightMark {
                estimate,
                path_d,
                impact_d,
                impact_x_km,
                impact_y_km,
                sea_cells: area.sea_cells,
                sampled_cells: area.sampled_cells,
                to_japan_coast,
                to_eez_line,
                reaches_eez,
            }
        })
        .collect()
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
    sort_by_f64_key(&mut marks, |m| m.distance_from_centre_m);
    marks
}

/// Everything the map draws that depends on the story and the reader's choices, not on the
/// camera: what the scene benchmark times.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryScene {
    pub marks: Vec<PlaceMark>,
    pub labels: Vec<crate::label_layout::Label>,
    pub reported_rings: Vec<RingMark>,
    pub custom_ring: Option<RingMark>,
    pub in_range: Vec<InRangeRow>,
    pub flights: Vec<FlightMark>,
}

/// Builds the whole scene of a story at its opening view.
pub fn story_scene(
    checked: &CheckedStory,
    basemap: Option<&Basemap>,
    selected_event: Option<&str>,
    ring_km: f64,
) -> StoryScene {
    let projection = projection_for(&checked.story);
    let marks = place_marks(&checked.story, &projection);
    let view = opening_view(&marks, &launch_extents(checked, &projection));
    let labels = crate::label_layout::layout_labels(
        &marks,
        view.km_per_px(crate::map_view::NOMINAL_WIDTH_PX),
        Some(view.view_box()),
    );
    let focus = focus_launch(checked, selected_event);
    StoryScene {
        reported_rings: focus
            .map(|f| reported_rings(checked, f, &projection))
            .unwrap_or_default(),
        custom_ring: focus.and_then(|f| custom_ring(checked, f, ring_km, &projection)),
        in_range: focus.map(|f| in_range(checked, f, ring_km)).unwrap_or_default(),
        flights: flight_marks(checked, basemap, &projection, None),
        marks,
        labels,
    }
}

/// The points north, east, south and west of each launch site at its longest reported
/// distance: what the opening view must show of the rings.
pub fn launch_extents(checked: &CheckedStory, projection: &AzimuthalEquidistant) -> Vec<MapPoint> {
    flight_estimates(checked)
        .iter()
        .flat_map(|f| {
            [0.0, 90.0, 180.0, 270.0].map(|bearing| {
                projection.forward(crate::geodesy::destination(
                    f.launch_site,
                    bearing,
                    f.max_distance_m,
                ))
            })
        })
        .collect()
}

/// The view a reader first sees: every place within [`OPENING_VIEW_RADIUS_M`] of the centre,
/// and the `extra` points.
pub fn opening_view(marks: &[PlaceMark], extra: &[MapPoint]) -> MapView {
    let mut points: Vec<MapPoint> = marks
        .iter()
        .filter(|m| m.distance_from_centre_m <= OPENING_VIEW_RADIUS_M)
        .map(|m| m.at)
        .collect();
    points.extend_from_slice(extra);
    MapView::fit(&points, 0.06)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(launch, ["sunan", "pyongyang", "sohae", "wonsan"]);
        let seoul = marks.iter().find(|m| m.id == "seoul").unwrap();
        assert!((seoul.distance_from_centre_m - 214_200.0).abs() < 100.0);
    }

    #[test]
    fn opening_view_shows_seoul_busan_and_tokyo_but_not_guam() {
        let s = story();
        let marks = place_marks(&s, &projection_for(&s));
        let b = opening_view(&marks, &launch_extents(&checked(), &projection_for(&s))).view_box();
        let inside = |id: &str| {
            let (x, y) = svg_xy(marks.iter().find(|m| m.id == id).unwrap().at);
            x > b.left_km && x < b.left_km + b.width_km && y > b.top_km && y < b.top_km + b.height_km
        };
        for id in ["sunan", "seoul", "busan", "tokyo", "osaka"] {
            assert!(inside(id), "{id} should be in the opening view");
        }
        // The 350 km rings fit too: Pyongyang's reaches 350 km west of it.
        assert!(b.left_km < -350.0);
        assert!(!inside("guam"));
    }

    fn checked() -> CheckedStory {
        crate::story_check::check_story("s", crate::DEFAULT_STORY_JSON.as_bytes()).unwrap()
    }

    fn basemap() -> Basemap {
        crate::basemap::tests::committed()
    }

    #[test]
    fn focus_is_the_selected_launch_else_the_latest() {
        let c = checked();
        let id = |i: Option<usize>| i.map(|i| c.story.events[i].id.clone());
        assert_eq!(
            id(focus_launch(&c, Some("launch-2024-03-18"))).as_deref(),
            Some("launch-2024-03-18")
        );
        assert_eq!(
            id(focus_launch(&c, Some("freedom-shield-24"))).as_deref(),
            Some("launch-2024-05-30")
        );
        assert_eq!(id(focus_launch(&c, None)).as_deref(), Some("launch-2024-05-30"));
    }

    #[test]
    fn march_rings_are_300_and_350_km_each_with_its_reporter() {
        let c = checked();
        let march = focus_launch(&c, Some("launch-2024-03-18")).unwrap();
        let rings = reported_rings(&c, march, &projection_for(&c.story));
        let summary: Vec<(f64, Vec<String>)> = rings
            .iter()
            .map(|r| (r.radius_km, r.reported_by.clone()))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    300.0,
                    vec!["South Korea's Joint Chiefs of Staff (JCS)".to_owned()]
                ),
                (350.0, vec!["Japan's Ministry of Defense (MoD)".to_owned()])
            ]
        );
        assert!(rings
            .iter()
            .all(|r| r.d.ends_with('Z') && r.d.matches('L').count() == RING_VERTICES - 1));
    }

    #[test]
    fn in_range_list_from_sunan_has_seoul_at_250_not_200() {
        let c = checked();
        let may = focus_launch(&c, None).unwrap();
        let names = |km| {
            in_range(&c, may, km)
                .into_iter()
                .map(|r| r.name)
                .collect::<Vec<_>>()
        };
        assert!(names(250.0).contains(&"Seoul".to_owned()));
        assert!(!names(200.0).contains(&"Seoul".to_owned()));
    }

    #[test]
    fn both_estimated_impact_areas_lie_outside_the_approximate_eez_as_reported() {
        let c = checked();
        let b = basemap();
        for f in flight_marks(&c, Some(&b), &projection_for(&c.story), None) {
            let coast = f.to_japan_coast.unwrap().distance_m;
            let line = f.to_eez_line.unwrap().distance_m;
            assert_eq!(
                f.outside_eez(),
                Some(true),
                "{}: {coast} m from Japan's coast",
                f.estimate.event_id
            );
            // The zone reaches 370.4 km from the coast at most, and less where it meets the median
            // line with Korea and Russia: its edge lies between the area and the coast, at least
            // the coast's distance less 370.4 km away.
            assert!(
                line < coast && line > coast - EEZ_DISTANCE_M - 15_000.0,
                "{coast} {line}"
            );
        }
    }

    #[test]
    fn basemap_paths_cover_every_point_of_the_asset() {
        let map = basemap();
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
                .chain(&map.japan_eez_approx.0)
                .map(|l| l.0.len())
                .sum::<usize>();
        assert_eq!(paths.point_count, expected);
        assert!(paths.land_d.starts_with('M') && paths.land_d.ends_with('Z'));
        assert!(!paths.coast_d.contains("NaN") && !paths.land_d.contains("NaN"));
    }
}
