//! Range rings as marks: the distances sources reported for a launch, the reader's own ring, and
//! which places lie within it.

use crate::earth::geodesy::LatLon;
use crate::earth::projection::AzimuthalEquidistant;
use crate::earth::range_ring::{points_within, ring, RING_VERTICES};
use crate::map::marks::launch_site;
use crate::map::paths::push_path;
use crate::map::view::svg_xy;
use crate::story::check::CheckedStory;
use crate::story::{Place, Quantity};
use crate::text::ordering::sort_by_f64_key;

/// A range ring ready to draw.
#[derive(Debug, Clone, PartialEq)]
pub struct RingMark {
    /// The ring's radius: its great-circle distance from the launch site, in km.
    pub radius_km: f64,
    /// The ring's outline as SVG path data, in kilometres of the projected plane.
    pub d: String,
    /// Where its label goes: the ring's northernmost point, in SVG kilometres.
    pub label_x_km: f64,
    /// The label's y, in SVG kilometres (south positive).
    pub label_y_km: f64,
    /// Publishers that reported this distance; empty for the reader's own ring.
    pub reported_by: Vec<String>,
    /// A range claimed for the weapon, not a distance any flight was reported to go.
    pub claimed: bool,
}

fn ring_mark(
    centre: LatLon,
    radius_km: f64,
    projection: &AzimuthalEquidistant,
    reported_by: Vec<String>,
    claimed: bool,
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
        claimed,
    }
}

/// One ring at each distance reported for the launch (flown, or claimed as its range), with who
/// reported it.
pub fn reported_rings(
    checked: &CheckedStory,
    launch: usize,
    projection: &AzimuthalEquidistant,
) -> Vec<RingMark> {
    let Some(centre) = launch_site(checked, launch) else {
        return vec![];
    };
    // Radius, publishers, and whether every figure at that radius is a claimed range.
    let mut by_radius: Vec<(f64, Vec<String>, bool)> = Vec::new();
    for f in checked.story.events[launch]
        .figures
        .iter()
        .filter(|f| matches!(f.quantity, Quantity::Distance | Quantity::ClaimedRange))
    {
        let publisher = checked
            .story
            .source(&f.source)
            .map(|s| s.publisher.as_str().to_owned())
            .unwrap_or_default();
        let claimed = f.quantity == Quantity::ClaimedRange;
        for km in f.numbers() {
            match by_radius.iter_mut().find(|(r, _, _)| *r == km) {
                Some((_, who, all_claimed)) => {
                    *all_claimed &= claimed;
                    if !who.contains(&publisher) {
                        who.push(publisher.clone());
                    }
                }
                None => by_radius.push((km, vec![publisher.clone()], claimed)),
            }
        }
    }
    sort_by_f64_key(&mut by_radius, |r| r.0);
    by_radius
        .into_iter()
        .map(|(km, who, claimed)| ring_mark(centre, km, projection, who, claimed))
        .collect()
}

/// The reader's ring around the launch site.
pub fn custom_ring(
    checked: &CheckedStory,
    launch: usize,
    radius_km: f64,
    projection: &AzimuthalEquidistant,
) -> Option<RingMark> {
    launch_site(checked, launch).map(|centre| ring_mark(centre, radius_km, projection, vec![], false))
}

/// A place inside the reader's ring, for the list beside the map.
#[derive(Debug, Clone, PartialEq)]
pub struct InRangeRow {
    /// The place's id in the story.
    pub place_id: String,
    /// The place's name, as the list shows it.
    pub name: String,
    /// Geodesic distance from the launch site, in metres.
    pub distance_m: f64,
}

/// The story's places within `radius_km` of the launch site of event `launch`, nearest first.
pub fn in_range(checked: &CheckedStory, launch: usize, radius_km: f64) -> Vec<InRangeRow> {
    let Some(centre) = launch_site(checked, launch) else {
        return vec![];
    };
    let places = &checked.story.places;
    let points = places.iter().map(Place::at);
    points_within(points, centre, radius_km * 1000.0)
        .into_iter()
        .map(|(i, distance_m)| InRangeRow {
            place_id: places[i].id.clone(),
            name: places[i].name.as_str().to_owned(),
            distance_m,
        })
        .collect()
}
