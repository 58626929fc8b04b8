//! "Check the numbers": every number the page shows, with where it comes from. A reported
//! figure names its source; a computed one names its method, its inputs and the test that checks
//! it against reference values; a number in the story's own text names the event's sources.
//! The page shows it as a table, and it is written as CSV by the page and by `launchmap facts`.

use crate::earth::ballistics::EARTH_RADIUS_M;
use crate::earth::range_ring::RING_VERTICES;
use crate::event::facts::launch_facts;
use crate::event::figure_text::{figure_value_text, quantity_label};
pub use crate::export::csv::to_csv;
use crate::export::flight_rows::flight_rows;
use crate::export::rows::*;
pub use crate::export::rows::{FactRow, Origin};
use crate::export::text_numbers::numbers_in;
use crate::map::scene::{FlightMark, EEZ_DISTANCE_M};
use crate::story::check::CheckedStory;
use crate::story::zones::ZoneCoast;
use crate::text::number_text::{format_km, format_number};
use crate::text::strings::{fill, join_as, more_strings, strings};
use crate::view_state::{ViewState, MAX_RING_KM, MIN_RING_KM};

/// Every number the page shows for this story, in the order the page shows them.
///
/// `coasts` are the coasts of the countries whose zones the story shows (none before the
/// basemap loads), `flights` the estimated flights as the map draws them.
///
/// ```
/// let c = launchmap::testing::default_story();
/// let rows = launchmap::fact_rows(&c, &[], &[]);
/// let seoul = rows.iter().find(|r| r.what == "Distance from Sunan to Seoul").unwrap();
/// assert_eq!(seoul.value, "214.2");
/// ```
pub fn fact_rows(checked: &CheckedStory, coasts: &[ZoneCoast], flights: &[FlightMark]) -> Vec<FactRow> {
    let story = &checked.story;
    let w = more_strings();
    let mut rows = Vec::new();
    let row = |event: &str, what: String, value: String, unit: &str, origin: Origin| FactRow {
        event: event.to_owned(),
        what,
        value,
        unit: unit.to_owned(),
        origin,
        source: String::new(),
        inputs: String::new(),
        checked_by: String::new(),
        url: None,
    };
    let computed =
        |event: &str, what: String, distance_m: f64, method: &str, inputs: String, test: &str| FactRow {
            source: method.to_owned(),
            inputs,
            checked_by: test.to_owned(),
            ..row(
                event,
                what,
                format_number(distance_m / 1000.0, 1),
                "km",
                Origin::Computed,
            )
        };
    let cited = |ids: &mut dyn Iterator<Item = &String>| {
        let mut publishers: Vec<String> = Vec::new();
        for s in ids.filter_map(|id| story.source(id)) {
            let publisher = s.publisher.as_str();
            if !publishers.iter().any(|p| p == publisher) {
                publishers.push(publisher.to_owned());
            }
        }
        join_as(strings().list_groups, &publishers)
    };

    {
        for n in numbers_in(&format!("{}. {}", story.title, story.summary)) {
            rows.push(FactRow {
                source: cited(&mut story.sources.iter().map(|s| &s.id)),
                ..row("", w.fact_in_headline.into(), n, "", Origin::StoryText)
            });
        }
    }
    let mut sites_done: Vec<&str> = Vec::new();
    for &i in &checked.chronological {
        let event = &story.events[i];
        let title = event.title.as_str();
        for n in numbers_in(&event.title)
            .into_iter()
            .chain(numbers_in(&event.text))
        {
            rows.push(FactRow {
                source: cited(&mut event.sources.iter()),
                ..row(title, w.fact_in_event_text.into(), n, "", Origin::StoryText)
            });
        }
        for f in &event.figures {
            let Some(source) = story.source(&f.source) else {
                continue;
            };
            let text = figure_value_text(f);
            let (value, unit) = text.rsplit_once(' ').unwrap_or((text.as_str(), ""));
            rows.push(FactRow {
                source: source_text(source),
                url: source.url.clone(),
                inputs: f.note.as_ref().map(ToString::to_string).unwrap_or_default(),
                ..row(
                    title,
                    quantity_label(f.quantity).to_owned(),
                    value.to_owned(),
                    unit,
                    Origin::Reported,
                )
            });
        }
        let Some(facts) = launch_facts(checked, i, coasts) else {
            continue;
        };
        let Some(site) = event.places.first().and_then(|id| story.place(id)) else {
            continue;
        };
        // Every place, for the list of what lies inside the reader's ring and the capitals the
        // event's card names: once a launch site, under the first launch from it.
        let first_from_site = !sites_done.contains(&site.id.as_str());
        sites_done.push(site.id.as_str());
        for place in story.places.iter().filter(|p| first_from_site && p.id != site.id) {
            let to = place.at();
            let distance_m = crate::earth::geodesy::distance_m(site.at(), to);
            let inputs = format!("{}; {}", place_text(site), place_text(place));
            let what = fill(w.fact_distance, &[&site.name, &place.name]);
            {
                rows.push(computed(
                    title,
                    what,
                    distance_m,
                    w.method_geodesic,
                    inputs,
                    GEODESIC_TEST,
                ));
            }
        }
        for (country, d) in &facts.to_coasts {
            let what = fill(w.fact_to_coast, &[&site.name, country]);
            rows.push(computed(
                title,
                what,
                *d,
                w.method_nearest,
                place_text(site),
                NEAREST_TEST,
            ));
        }
        for (range_m, apogee_m) in &facts.min_energy_apogees {
            let what = fill(w.fact_apogee, &[&format_km(*range_m)]);
            let inputs = fill(w.fact_apogee_input, &[&format_km(*range_m)]);
            rows.push(computed(
                title,
                what,
                *apogee_m,
                w.method_apogee,
                inputs,
                APOGEE_TEST,
            ));
        }
        for mark in flights.iter().filter(|m| m.estimate.event_id == event.id) {
            flight_rows(&mut rows, title, site, mark);
        }
    }
    for source in &story.sources {
        for n in numbers_in(&source.title) {
            rows.push(FactRow {
                source: source.publisher.as_str().to_owned(),
                url: source.url.clone(),
                ..row("", w.fact_in_source_title.into(), n, "", Origin::StoryText)
            });
        }
    }
    for line in &story.credits {
        for n in numbers_in(line) {
            rows.push(row("", w.fact_in_credits.into(), n, "", Origin::StoryText));
        }
    }
    for place in &story.places {
        for (what, value) in [
            (w.fact_latitude, place.lat_deg),
            (w.fact_longitude, place.lon_deg),
        ] {
            rows.push(FactRow {
                source: place.note.as_ref().map(ToString::to_string).unwrap_or_default(),
                ..row(
                    "",
                    fill(what, &[&place.name]),
                    format_number(value, 4),
                    "°",
                    Origin::StoryText,
                )
            });
        }
    }
    rows.extend(settings(&row));
    rows
}

/// Numbers the explainer itself sets or defines, shown in its legends and controls.
fn settings(row: &dyn Fn(&str, String, String, &str, Origin) -> FactRow) -> Vec<FactRow> {
    let setting = |what: &str, value: f64, decimals: usize, unit: &str, source: &str| FactRow {
        source: source.to_owned(),
        ..row(
            "",
            what.to_owned(),
            format_number(value, decimals),
            unit,
            Origin::Setting,
        )
    };
    let w = more_strings();
    let unclos = w.source_unclos;
    vec![
        setting(w.setting_eez, 200.0, 0, "nmi", unclos),
        setting(w.setting_eez, EEZ_DISTANCE_M / 1000.0, 1, "km", unclos),
        setting(
            w.setting_ring_start,
            ViewState::default().ring_radius_km,
            0,
            "km",
            "launchmap",
        ),
        setting(w.setting_ring_min, MIN_RING_KM, 0, "km", "launchmap"),
        setting(w.setting_ring_max, MAX_RING_KM, 0, "km", "launchmap"),
        setting(
            w.setting_earth_radius,
            EARTH_RADIUS_M / 1000.0,
            0,
            "km",
            w.source_iugg,
        ),
        setting(w.setting_ring_vertices, RING_VERTICES as f64, 0, "", "launchmap"),
    ]
}

/// Why the table could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FactsError {
    /// The story has errors; each is listed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Story(Vec<crate::story::check::StoryError>),
    /// The basemap file could not be read.
    #[error("{0}")]
    Basemap(#[from] crate::map::basemap::file::BasemapFileError),
}

/// The whole table as CSV, from a story file's bytes and the basemap's: what `launchmap facts`
/// prints and what the page's "Check the numbers" shows and downloads.
///
/// ```
/// let basemap = std::fs::read("assets/basemap.bin").unwrap();
/// let csv = launchmap::facts_csv("s.json", launchmap::DEFAULT_STORY_JSON.as_bytes(), "b.bin", &basemap).unwrap();
/// assert!(csv.starts_with("event,what,value,unit,origin"));
/// ```
pub fn facts_csv(
    story_name: &str,
    story: &[u8],
    basemap_name: &str,
    basemap: &[u8],
) -> Result<String, FactsError> {
    let checked = crate::story::check::check_story(story_name, story).map_err(FactsError::Story)?;
    let basemap = crate::map::basemap::BasemapAsset::parse(basemap_name, basemap)?.decode();
    let projection = crate::map::scene::projection_for(&checked.story);
    let flights = crate::map::scene::flight_marks(&checked, Some(&basemap), &projection, None);
    let coasts = crate::map::basemap::zones::zone_coasts(&checked.story, &basemap);
    Ok(to_csv(&fact_rows(&checked, &coasts, &flights)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::csv::parse_csv;
    use crate::map::basemap::zones::zone_coasts;
    use crate::map::scene::{flight_marks, projection_for};

    fn rows() -> Vec<FactRow> {
        let checked = crate::testing::default_story();
        let basemap = crate::testing::basemap();
        let flights = flight_marks(&checked, Some(&basemap), &projection_for(&checked.story), None);
        fact_rows(&checked, &zone_coasts(&checked.story, &basemap), &flights)
    }

    #[test]
    fn every_reported_figure_names_its_source_with_a_link() {
        let checked = crate::testing::default_story();
        let figures = checked
            .story
            .events
            .iter()
            .map(|e| e.figures.len())
            .sum::<usize>();
        let reported: Vec<FactRow> = rows()
            .into_iter()
            .filter(|r| r.origin == Origin::Reported)
            .collect();
        assert_eq!(reported.len(), figures);
        assert!(reported
            .iter()
            .all(|r| r.url.as_deref().is_some_and(|u| u.starts_with("https://"))));
        let may_target = reported
            .iter()
            .find(|r| r.event == "Larger salvo from Sunan" && r.what == "Distance to declared target")
            .unwrap();
        assert_eq!(
            (may_target.value.as_str(), may_target.unit.as_str()),
            ("365", "km")
        );
        assert!(may_target.source.starts_with("KCNA"), "{}", may_target.source);
    }

    #[test]
    fn computed_numbers_name_their_method_inputs_and_test() {
        let rows = rows();
        let computed: Vec<&FactRow> = rows.iter().filter(|r| r.origin == Origin::Computed).collect();
        assert!(computed.len() > 20);
        for r in &computed {
            assert!(
                !r.source.is_empty() && !r.inputs.is_empty() && r.checked_by.contains("::tests::"),
                "{r:?}"
            );
        }
        let seoul = rows
            .iter()
            .find(|r| r.what == "Distance from Sunan to Seoul")
            .unwrap();
        assert_eq!(seoul.value, "214.2");
        assert!(rows
            .iter()
            .any(|r| r.what == "Minimum-energy apogee for 300 km" && r.value == "74.1"));
        let wonsan = rows
            .iter()
            .find(|r| r.what == "Distance from Sunan to Wonsan")
            .unwrap();
        assert_eq!(wonsan.value, "156.3");
        assert!(rows
            .iter()
            .any(|r| r.what.starts_with("Impact area's nearest point to Japan")));
    }

    #[test]
    fn numbers_in_the_story_text_are_listed_with_the_events_sources() {
        let rows = rows();
        let in_text: Vec<&FactRow> = rows
            .iter()
            .filter(|r| r.origin == Origin::StoryText && r.event == "Larger salvo from Sunan")
            .collect();
        assert!(in_text.iter().any(|r| r.value == "365"));
        assert!(in_text.iter().all(|r| r.source.contains("KCNA")));
    }

    #[test]
    fn csv_has_one_line_per_row_and_quotes_what_needs_it() {
        let rows = rows();
        let csv = to_csv(&rows);
        assert_eq!(
            csv.split("\r\n").filter(|l| !l.is_empty()).count(),
            rows.len() + 1
        );
        assert!(
            csv.contains("\"Japan's Ministry of Defense (MoD), \"\"North Korea Fires 3 Ballistic Missiles")
        );
    }

    #[test]
    fn csv_reads_back_as_it_was_written() {
        let rows = rows();
        let parsed = parse_csv(&to_csv(&rows));
        assert_eq!(parsed.len(), rows.len() + 1);
        for (row, fields) in rows.iter().zip(&parsed[1..]) {
            assert_eq!(fields.len(), 9);
            assert_eq!(
                (&fields[1], &fields[2], &fields[5]),
                (&row.what, &row.value, &row.source)
            );
        }
    }

    #[test]
    fn a_broken_story_gives_its_located_errors_instead_of_a_table() {
        let error = facts_csv("bad.json", b"{", "b.bin", crate::testing::BASEMAP_BYTES).unwrap_err();
        assert!(error.to_string().starts_with("bad.json:1:"), "{error}");
    }

    #[test]
    fn a_formula_in_a_story_field_is_defused_in_the_csv() {
        let row = FactRow {
            event: "=HYPERLINK(\"x\")".into(),
            what: "-1".into(),
            value: String::new(),
            unit: String::new(),
            origin: Origin::StoryText,
            source: String::new(),
            inputs: String::new(),
            checked_by: String::new(),
            url: None,
        };
        assert!(to_csv(&[row])
            .lines()
            .nth(1)
            .unwrap()
            .starts_with("\"'=HYPERLINK(\"\"x\"\")\",'-1,"));
    }

    #[test]
    fn a_japanese_reader_gets_the_table_in_japanese() {
        let checked = crate::testing::default_story();
        crate::testing::use_committed_language(crate::Lang::Ja);
        let rows = fact_rows(&checked, &[], &[]);
        let seoul = rows
            .iter()
            .find(|r| r.what.ends_with("ソウルまでの距離"))
            .map(|r| (r.origin.name(), r.source.clone()));
        let setting = rows
            .iter()
            .find(|r| r.origin == Origin::Setting)
            .map(|r| r.origin.name());
        crate::testing::use_committed_language(crate::Lang::En);
        let (origin, method) = seoul.expect("the distance to Seoul (ソウル), in Japanese");
        assert_eq!(origin, "計算");
        assert!(method.starts_with("WGS84楕円体上"), "{method}");
        assert_eq!(setting, Some("設定"));
    }
}
