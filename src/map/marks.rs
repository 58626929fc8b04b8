//! The story's places as marks on the map, and the projection the map is drawn in.

use crate::earth::geodesy::{distance_m, LatLon};
use crate::earth::projection::{AzimuthalEquidistant, MapPoint};
use crate::story::check::CheckedStory;
use crate::story::{EventKind, Place, PlaceKind, Story};
use crate::text::ordering::sort_by_f64_key;

/// One of the story's places, ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMark {
    /// The place's id in the story.
    pub id: String,
    /// The place's name, as its label shows it.
    pub name: String,
    /// What sort of place it is; capitals and bases win room for labels over cities.
    pub kind: PlaceKind,
    /// Launches fired from here in the story.
    pub is_launch_point: bool,
    /// Where the place falls on the projected plane, in metres from the centre.
    pub at: MapPoint,
    /// Geodesic distance from the projection's centre, in metres; marks are sorted by it.
    pub distance_from_centre_m: f64,
}

/// The place a story's map is centred on: its first launch site, else its first place.
pub fn centre_place(story: &Story) -> Option<&Place> {
    let sites = story.places.iter();
    sites
        .clone()
        .find(|p| p.kind == PlaceKind::LaunchSite)
        .or_else(|| story.places.first())
}

/// The projection a story is drawn in, centred on [`centre_place`].
pub fn projection_for(story: &Story) -> AzimuthalEquidistant {
    let centre = centre_place(story).map_or(LatLon::new(0.0, 0.0), Place::at);
    AzimuthalEquidistant::new(centre)
}

/// The launch site of the focus launch.
pub fn launch_site(checked: &CheckedStory, launch: usize) -> Option<LatLon> {
    checked.first_place(launch).map(Place::at)
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
            let at = p.at();
            PlaceMark {
                id: p.id.clone(),
                name: p.name.as_str().to_owned(),
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
