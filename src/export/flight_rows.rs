//! The rows of one estimated flight: its sector, band, impact area and distances.

use crate::export::rows::*;
use crate::map::flights::sea_percent;
use crate::map::scene::FlightMark;
use crate::story::Place;
use crate::text::number_text::format_number;

/// Appends the rows of one estimated flight: its direction and distances, the impact area's share at sea and its distances to the coast and the EEZ line.
pub(crate) fn flight_rows(rows: &mut Vec<FactRow>, title: &str, site: &Place, mark: &FlightMark) {
    let e = &mark.estimate;
    let base = |what: &str, value: String, unit: &str, inputs: String| FactRow {
        event: title.to_owned(),
        what: what.to_owned(),
        value,
        unit: unit.to_owned(),
        origin: Origin::Computed,
        source: AREA_METHOD.to_owned(),
        inputs,
        checked_by: AREA_TEST.to_owned(),
        url: None,
    };
    let direction = e
        .direction
        .map_or("assumed bearing".to_owned(), |d| format!("\"{}\"", d.english()));
    for (which, bearing) in ["first", "last"].into_iter().zip(e.bearings_deg) {
        let what = format!("Estimated impact area: {which} bearing");
        rows.push(base(
            &what,
            format_number(bearing, 2),
            "°",
            format!("{direction} from {}", site.name),
        ));
    }
    for (which, d) in [("nearest", e.min_distance_m), ("farthest", e.max_distance_m)] {
        let what = format!("Estimated impact area: {which} distance");
        rows.push(base(
            &what,
            format_number(d / 1000.0, 0),
            "km",
            "the reported distances".into(),
        ));
    }
    if mark.sampled_cells > 0 {
        let pct = sea_percent(mark.sea_cells, mark.sampled_cells);
        let inputs = format!(
            "{} of {} sampled cells at sea",
            mark.sea_cells, mark.sampled_cells
        );
        rows.push(base(
            "Estimated impact area: share at sea",
            format_number(pct, 0),
            "%",
            inputs,
        ));
    }
    for (what, nearest) in [
        (
            "Impact area's nearest point to Japan's coast",
            mark.to_japan_coast,
        ),
        (
            "Impact area's nearest point to the approximate EEZ line",
            mark.to_eez_line,
        ),
    ] {
        if let Some(n) = nearest {
            rows.push(FactRow {
                value: format_number(n.distance_m / 1000.0, 1),
                source: NEAREST_METHOD.to_owned(),
                checked_by: NEAREST_TEST.to_owned(),
                ..base(what, String::new(), "km", "the impact area's edge".into())
            });
        }
    }
}
