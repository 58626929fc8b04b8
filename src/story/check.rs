//! Reads a story file and checks what it means, collecting every error with its place.
//!
//! Parse and shape errors (bad JSON, a field of the wrong type, an unknown field) stop the read
//! and are located by file, line and column. Meaning errors (a dangling reference, a latitude of
//! 120, a reversed range) are all collected and located by JSON path, so an editor can fix a
//! story in one pass.

use crate::story::check_event::{check_event_time, check_figure, check_flight, check_source_ref};
pub use crate::story::check_event::{CheckedEvent, EventTime};
use crate::story::checker::Checker;
pub use crate::story::errors::{Problem, StoryError};
pub use crate::story::limits;
use crate::story::local_time::{self};
use crate::story::parse::parse;
use crate::story::Place;
use crate::story::{EventKind, Story};
use crate::text::lang::Lang;
use crate::text::number_text::Num;
use crate::text::ordering::ascending_order;

/// A story that passed every check. Only this type reaches the app.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedStory {
    /// The story as the file gave it, now known to be sound.
    pub story: Story,
    /// One per `story.events`, in the same order.
    pub events: Vec<CheckedEvent>,
    /// Indices into `story.events`, earliest first.
    pub chronological: Vec<usize>,
}

impl CheckedStory {
    /// The index in `story.events` of the event with id `id`.
    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.story.events.iter().position(|e| e.id == id)
    }

    /// The first place an event names: for a launch, its launch site.
    pub fn first_place(&self, event: usize) -> Option<&Place> {
        self.story.place(self.story.events.get(event)?.places.first()?)
    }

    /// Indices into `story.events` of the missile launches, earliest first.
    pub fn launch_indices_in_time_order(&self) -> impl DoubleEndedIterator<Item = usize> + '_ {
        self.chronological
            .iter()
            .copied()
            .filter(|&i| self.story.events[i].kind == EventKind::MissileLaunch)
    }

    /// The missile launches, earliest first.
    pub fn launches_in_time_order(&self) -> impl DoubleEndedIterator<Item = &crate::story::Event> + '_ {
        self.launch_indices_in_time_order().map(|i| &self.story.events[i])
    }

    /// The latest launch, of a missile or a satellite, fired from place `place_id`: what a click
    /// on a launch point of the map selects.
    ///
    /// ```
    /// let story = launchmap::testing::default_story();
    /// assert_eq!(story.latest_launch_from("sunan").map(|e| e.id.as_str()), Some("launch-2024-05-30"));
    /// assert!(story.latest_launch_from("seoul").is_none());
    /// ```
    pub fn latest_launch_from(&self, place_id: &str) -> Option<&crate::story::Event> {
        self.chronological
            .iter()
            .rev()
            .map(|&i| &self.story.events[i])
            .find(|e| {
                matches!(e.kind, EventKind::MissileLaunch | EventKind::SatelliteLaunch)
                    && e.places.first().map(String::as_str) == Some(place_id)
            })
    }
}

/// Reads and checks a story file. `file` names the file in messages.
///
/// ```
/// let json = br#"{"title": "", "summary": "s", "places": [], "events": [], "sources": []}"#;
/// let errors = launchmap::check_story("s.json", json).unwrap_err();
/// assert_eq!(errors[0].to_string(), "s.json: title: is empty; write some text here");
/// ```
pub fn check_story(file: &str, bytes: &[u8]) -> Result<CheckedStory, Vec<StoryError>> {
    if bytes.len() > limits::FILE_BYTES {
        return Err(vec![StoryError::Meaning {
            file: file.to_owned(),
            path: "(the whole file)".to_owned(),
            problem: Problem::TooMany {
                what: "bytes",
                count: Num(bytes.len() as f64),
                max: Num(limits::FILE_BYTES as f64),
            },
        }]);
    }
    let story = parse(file, bytes).map_err(|e| vec![e])?;
    check_meaning(file, story)
}

/// A language code as a story writes it: `en`, `ko` or `ja`, exactly.
fn is_language(code: &str) -> bool {
    Lang::from_tag(code).is_some_and(|l| l.code() == code)
}

/// Checks the story's `language`, and each text given in several: only languages the page has,
/// and always the story's own, which the page falls back to.
fn check_languages(c: &mut Checker, story: &mut Story) {
    if let Some(code) = story.language.as_deref().filter(|code| !is_language(code)) {
        c.report(
            "language".into(),
            Problem::UnknownLanguage {
                code: code.to_owned(),
            },
        );
    }
    let own = story.own_language().code();
    story.each_text(&mut |path, text| {
        let mut has_own = false;
        // The text the page reads now is checked with its field, by the field's limits; here,
        // the others, each of which a reader in its language sees as much.
        let shown = text.as_str();
        for (code, words) in text.entries() {
            has_own |= code.is_empty() || code == own;
            if !code.is_empty() && !is_language(code) {
                c.report(
                    path.clone(),
                    Problem::UnknownLanguage {
                        code: code.to_owned(),
                    },
                );
            }
            if std::ptr::eq(words, shown) {
                continue;
            }
            if words.trim().is_empty() {
                c.report(path.clone(), Problem::Empty);
            }
            c.not_too_long(path.clone(), words, limits::TEXT_CHARS);
        }
        if !has_own {
            c.report(path, Problem::NoOwnLanguage { code: own });
        }
    });
}

/// What `launchmap check` warns about in a story that passes: each figure whose source has no
/// link, which a reader cannot follow to the report, then each missing translation
/// ([`missing_translations`]). Warnings do not fail the check.
///
/// ```
/// let mut v: serde_json::Value = serde_json::from_str(launchmap::DEFAULT_STORY_JSON).unwrap();
/// for source in v["sources"].as_array_mut().unwrap() {
///     if source["id"] == "jcs-2024-03-18" {
///         source.as_object_mut().unwrap().remove("url"); // a source figures cite
///     }
/// }
/// let mut checked = launchmap::check_story("s.json", v.to_string().as_bytes()).unwrap();
/// let warnings = launchmap::story_warnings(&mut checked.story);
/// assert!(warnings[0].starts_with("events[1].figures[0]: its source \"jcs-2024-03-18\" has no url"), "{warnings:?}");
/// ```
pub fn story_warnings(story: &mut Story) -> Vec<String> {
    let mut warnings = Vec::new();
    for (i, event) in story.events.iter().enumerate() {
        for (j, figure) in event.figures.iter().enumerate() {
            if story.source(&figure.source).is_some_and(|s| s.url.is_none()) {
                warnings.push(format!(
                    "events[{i}].figures[{j}]: its source \"{}\" has no url, so a reader cannot follow the figure to the report; add one",
                    figure.source
                ));
            }
        }
    }
    warnings.extend(missing_translations(story));
    warnings
}

/// The translations a story lacks: for each text a reader sees, each language the story uses
/// elsewhere that the text is not given in. `launchmap check` prints them as warnings.
///
/// ```
/// let json = r#"{"title": {"en": "T", "ko": "제목"}, "summary": "S", "places": [], "events": [], "sources": []}"#;
/// let mut checked = launchmap::check_story("s.json", json.as_bytes()).unwrap();
/// let missing = launchmap::missing_translations(&mut checked.story);
/// assert_eq!(missing, ["summary: no ko text; readers in ko see the en one"]);
/// ```
pub fn missing_translations(story: &mut Story) -> Vec<String> {
    let own = story.own_language().code();
    let mut used: Vec<String> = Vec::new();
    story.each_text(&mut |_, text| {
        for code in text.languages() {
            if !code.is_empty() && code != own && !used.iter().any(|u| u == code) {
                used.push(code.to_owned());
            }
        }
    });
    let mut missing = Vec::new();
    story.each_text(&mut |path, text| {
        for code in &used {
            if !text.languages().any(|c| c == code) {
                missing.push(format!(
                    "{path}: no {code} text; readers in {code} see the {own} one"
                ));
            }
        }
    });
    missing
}

/// Each zone a story chooses is a coastal country's, by its English name, named once. A story
/// that chooses none is given Japan's within the default region (the page's default), and
/// none beyond it, written down so that the page need not work it out.
fn check_zones(c: &mut Checker, story: &mut Story) {
    if story.eez.is_none() && !crate::story::zones::within_region(story) {
        story.eez = Some(Vec::new());
    }
    let zones = story.eez.as_deref().unwrap_or_default();
    c.not_too_many("eez", "zones", zones.len(), limits::ZONES);
    for (i, zone) in zones.iter().enumerate() {
        let path = format!("eez[{i}]");
        let Some(country) = zone.english() else {
            c.report(path, Problem::NoEnglishZone);
            continue;
        };
        if let Some(j) = zones[..i].iter().position(|z| z.english() == Some(country)) {
            let first_path = format!("eez[{j}]");
            let country = country.to_owned();
            c.report(path, Problem::DuplicateZone { country, first_path });
        } else if !crate::story::zones::zone_countries().any(|known| known == country) {
            let hint = crate::story::zones::close_names(country);
            let country = country.to_owned();
            c.report(path, Problem::UnknownZone { country, hint });
        }
        for (code, name) in zone.entries() {
            let path = if code.is_empty() {
                format!("eez[{i}]")
            } else {
                format!("eez[{i}].{code}")
            };
            if !code.is_empty() && !is_language(code) {
                c.report(
                    path.clone(),
                    Problem::UnknownLanguage {
                        code: code.to_owned(),
                    },
                );
            }
            c.non_empty(path.clone(), name);
            c.not_too_long(path, name, limits::SHORT_CHARS);
        }
    }
}

fn check_meaning(file: &str, mut story: Story) -> Result<CheckedStory, Vec<StoryError>> {
    let mut c = Checker {
        file,
        errors: Vec::new(),
    };
    check_languages(&mut c, &mut story);
    c.non_empty("title".into(), &story.title);
    if story.summary.trim().is_empty() {
        c.report("summary".into(), Problem::Empty);
    }
    c.not_too_long("summary".into(), &story.summary, limits::TEXT_CHARS);
    c.not_too_many("places", "places", story.places.len(), limits::PLACES);
    c.not_too_many("events", "events", story.events.len(), limits::EVENTS);
    c.not_too_many("sources", "sources", story.sources.len(), limits::SOURCES);
    c.not_too_many("credits", "credit lines", story.credits.len(), limits::CREDITS);
    for (i, line) in story.credits.iter().enumerate() {
        c.not_too_long(format!("credits[{i}]"), line, limits::SHORT_CHARS);
    }
    check_zones(&mut c, &mut story);
    c.unique_ids("places", story.places.iter().map(|p| p.id.as_str()));
    c.unique_ids("sources", story.sources.iter().map(|s| s.id.as_str()));
    c.unique_ids("events", story.events.iter().map(|e| e.id.as_str()));

    for (i, place) in story.places.iter().enumerate() {
        c.non_empty(format!("places[{i}].name"), &place.name);
        if let Some(note) = &place.note {
            c.not_too_long(format!("places[{i}].note"), note, limits::TEXT_CHARS);
        }
        if !(-90.0..=90.0).contains(&place.lat_deg) {
            c.report(
                format!("places[{i}].lat_deg"),
                Problem::LatitudeOutOfRange {
                    value_deg: Num(place.lat_deg),
                },
            );
        }
        if !(-180.0..=180.0).contains(&place.lon_deg) {
            c.report(
                format!("places[{i}].lon_deg"),
                Problem::LongitudeOutOfRange {
                    value_deg: Num(place.lon_deg),
                },
            );
        }
    }

    for (i, source) in story.sources.iter().enumerate() {
        c.non_empty(format!("sources[{i}].publisher"), &source.publisher);
        c.non_empty(format!("sources[{i}].title"), &source.title);
        if let Err(e) = local_time::parse_date(&source.date) {
            c.report(format!("sources[{i}].date"), Problem::Time(e));
        }
        if let Some(url) = &source.url {
            c.not_too_long(format!("sources[{i}].url"), url, limits::TEXT_CHARS);
            // Only web addresses: a javascript: or data: link must never reach an href.
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                c.report(format!("sources[{i}].url"), Problem::BadUrl { url: url.clone() });
            }
        }
    }

    let place_ids: Vec<&str> = story.places.iter().map(|p| p.id.as_str()).collect();
    let source_ids: Vec<&str> = story.sources.iter().map(|s| s.id.as_str()).collect();
    let mut checked_events = Vec::with_capacity(story.events.len());
    for (i, event) in story.events.iter().enumerate() {
        let at = format!("events[{i}]");
        c.non_empty(format!("{at}.title"), &event.title);
        if event.text.trim().is_empty() {
            c.report(format!("{at}.text"), Problem::Empty);
        }
        c.not_too_long(format!("{at}.text"), &event.text, limits::TEXT_CHARS);
        c.not_too_many(
            &format!("{at}.figures"),
            "figures",
            event.figures.len(),
            limits::FIGURES_PER_EVENT,
        );
        c.not_too_many(
            &format!("{at}.places"),
            "places",
            event.places.len(),
            limits::REFERENCES_PER_EVENT,
        );
        c.not_too_many(
            &format!("{at}.sources"),
            "sources",
            event.sources.len(),
            limits::REFERENCES_PER_EVENT,
        );
        for (j, id) in event.places.iter().enumerate() {
            if !place_ids.contains(&id.as_str()) {
                let known = place_ids.join(", ");
                c.report(
                    format!("{at}.places[{j}]"),
                    Problem::UnknownPlace {
                        id: id.clone(),
                        known,
                    },
                );
            }
        }
        if matches!(event.kind, EventKind::MissileLaunch | EventKind::SatelliteLaunch)
            && event.places.is_empty()
        {
            let kind = if event.kind == EventKind::MissileLaunch {
                "missile launch"
            } else {
                "satellite launch"
            };
            c.report(format!("{at}.places"), Problem::NoLaunchSite { kind });
        }
        if event.sources.is_empty() {
            c.report(format!("{at}.sources"), Problem::NoSource);
        }
        for (j, id) in event.sources.iter().enumerate() {
            check_source_ref(&mut c, format!("{at}.sources[{j}]"), id, &source_ids);
        }
        for (j, figure) in event.figures.iter().enumerate() {
            check_figure(&mut c, &format!("{at}.figures[{j}]"), figure, &source_ids);
        }
        if let Some(flight) = &event.flight {
            if event.kind != EventKind::MissileLaunch {
                c.report(format!("{at}.flight"), Problem::FlightOnNonLaunch);
            }
            check_flight(&mut c, &format!("{at}.flight"), flight, &source_ids);
        }
        if let Some(checked) = check_event_time(&mut c, &at, event) {
            checked_events.push(checked);
        }
    }

    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let chronological = ascending_order(&starts_ms(&checked_events));
    Ok(CheckedStory {
        story,
        events: checked_events,
        chronological,
    })
}

/// Each event's start in milliseconds since 1970, which sort them in time: exact in an f64 for
/// any year a story can hold, and apart for two events in the same second.
pub(crate) fn starts_ms(events: &[CheckedEvent]) -> Vec<f64> {
    events
        .iter()
        .map(|e| (e.starts_at.unix_timestamp_nanos() / 1_000_000) as f64)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEFAULT_STORY: &str = crate::DEFAULT_STORY_JSON;

    fn errors_of(json: &str) -> Vec<String> {
        match check_story("t.json", json.as_bytes()) {
            Ok(_) => vec![],
            Err(errors) => errors.iter().map(ToString::to_string).collect(),
        }
    }

    /// The default story with one edit applied to its JSON value.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value = crate::testing::default_story_value();
        edit(&mut value);
        serde_json::to_string_pretty(&value).unwrap()
    }

    #[test]
    fn zones_name_coastal_countries_once_as_natural_earth_spells_them() {
        let json = edited(|v| {
            v["eez"] = serde_json::json!([
                { "en": "South Korea", "ko": "한국", "ja": "韓国" },
                "Korea",
                "Mongolia",
                "South Korea",
                { "en": "Japan", "ja": " " },
                { "ko": "일본" },
                { "en": "Fiji", "fr": "Fidji" }
            ]);
        });
        assert_eq!(
            errors_of(&json),
            [
                "t.json: eez[1]: no coastal country is named \"Korea\" in Natural Earth's countries; \
                 did you mean \"North Korea\", \"South Korea\"? (all are in assets/eez/countries.txt)",
                "t.json: eez[2]: no coastal country is named \"Mongolia\" in Natural Earth's countries; \
                 did you mean \"Monaco\", \"Montenegro\", \"Montserrat\"? (all are in assets/eez/countries.txt)",
                "t.json: eez[3]: \"South Korea\" is already at eez[0]; name each country once",
                "t.json: eez[4].ja: is empty; write some text here",
                "t.json: eez[5]: has no English name; give the country as Natural Earth spells it in English, as \"en\"",
                "t.json: eez[6].fr: \"fr\" is not a language the page has; use en, ko or ja",
            ]
        );
        let fine = edited(|v| v["eez"] = serde_json::json!(["Fiji", { "en": "Japan", "ja": "日本" }]));
        let checked = check_story("t.json", fine.as_bytes()).unwrap();
        let zones = crate::story::zones::story_zones(&checked.story);
        let countries: Vec<&str> = zones.iter().map(|(country, _)| *country).collect();
        assert_eq!(countries, ["Fiji", "Japan"]);
    }

    #[test]
    fn stories_past_the_limits_are_told_where_and_by_how_much() {
        let json = edited(|v| {
            v["events"][0]["text"] = "x".repeat(limits::TEXT_CHARS + 1).into();
            v["places"][0]["name"] = "é".repeat(limits::SHORT_CHARS + 1).into();
            v["events"][5]["figures"][5]["value"] = 1.0e9.into();
            v["credits"] = serde_json::Value::Array(vec!["c".into(); limits::CREDITS + 1]);
            let (place, source) = (v["places"][0]["id"].clone(), v["sources"][0]["id"].clone());
            v["events"][1]["places"] = vec![place; limits::REFERENCES_PER_EVENT + 1].into();
            v["events"][1]["sources"] = vec![source; limits::REFERENCES_PER_EVENT + 1].into();
            let place = v["places"][1].clone();
            let places = v["places"].as_array_mut().unwrap();
            while places.len() <= limits::PLACES {
                let mut p = place.clone();
                p["id"] = format!("p{}", places.len()).into();
                places.push(p);
            }
        });
        let errors = errors_of(&json);
        for expected in [
            "t.json: places: has 301 places, more than the 300 allowed",
            "t.json: credits: has 51 credit lines, more than the 50 allowed",
            "t.json: events[1].places: has 51 places, more than the 50 allowed",
            "t.json: events[1].sources: has 51 sources, more than the 50 allowed",
            "t.json: places[0].name: is 501 characters long, more than the 500 allowed",
            "t.json: events[0].text: is 5,001 characters long, more than the 5,000 allowed",
            "t.json: events[5].figures[5].value: 1,000,000,000 is more than 20,004, the largest target distance",
        ] {
            assert!(errors.iter().any(|e| e.starts_with(expected)), "{expected} not in {errors:#?}");
        }
    }

    #[test]
    fn a_file_over_a_megabyte_is_refused_before_it_is_read() {
        let bytes = vec![b' '; limits::FILE_BYTES + 1];
        assert_eq!(
            errors_of(std::str::from_utf8(&bytes).unwrap()),
            ["t.json: (the whole file): has 1,000,001 bytes, more than the 1,000,000 allowed; split the story or trim it"]
        );
    }

    #[test]
    fn default_story_is_clean_and_ordered_in_time() {
        let checked = crate::testing::default_story();
        let ids: Vec<&str> = checked
            .chronological
            .iter()
            .map(|&i| checked.story.events[i].id.as_str())
            .collect();
        assert_eq!(ids, crate::testing::DEFAULT_EVENT_IDS_IN_TIME_ORDER);
    }

    #[test]
    fn empty_file_says_it_is_empty() {
        assert_eq!(
            errors_of(""),
            ["t.json:1:0: the file is empty; a story is a JSON object that begins with {"]
        );
    }

    #[test]
    fn trailing_comma_is_located_by_line_and_column() {
        let errors = errors_of("{\n  \"title\": \"x\",\n}");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("t.json:3:1: "), "{errors:?}");
    }

    #[test]
    fn texts_in_unknown_languages_or_without_the_storys_own_are_refused() {
        let mut v = crate::testing::default_story_value();
        v["title"] = serde_json::json!({"ko": "제목", "fr": "Titre"});
        v["language"] = "en".into();
        let errors: Vec<String> = check_story("t.json", v.to_string().as_bytes())
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "t.json: title: \"fr\" is not a language the page has; use en, ko or ja",
                "t.json: title: has no text in the story's own language (en), which readers of other languages fall back to; add it"
            ]
        );
        v["language"] = "ko-KR".into();
        let errors = check_story("t.json", v.to_string().as_bytes()).unwrap_err();
        assert!(
            errors[0]
                .to_string()
                .starts_with("t.json: language: \"ko-KR\" is not a language"),
            "{errors:?}"
        );
    }

    #[test]
    fn an_empty_translation_is_refused_where_it_is() {
        let mut v = crate::testing::default_story_value();
        v["places"][0]["name"] = serde_json::json!({"en": "Sunan", "ko": " ", "ja": "順安"});
        let errors = check_story("t.json", v.to_string().as_bytes()).unwrap_err();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(
            errors[0].to_string(),
            "t.json: places[0].name: is empty; write some text here"
        );
    }

    #[test]
    fn the_default_story_is_whole_in_english_korean_and_japanese() {
        let mut checked = crate::testing::default_story();
        assert_eq!(missing_translations(&mut checked.story), Vec::<String>::new());
        let mut langs = Vec::new();
        checked
            .story
            .each_text(&mut |_, t| langs.push(t.languages().collect::<Vec<_>>().join(",")));
        assert!(langs.iter().all(|l| l == "en,ko,ja"), "{langs:?}");
        checked.story.keep_language(Lang::Ko);
        assert_eq!(checked.story.places[0].name.as_str(), "순안");
    }

    #[test]
    fn a_text_left_untranslated_is_named_with_its_path() {
        let mut v = crate::testing::default_story_value();
        v["events"][1]["text"] = "Only English.".into();
        let mut checked = check_story("t.json", v.to_string().as_bytes()).unwrap();
        assert_eq!(
            missing_translations(&mut checked.story),
            [
                "events[1].text: no ja text; readers in ja see the en one",
                "events[1].text: no ko text; readers in ko see the en one"
            ]
        );
    }

    #[test]
    fn wrong_type_names_its_line_and_column() {
        let json = "{\n  \"title\": \"t\",\n  \"summary\": 3\n}";
        assert_eq!(
            errors_of(json),
            ["t.json:3:14: invalid type: integer `3`, expected a text, or a map from language to text such as {\"en\": \"Seoul\", \"ko\": \"서울\"}"]
        );
    }

    #[test]
    fn unknown_field_lists_the_expected_ones() {
        let json = edited(|v| v["events"][1]["figures"][0]["valeu"] = 3.into());
        let errors = errors_of(&json);
        assert!(
            errors[0].contains(": unknown field `valeu`, expected one of `quantity`, `value`"),
            "{errors:?}"
        );
    }

    #[test]
    fn dangling_place_and_source_references_are_all_reported() {
        let json = edited(|v| {
            v["events"][1]["places"][0] = "atlantis".into();
            v["events"][5]["figures"][2]["source"] = "rumour".into();
        });
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].starts_with("t.json: events[1].places[0]: no place has the id \"atlantis\""));
        assert!(errors[1].starts_with("t.json: events[5].figures[2].source: no source has the id \"rumour\""));
    }

    #[test]
    fn coordinates_out_of_range_are_reported_per_axis() {
        let json = edited(|v| {
            v["places"][0]["lat_deg"] = 139.2.into();
            v["places"][1]["lon_deg"] = (-200.0).into();
        });
        assert_eq!(
            errors_of(&json),
            [
                "t.json: places[0].lat_deg: latitude 139.2° is outside -90° to 90°",
                "t.json: places[1].lon_deg: longitude -200° is outside -180° to 180°"
            ]
        );
    }

    #[test]
    fn zero_distance_and_reversed_range_are_reported() {
        let json = edited(|v| {
            let figure = &mut v["events"][1]["figures"][0];
            figure["value"] = 0.0.into();
            let other = &mut v["events"][5]["figures"][1];
            other["value"] = serde_json::Value::Null;
            other["range"] = serde_json::json!([400, 350]);
        });
        let errors = errors_of(&json);
        assert!(
            errors
                .iter()
                .any(|e| e.contains("events[1].figures[0].value: 0 is not more than zero")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e
                    .contains("events[5].figures[1].range: the range's minimum 400 exceeds its maximum 350")),
            "{errors:?}"
        );
    }

    #[test]
    fn event_without_source_is_reported() {
        let json = edited(|v| v["events"][0]["sources"] = serde_json::json!([]));
        assert_eq!(errors_of(&json), ["t.json: events[0].sources: the event cites no source; add the id of at least one source to \"sources\""]);
    }

    #[test]
    fn duplicate_ids_point_at_the_first_use() {
        let json = edited(|v| v["places"][2]["id"] = v["places"][0]["id"].clone());
        let errors = errors_of(&json);
        assert!(
            errors[0].starts_with("t.json: places[2].id: the id \"sunan\" is already used at places[0].id"),
            "{errors:?}"
        );
    }

    #[test]
    fn invalid_instant_is_reported_with_its_text() {
        let json = edited(|v| v["events"][1]["at"] = "2024-03-32T07:44:00+09:00".into());
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with(
                "t.json: events[1].at: \"2024-03-32T07:44:00+09:00\" is not an RFC 3339 instant"
            ),
            "{errors:?}"
        );
    }

    #[test]
    fn javascript_url_is_refused() {
        let json = edited(|v| v["sources"][0]["url"] = "javascript:alert(1)".into());
        assert!(errors_of(&json)[0].contains("sources[0].url: \"javascript:alert(1)\" is not a web address"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let json = "[".repeat(10_000) + &"]".repeat(10_000);
        let errors = errors_of(&json);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].starts_with("t.json:1:"), "{errors:?}");
        let nested_in_field = format!("{{\"title\": {}{}}}", "[".repeat(10_000), "]".repeat(10_000));
        assert_eq!(errors_of(&nested_in_field).len(), 1);
    }

    #[test]
    fn binary_bytes_are_an_error() {
        let bytes: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
        let errors = check_story("bin", &bytes).unwrap_err();
        assert!(
            matches!(errors[0], StoryError::Syntax { line: 1, .. }),
            "{errors:?}"
        );
    }

    #[test]
    fn trailing_garbage_after_the_story_is_an_error() {
        let errors = errors_of(&(DEFAULT_STORY.to_owned() + "\nnull"));
        assert!(errors[0].contains("trailing characters"), "{errors:?}");
    }
}
