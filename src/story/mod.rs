//! The story model: what a story file holds, exactly as it is written.
//!
//! These types mirror the JSON of a story file one to one, so that serde can point at the line and
//! column of a field of the wrong type or an unknown field. Meaning (references, ranges, instants)
//! is checked afterwards by [`crate::story::check`], which turns a [`Story`] into a
//! [`crate::story::check::CheckedStory`].

/// The check: a story file's bytes to a [`check::CheckedStory`], or every error with its place.
pub mod check;
/// The checks of one event: time, figures, flight, cited sources.
mod check_event;
/// What the check walks the story with, and the checks every field shares.
mod checker;
/// What can be wrong with a story file, with where it is.
pub mod errors;
/// The limits of a story file: size, counts, lengths and values.
pub mod limits;
/// Time zones, instants and dates as the story and the page write them.
pub mod local_time;
/// Reading the JSON into the model, with the first error's line and column.
mod parse;
/// A text in one language or several.
pub mod text;
/// A story that has passed the check already, read without the check's code.
pub mod trusted;
/// The countries whose approximate EEZ a story may show.
pub mod zones;

use serde::{Deserialize, Serialize};

use crate::earth::geodesy::LatLon;
use crate::story::text::Text;
use crate::text::lang::Lang;

/// One news story: its text, the places and events it tells of, and who reported what.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// The language the story is written in (`en`, `ko` or `ja`), and its texts' when they
    /// are maps: the page falls back to it. English when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The headline, shown above the summary.
    pub title: Text,
    /// One paragraph that tells the whole story at a glance.
    pub summary: Text,
    /// The points on the map that the events name.
    pub places: Vec<Place>,
    /// What happened, in any order; the check puts them in time order.
    pub events: Vec<Event>,
    /// Who reported what; events and figures cite them by id.
    pub sources: Vec<Source>,
    /// Who made the graphic and what data it uses, shown at the foot of the page.
    #[serde(default)]
    pub credits: Vec<Text>,
    /// The countries whose approximate exclusive economic zone the map shows, and whose
    /// coasts it measures to, each by its English name as Natural Earth spells it
    /// (`assets/eez/countries.txt`), with its names in other languages if the story likes:
    /// `"Japan"` or `{"en": "South Korea", "ko": "한국", "ja": "韓国"}`. When not given: Japan's
    /// for a story within the default region, none elsewhere (the check writes that down).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eez: Option<Vec<Text>>,
}

/// A point on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// The place's id, by which events cite it.
    pub id: String,
    /// The place's name, as labels and event cards show it.
    pub name: Text,
    /// WGS84 latitude in degrees, north positive.
    pub lat_deg: f64,
    /// WGS84 longitude in degrees, east positive.
    pub lon_deg: f64,
    /// What sort of place it is; capitals get distances on launch cards and are labelled first.
    pub kind: PlaceKind,
    /// Why this point stands for the place (for example which facility a coordinate marks).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What sort of place a point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A launch site; the map is centred on the story's first one.
    LaunchSite,
    /// A country's capital: launch cards give its distance from the launch site.
    Capital,
    /// A city that is not a capital.
    City,
    /// A military base, labelled ahead of cities when labels compete for room.
    MilitaryBase,
}

/// Something that happened, at an instant or over a span of days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The event's id, unique in the story; the page address and the table of numbers use it.
    pub id: String,
    /// What sort of event it is; missile launches get a flight estimate and facts.
    pub kind: EventKind,
    /// The headline of the event's card.
    pub title: Text,
    /// The instant, in RFC 3339 with an offset, for example `2024-03-17T22:44:00Z`.
    /// Exactly one of `at` and `span` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// A span of whole local days, for example an exercise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<DateSpan>,
    /// The IANA time zone the story tells this event in, for example `Asia/Seoul`.
    pub time_zone: String,
    /// Ids of the places the event involves; for a launch, the launch site comes first.
    #[serde(default)]
    pub places: Vec<String>,
    /// The body of the event's card: what happened, in the story's words.
    pub text: Text,
    /// Ids of the sources that report the event itself.
    pub sources: Vec<String>,
    /// The numbers sources reported about the event, each from one source.
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// For a launch: the editor's assumption about the flight, which no source published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flight: Option<FlightAssumption>,
}

/// What the map rests an estimated flight on, since no source publishes impact points. Shown on
/// screen as an estimate with its `basis`.
///
/// The direction is given one of three ways: a compass `direction` that a source reported (a
/// sector of bearings, 45° wide for the eight main points and 22.5° for the others), an explicit
/// `bearing_range_deg`, or, as older files do, one `assumed_bearing_deg`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlightAssumption {
    /// A compass direction as a source reported it, for example `northeast`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<CompassPoint>,
    /// `[from, to]` bearings in degrees clockwise from north, the sector swept clockwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bearing_range_deg: Option<[f64; 2]>,
    /// One initial bearing from the launch site, degrees clockwise from north (older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assumed_bearing_deg: Option<f64>,
    /// Id of the source that reported the direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction_source: Option<String>,
    /// What the sources said about the direction and the impact area, in the story's words.
    pub basis: Text,
}

/// The sixteen points of the compass.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CompassPoint {
    /// 0°: due north.
    North,
    /// 22.5° clockwise from north.
    NorthNortheast,
    /// 45° clockwise from north.
    Northeast,
    /// 67.5° clockwise from north.
    EastNortheast,
    /// 90° clockwise from north.
    East,
    /// 112.5° clockwise from north.
    EastSoutheast,
    /// 135° clockwise from north.
    Southeast,
    /// 157.5° clockwise from north.
    SouthSoutheast,
    /// 180° clockwise from north.
    South,
    /// 202.5° clockwise from north.
    SouthSouthwest,
    /// 225° clockwise from north.
    Southwest,
    /// 247.5° clockwise from north.
    WestSouthwest,
    /// 270° clockwise from north.
    West,
    /// 292.5° clockwise from north.
    WestNorthwest,
    /// 315° clockwise from north.
    Northwest,
    /// 337.5° clockwise from north.
    NorthNorthwest,
}

impl CompassPoint {
    /// The bearings the word covers, `[from, to]` clockwise: the eight main points reach halfway
    /// to their neighbours (±22.5°), the eight in between ±11.25°.
    ///
    /// ```
    /// use launchmap::CompassPoint;
    /// assert_eq!(CompassPoint::Northeast.sector_deg(), [22.5, 67.5]);
    /// assert_eq!(CompassPoint::North.sector_deg(), [337.5, 22.5]);
    /// assert_eq!(CompassPoint::EastNortheast.sector_deg(), [56.25, 78.75]);
    /// ```
    pub fn sector_deg(self) -> [f64; 2] {
        let index = self as u8 as f64;
        let centre_deg = index * 22.5;
        let half_deg = if (self as u8).is_multiple_of(2) {
            22.5
        } else {
            11.25
        };
        [
            (centre_deg - half_deg).rem_euclid(360.0),
            (centre_deg + half_deg).rem_euclid(360.0),
        ]
    }

    /// The word as the page writes it, in the reader's language.
    pub fn name(self) -> &'static str {
        let s = crate::text::strings::strings();
        crate::text::strings::nth(s.compass_points, self as usize)
    }

    /// The word as story files write it, in English.
    pub fn english(self) -> &'static str {
        crate::text::strings::nth(crate::text::strings::EN.compass_points, self as usize)
    }
}

/// What sort of event something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A military exercise, usually over a span of days.
    Exercise,
    /// A missile launch: it gets a flight estimate, computed distances and a trajectory profile.
    MissileLaunch,
    /// A satellite launch: its site is marked on the map, with no flight estimate.
    SatelliteLaunch,
    /// A government's statement.
    Statement,
    /// An election.
    Election,
}

impl EventKind {
    /// The name a story file uses, for CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Exercise => "exercise",
            EventKind::MissileLaunch => "missile_launch",
            EventKind::SatelliteLaunch => "satellite_launch",
            EventKind::Statement => "statement",
            EventKind::Election => "election",
        }
    }
}

/// Local calendar dates, both included, in the event's time zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateSpan {
    /// `YYYY-MM-DD`
    pub start: String,
    /// `YYYY-MM-DD`
    pub end: String,
}

/// A number one source reported about an event. Several sources may report the same quantity with
/// different values; each report is its own figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    /// What the number measures; it decides which units and which limit apply.
    pub quantity: Quantity,
    /// A single value. Exactly one of `value` and `range` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `[min, max]`, for a source that reported a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<[f64; 2]>,
    /// The unit the number is in: km for a distance or apogee, missiles or rockets for a count.
    pub unit: Unit,
    /// How the source qualified the number.
    #[serde(default)]
    pub qualifier: Qualifier,
    /// Id of the source that reported this figure.
    pub source: String,
    /// The editor's remark on the figure, e.g. how the source rounded it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Text>,
}

/// What a figure measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// How many were fired.
    Count,
    /// Ground distance flown.
    Distance,
    /// Highest altitude reached.
    Apogee,
    /// Distance to a declared target.
    TargetDistance,
    /// The farthest the weapon can reach, as an official or an expert claimed it: drawn as a
    /// ring around the launch site, never taken for the distance a flight went.
    ClaimedRange,
}

/// The unit a figure's number is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Kilometres, for distances and apogees.
    Km,
    /// A count of missiles.
    Missiles,
    /// A count of rockets, e.g. from a multiple rocket launcher.
    Rockets,
}

impl Figure {
    /// Every number the figure gives, in its unit: its value, or both ends of its range.
    ///
    /// ```
    /// use launchmap::{Figure, Qualifier, Quantity, Unit};
    /// let f = Figure { quantity: Quantity::Distance, value: None, range: Some([300.0, 350.0]), unit: Unit::Km,
    ///     qualifier: Qualifier::About, source: "s".into(), note: None };
    /// assert_eq!(f.numbers().collect::<Vec<_>>(), [300.0, 350.0]);
    /// ```
    pub fn numbers(&self) -> impl Iterator<Item = f64> {
        self.value.into_iter().chain(self.range.into_iter().flatten())
    }
}

impl Unit {
    /// Whether the unit measures length (km) rather than counting things.
    pub fn is_length(self) -> bool {
        matches!(self, Unit::Km)
    }
}

/// How a source qualified a number, shown before it ("about 300").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// The number as given, with no qualifier; the default.
    #[default]
    Exactly,
    /// "About": an approximate number.
    About,
    /// "At least": the true number may be higher.
    AtLeast,
    /// "More than": the true number is higher.
    MoreThan,
}

/// Who reported something, and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The source's id, by which events and figures cite it.
    pub id: String,
    /// Who published it, for example a news agency or a ministry.
    pub publisher: Text,
    /// The title of the article or release.
    pub title: String,
    /// `YYYY-MM-DD`, the date of publication.
    pub date: String,
    /// Where to read it, if it is online.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Place {
    /// Where the place is, for the geometry of `earth`.
    ///
    /// ```
    /// let story = launchmap::testing::default_story_model();
    /// assert_eq!(story.places[0].at().lat_deg, story.places[0].lat_deg);
    /// ```
    pub fn at(&self) -> LatLon {
        LatLon::new(self.lat_deg, self.lon_deg)
    }
}

impl Story {
    /// The story's own language: its `language`, or English.
    pub fn own_language(&self) -> Lang {
        self.language
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(Lang::En)
    }

    /// Calls `f` with every text a reader sees and its path in the file.
    pub fn each_text(&mut self, f: &mut dyn FnMut(String, &mut Text)) {
        f("title".into(), &mut self.title);
        f("summary".into(), &mut self.summary);
        for (i, line) in self.credits.iter_mut().enumerate() {
            f(format!("credits[{i}]"), line);
        }
        for (i, p) in self.places.iter_mut().enumerate() {
            f(format!("places[{i}].name"), &mut p.name);
            if let Some(note) = &mut p.note {
                f(format!("places[{i}].note"), note);
            }
        }
        for (i, source) in self.sources.iter_mut().enumerate() {
            f(format!("sources[{i}].publisher"), &mut source.publisher);
        }
        for (i, e) in self.events.iter_mut().enumerate() {
            f(format!("events[{i}].title"), &mut e.title);
            f(format!("events[{i}].text"), &mut e.text);
            if let Some(flight) = &mut e.flight {
                f(format!("events[{i}].flight.basis"), &mut flight.basis);
            }
            for (j, figure) in e.figures.iter_mut().enumerate() {
                if let Some(note) = &mut figure.note {
                    f(format!("events[{i}].figures[{j}].note"), note);
                }
            }
        }
    }

    /// Keeps each text only in `want`, or in the story's own language where it has no `want`.
    pub fn keep_language(&mut self, want: Lang) {
        let own = self.own_language();
        self.each_text(&mut |_, text| text.keep(want, own));
    }

    /// The place with id `id`, if the story has one.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    /// The source with id `id`, if the story has one.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }
}
