//! The map's scene: the basemap and the story's places, projected and laid out for SVG.
//!
//! Built once per story and basemap; panning and zooming only move the viewBox.

use crate::earth::projection::{AzimuthalEquidistant, MapPoint};
use crate::event::flight::flight_estimates;
use crate::map::basemap::Basemap;
use crate::map::view::MapView;
use crate::story::check::CheckedStory;

pub use crate::map::flights::{flight_marks, FlightMark, EEZ_DISTANCE_M};
pub use crate::map::marks::{place_marks, projection_for, PlaceMark};
pub use crate::map::paths::{basemap_paths, compact_path_data, static_basemap_paths, BasemapPaths};
pub use crate::map::rings::{custom_ring, in_range, reported_rings, InRangeRow, RingMark};

/// Places farther than this from the projection centre are left out of the opening view (they
/// are on the map; the reader zooms out to them).
pub const OPENING_VIEW_RADIUS_M: f64 = 1_400_000.0;

/// The launch the map shows rings and distances for: the selected event if it is a missile
/// launch, else the latest missile launch.
pub fn focus_launch(checked: &CheckedStory, selected_event: Option<&str>) -> Option<usize> {
    checked
        .launch_indices_in_time_order()
        .find(|&i| Some(checked.story.events[i].id.as_str()) == selected_event)
        .or_else(|| checked.launch_indices_in_time_order().next_back())
}

/// Everything the map draws that depends on the story and the reader's choices, not on the
/// camera: what the scene benchmark times.
#[derive(Debug, Clone, PartialEq)]
pub struct StoryScene {
    /// The story's places, projected, nearest to the projection's centre first.
    pub marks: Vec<PlaceMark>,
    /// The place labels that fit at the opening view's scale, one per mark at most.
    pub labels: Vec<crate::map::labels::Label>,
    /// One ring per distance reported for the focus launch.
    pub reported_rings: Vec<RingMark>,
    /// The reader's own ring around the focus launch's site; `None` without a launch.
    pub custom_ring: Option<RingMark>,
    /// The story's places inside the reader's ring, nearest first.
    pub in_range: Vec<InRangeRow>,
    /// Every estimated flight in the story, projected.
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
    let labels = crate::map::labels::layout_labels(
        &marks,
        view.km_per_px(crate::map::view::NOMINAL_WIDTH_PX),
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
                projection.forward(crate::earth::geodesy::destination(
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
    use crate::earth::range_ring::RING_VERTICES;
    use crate::map::view::svg_xy;
    use crate::story::Story;

    fn story() -> Story {
        crate::testing::default_story_model()
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
        approx::assert_abs_diff_eq!(seoul.distance_from_centre_m, 214_200.0, epsilon = 100.0);
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
        crate::testing::default_story()
    }

    fn basemap() -> Basemap {
        crate::testing::basemap()
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
            let (country, coast) = f.to_coast.clone().unwrap();
            assert_eq!(country, "Japan");
            let coast = coast.distance_m;
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
                .chain(&map.eez_approx.0)
                .map(|l| l.0.len())
                .sum::<usize>();
        assert_eq!(paths.point_count, expected);
        assert!(paths.land_d.starts_with('M') && paths.land_d.ends_with('Z'));
        assert!(!paths.coast_d.contains("NaN") && !paths.land_d.contains("NaN"));
    }
}
