//! The rows of one estimated flight: its sector, band, impact area and distances.

use crate::export::rows::*;
use crate::map::flights::sea_percent;
use crate::map::scene::FlightMark;
use crate::story::Place;
use crate::text::number_text::format_number;
use crate::text::strings::{fill, more_strings};

/// Appends the rows of one estimated flight: its direction and distances, the impact area's share at sea and its distances to the coast and the EEZ line.
pub(crate) fn flight_rows(rows: &mut Vec<FactRow>, title: &str, site: &Place, mark: &FlightMark) {
    let e = &mark.estimate;
    let w = more_strings();
    let base = |what: &str, value: String, unit: &str, inputs: String| FactRow {
        event: title.to_owned(),
        what: what.to_owned(),
        value,
        unit: unit.to_owned(),
        origin: Origin::Computed,
        source: w.method_area.to_owned(),
        inputs,
        checked_by: AREA_TEST.to_owned(),
        url: None,
    };
    // As reported, in quotes; else the bearing assumed.
    let direction = e
        .direction
        .map_or(w.fact_assumed_bearing.to_owned(), |d| format!("\"{}\"", d.name()));
    for (what, bearing) in [w.fact_first_bearing, w.fact_last_bearing]
        .into_iter()
        .zip(e.bearings_deg)
    {
        rows.push(base(
            what,
            format_number(bearing, 2),
            "°",
            fill(w.fact_bearing_input, &[&direction, &site.name]),
        ));
    }
    for (what, d) in [
        (w.fact_nearest_distance, e.min_distance_m),
        (w.fact_farthest_distance, e.max_distance_m),
    ] {
        rows.push(base(
            what,
            format_number(d / 1000.0, 0),
            "km",
            w.fact_reported_distances.into(),
        ));
    }
    if mark.sampled_cells > 0 {
        let pct = sea_percent(mark.sea_cells, mark.sampled_cells);
        let inputs = fill(
            w.fact_cells_at_sea,
            &[&mark.sea_cells.to_string(), &mark.sampled_cells.to_string()],
        );
        rows.push(base(w.fact_share_at_sea, format_number(pct, 0), "%", inputs));
    }
    let to_coast = mark
        .to_coast
        .as_ref()
        .map(|(country, n)| (fill(w.fact_area_to_coast, &[country]), *n));
    let to_line = mark.to_eez_line.map(|n| (w.fact_area_to_eez.to_owned(), n));
    for (what, n) in [to_coast, to_line].into_iter().flatten() {
        rows.push(FactRow {
            value: format_number(n.distance_m / 1000.0, 1),
            source: w.method_nearest.to_owned(),
            checked_by: NEAREST_TEST.to_owned(),
            ..base(&what, String::new(), "km", w.fact_area_edge.into())
        });
    }
}
