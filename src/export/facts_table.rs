//! "Check the numbers": every number the page shows, with where it comes from. A reported
//! figure names its source; a computed one names its method, its inputs and the test that checks
//! it against reference values; a number in the story's own text names the event's sources.
//! The page shows it as a table, and it is written as CSV by the page and by `launchmap facts`.

use crate::earth::ballistics::EARTH_RADIUS_M;
use crate::earth::geodesy::LatLon;
use crate::earth::range_ring::RING_VERTICES;
use crate::event::facts::launch_facts;
use crate::map::scene::{FlightMark, EEZ_DISTANCE_M};
use crate::story::check::CheckedStory;
use crate::story::{Place, Source};
use crate::text::figure_text::{figure_value_text, format_km, format_number, quantity_label};
use crate::view_state::{ViewState, MAX_RING_KM, MIN_RING_KM};

/// Where a number comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A figure in the story file, reported by one source.
    Reported,
    /// Worked out by the explainer, by a tested method.
    Computed,
    /// Written in the story's text, which its sources support.
    StoryText,
    /// A setting of the explainer itself, such as the ring's limits or a legal definition.
    Setting,
}

impl Origin {
    /// The word the table and the CSV use.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Reported => "reported",
            Origin::Computed => "computed",
            Origin::StoryText => "story text",
            Origin::Setting => "setting",
        }
    }
}

/// One number on the page.
#[derive(Debug, Clone, PartialEq)]
pub struct FactRow {
    /// The event it belongs to, by title; empty for the page as a whole.
    pub event: String,
    /// What the number is.
    pub what: String,
    /// The number as the page writes it, with its qualifier ("about 300").
    pub value: String,
    pub unit: String,
    pub origin: Origin,
    /// For a reported number, who reported it, the title and the date; for a computed one, the method.
    pub source: String,
    /// For a computed number, what went in.
    pub inputs: String,
    /// For a computed number, the test that checks the method against reference values.
    pub checked_by: String,
    pub url: Option<String>,
}

const GEODESIC_METHOD: &str = "Geodesic distance on the WGS84 ellipsoid (Karney's algorithm, geo's Geodesic)";
const GEODESIC_TEST: &str =
    "geodesy::tests::distances_match_geographiclib_within_a_metre_for_twelve_pairs (GeographicLib 2.1)";
const NEAREST_METHOD: &str = "Shortest geodesic distance to the basemap's vertices (Natural Earth 1:10m)";
const NEAREST_TEST: &str = "nearest::tests::matches_a_brute_force_geodesic_search";
const APOGEE_METHOD: &str = "Minimum-energy ballistic arc over a spherical Earth of radius 6,371 km, no air";
const APOGEE_TEST: &str =
    "ballistics::tests::numerical_integration_agrees_with_the_analytic_arc (RK4 integration)";
const AREA_METHOD: &str = "Sea within the reported direction's sector and the band of reported distances, sampled every 2° and 10 km (at most 60 × 40 cells)";
const AREA_TEST: &str = "flight_path::tests::land_inside_the_sector_is_taken_out";

fn source_text(source: &Source) -> String {
    format!("{}, \"{}\", {}", source.publisher, source.title, source.date)
}

fn place_text(place: &Place) -> String {
    format!(
        "{} {}°N {}°E",
        place.name,
        format_number(place.lat_deg, 4),
        format_number(place.lon_deg, 4)
    )
}

/// The months as story text names them, after a day's number.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Numbers written in `text`, as the page writes them (digits with thousands commas and
/// decimals), each once, leaving out dates and times: a clock time (07:44), a year (2024) and a
/// day before a month's name (18 March).
///
/// ```
/// assert_eq!(launchmap::export::facts_table::numbers_in("about 1,298.6 km on 18 March 2024 at 07:44, 600 mm, 600 mm"),
///            ["1,298.6", "600"]);
/// ```
pub fn numbers_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (start, end) in number_spans(text) {
        let number = &text[start..end];
        let (before, after) = (&text[..start], &text[end..]);
        let clock = after.starts_with(':') || before.ends_with(':');
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        let day = number.len() <= 2
            && MONTHS
                .iter()
                .any(|m| after.strip_prefix(' ').is_some_and(|a| a.starts_with(m)));
        if !(clock || year || day || out.iter().any(|n| n == number)) {
            out.push(number.to_owned());
        }
    }
    out
}

/// Where each run of digits (with thousands commas and a decimal point) starts and ends.
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let c = bytes[i];
            let joins_digits = (c == b',' || c == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if c.is_ascii_digit() || joins_digits {
                i += 1;
            } else {
                break;
            }
        }
        spans.push((start, i));
    }
    spans
}

/// Every number the page shows for this story, in the order the page shows them.
///
/// `japan_coast` is the basemap's Japanese coast (empty before it loads), `flights` the estimated
/// flights as the map draws them.
///
/// ```
/// let c = launchmap::testing::default_story();
/// let rows = launchmap::export::facts_table::fact_rows(&c, &[], &[]);
/// let seoul = rows.iter().find(|r| r.what == "Distance from Sunan to Seoul").unwrap();
/// assert_eq!(seoul.value, "214.2");
/// ```
pub fn fact_rows(
    checked: &CheckedStory,
    japan_coast: &[Vec<LatLon>],
    flights: &[FlightMark],
) -> Vec<FactRow> {
    let story = &checked.story;
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
        let mut publishers: Vec<&str> = Vec::new();
        for s in ids.filter_map(|id| story.source(id)) {
            if !publishers.contains(&s.publisher.as_str()) {
                publishers.push(&s.publisher);
            }
        }
        publishers.join("; ")
    };

    {
        for n in numbers_in(&format!("{}. {}", story.title, story.summary)) {
            rows.push(FactRow {
                source: cited(&mut story.sources.iter().map(|s| &s.id)),
                ..row("", "In the headline or summary".into(), n, "", Origin::StoryText)
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
                ..row(title, "In the event's text".into(), n, "", Origin::StoryText)
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
                inputs: f.note.clone().unwrap_or_default(),
                ..row(
                    title,
                    quantity_label(f.quantity).to_owned(),
                    value.to_owned(),
                    unit,
                    Origin::Reported,
                )
            });
        }
        let Some(facts) = launch_facts(checked, i, japan_coast) else {
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
            let to = LatLon::new(place.lat_deg, place.lon_deg);
            let distance_m = crate::earth::geodesy::distance_m(LatLon::new(site.lat_deg, site.lon_deg), to);
            let inputs = format!("{}; {}", place_text(site), place_text(place));
            let what = format!("Distance from {} to {}", site.name, place.name);
            {
                rows.push(computed(
                    title,
                    what,
                    distance_m,
                    GEODESIC_METHOD,
                    inputs,
                    GEODESIC_TEST,
                ));
            }
        }
        if let Some(d) = facts.to_japan_coast_m {
            let what = format!("Distance from {} to Japan's nearest coast", site.name);
            rows.push(computed(
                title,
                what,
                d,
                NEAREST_METHOD,
                place_text(site),
                NEAREST_TEST,
            ));
        }
        for (range_m, apogee_m) in &facts.min_energy_apogees {
            let what = format!("Minimum-energy apogee for {}", format_km(*range_m));
            let inputs = format!("range {}", format_km(*range_m));
            rows.push(computed(
                title,
                what,
                *apogee_m,
                APOGEE_METHOD,
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
                source: source.publisher.clone(),
                url: source.url.clone(),
                ..row("", "In a source's title".into(), n, "", Origin::StoryText)
            });
        }
    }
    for line in &story.credits {
        for n in numbers_in(line) {
            rows.push(row("", "In the credits".into(), n, "", Origin::StoryText));
        }
    }
    for place in &story.places {
        for (what, value) in [("latitude", place.lat_deg), ("longitude", place.lon_deg)] {
            rows.push(FactRow {
                source: place.note.clone().unwrap_or_default(),
                ..row(
                    "",
                    format!("{} {what}", place.name),
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

fn flight_rows(rows: &mut Vec<FactRow>, title: &str, site: &Place, mark: &FlightMark) {
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
        .map_or("assumed bearing".to_owned(), |d| format!("\"{}\"", d.name()));
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
    let unclos = "UN Convention on the Law of the Sea, Article 57";
    vec![
        setting(
            "Exclusive economic zone: greatest breadth",
            200.0,
            0,
            "nmi",
            unclos,
        ),
        setting(
            "Exclusive economic zone: greatest breadth",
            EEZ_DISTANCE_M / 1000.0,
            1,
            "km",
            unclos,
        ),
        setting(
            "Your ring: radius it starts at",
            ViewState::default().ring_radius_km,
            0,
            "km",
            "launchmap",
        ),
        setting("Your ring: smallest radius", MIN_RING_KM, 0, "km", "launchmap"),
        setting("Your ring: largest radius", MAX_RING_KM, 0, "km", "launchmap"),
        setting(
            "Earth's mean radius in the trajectory model",
            EARTH_RADIUS_M / 1000.0,
            0,
            "km",
            "IUGG mean radius",
        ),
        setting(
            "Vertices of each range ring",
            RING_VERTICES as f64,
            0,
            "",
            "launchmap",
        ),
    ]
}

/// Why the table could not be made.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FactsError {
    /// The story has errors; each is listed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Story(Vec<crate::story::check::StoryError>),
    #[error("{0}")]
    Basemap(#[from] crate::map::basemap::file::BasemapFileError),
}

/// The whole table as CSV, from a story file's bytes and the basemap's: what `launchmap facts`
/// prints and what the page's "Check the numbers" shows and downloads.
///
/// ```
/// let basemap = std::fs::read("assets/basemap.bin").unwrap();
/// let csv = launchmap::export::facts_table::facts_csv("s.json", launchmap::DEFAULT_STORY_JSON.as_bytes(), "b.bin", &basemap).unwrap();
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
    Ok(to_csv(&fact_rows(&checked, &basemap.outline("Japan"), &flights)))
}

/// The fields of each line of CSV as [`to_csv`] writes it (RFC 4180: quoted fields may hold
/// commas, doubled quotes and line breaks).
///
/// ```
/// let rows = launchmap::export::facts_table::parse_csv("a,\"b, \"\"c\"\"\"\r\nd,e\r\n");
/// assert_eq!(rows, [vec!["a", "b, \"c\""], vec!["d", "e"]]);
/// ```
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// The share of an estimate's sampled cells at sea, in percent, rounded as the page shows it; an
/// area with any land left out never reads 100.
///
/// ```
/// assert_eq!(launchmap::export::facts_table::sea_percent(999, 1000), 99.0);
/// assert_eq!(launchmap::export::facts_table::sea_percent(10, 40), 25.0);
/// ```
pub fn sea_percent(sea_cells: usize, sampled_cells: usize) -> f64 {
    let pct = (100.0 * sea_cells as f64 / sampled_cells.max(1) as f64).round();
    if sea_cells < sampled_cells {
        pct.min(99.0)
    } else {
        pct
    }
}

/// A CSV field as it was before [`to_csv`] defused it for spreadsheets (a `'` before a leading
/// `=`, `+`, `-` or `@`), for showing it on the page.
///
/// ```
/// assert_eq!(launchmap::export::facts_table::unguard("'-122.4"), "-122.4");
/// assert_eq!(launchmap::export::facts_table::unguard("'quoted"), "'quoted");
/// ```
pub fn unguard(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => field,
    }
}

/// The rows as CSV (RFC 4180), with a header line.
///
/// ```
/// use launchmap::export::facts_table::{to_csv, FactRow, Origin};
/// let row = FactRow { event: "A, B".into(), what: "w".into(), value: "1".into(), unit: "km".into(),
///     origin: Origin::Reported, source: "say \"hi\"".into(), inputs: String::new(),
///     checked_by: String::new(), url: None };
/// assert_eq!(to_csv(&[row]).lines().nth(1), Some("\"A, B\",w,1,km,reported,\"say \"\"hi\"\"\",,,"));
/// ```
pub fn to_csv(rows: &[FactRow]) -> String {
    let mut out = String::from("event,what,value,unit,origin,source or method,inputs,checked by,url\r\n");
    for r in rows {
        let fields = [
            r.event.as_str(),
            &r.what,
            &r.value,
            &r.unit,
            r.origin.name(),
            &r.source,
            &r.inputs,
            &r.checked_by,
            r.url.as_deref().unwrap_or(""),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
            let guarded = if field.starts_with(['=', '+', '-', '@']) {
                format!("'{field}")
            } else {
                (*field).to_owned()
            };
            if guarded.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&guarded.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&guarded);
            }
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::scene::{flight_marks, projection_for};

    fn rows() -> Vec<FactRow> {
        let checked = crate::testing::default_story();
        let basemap = crate::map::basemap::tests::committed();
        let flights = flight_marks(&checked, Some(&basemap), &projection_for(&checked.story), None);
        fact_rows(&checked, &basemap.outline("Japan"), &flights)
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
        let basemap = std::fs::read("assets/basemap.bin").unwrap();
        let error = facts_csv("bad.json", b"{", "b.bin", &basemap).unwrap_err();
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
}
