//! Everything a reader can change, in one plain struct, read from the page address and written
//! back to it as the reader moves (`ui/address.rs`), so that the address is a link to the view.
//!
//! `?event=launch-2024-05-30&ring=500&layers=rings,labels&view=38.5,131.0,1200` opens the page
//! on that event, with a 500 km ring, only those layers, centred at 38.5°N 131.0°E and 1,200 km
//! wide. A parameter that cannot be read is reported to the reader, never silently dropped.

use serde::{Deserialize, Serialize};

use crate::earth::geodesy::LatLon;
use crate::earth::projection::{AzimuthalEquidistant, MapPoint};
use crate::map::view::{MapView, MAX_WIDTH_KM, MIN_WIDTH_KM};
use crate::text::decimal::{fixed, parse_decimal, push_fixed};
use crate::text::lang::Lang;
use crate::text::number_text::{format_number, Num};
use crate::text::strings::{fill, more, Strings, EN};

/// The parameters of the address that make up a view: each is read by
/// [`ViewState::from_query_pairs`] and written by [`ViewState::to_query_pairs`].
pub const VIEW_PARAMS: [&str; 6] = ["event", "ring", "layers", "view", "compare", "theme"];

/// The smallest radius of the reader's ring, in km.
pub const MIN_RING_KM: f64 = 10.0;
/// The largest radius of the reader's ring, in km.
pub const MAX_RING_KM: f64 = 20_000.0;

/// The map's switchable layers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layers {
    pub rings: bool,
    pub paths: bool,
    pub eez: bool,
    pub labels: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Self {
            rings: true,
            paths: true,
            eez: true,
            labels: true,
        }
    }
}

/// Where the map looks, in terms that survive a change of projection.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MapCentre {
    pub lat_deg: f64,
    pub lon_deg: f64,
    pub width_km: f64,
}

/// Everything the reader can change; the default is the page's opening state.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ViewState {
    /// Id of the selected event.
    pub selected_event: Option<String>,
    /// `None`: the story's opening view.
    pub map: Option<MapCentre>,
    /// Which map layers are shown.
    pub layers: Layers,
    /// Radius of the range ring in km, from `MIN_RING_KM` to `MAX_RING_KM`; 300 unless changed.
    pub ring_radius_km: f64,
    /// Whether the profile compares every launch instead of showing the focused one.
    pub compare: bool,
    /// The colour theme the address forces (`?theme=`), for apps that force one; `None`
    /// follows the reader's system setting.
    pub theme: Option<Theme>,
    /// The address's parameters that are not the view's (`story`, a newsroom's tracking ones),
    /// in their order, kept as they were when the address is rewritten.
    pub other_params: Vec<(String, String)>,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selected_event: None,
            map: None,
            layers: Layers::default(),
            ring_radius_km: 300.0,
            compare: false,
            theme: None,
            other_params: Vec::new(),
        }
    }
}

/// A URL parameter that could not be used, and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(&more::EN))]
pub struct UrlParamError {
    /// The parameter's name, such as `ring`.
    pub name: String,
    /// Its value, as the address gave it.
    pub value: String,
    /// What is wrong with the value.
    pub problem: UrlProblem,
}

/// A colour theme the address can force.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Dark text on light paper.
    Light,
    /// Light text on dark paper.
    Dark,
}

impl Theme {
    /// The theme as the address and the page's `data-theme` write it.
    pub fn name(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What can be wrong with the value of a URL parameter.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{}", self.message(&more::EN))]
pub enum UrlProblem {
    /// `event=` with no id.
    EmptyEvent,
    /// `ring=` with something that is not a number.
    NotKilometres,
    /// `ring=` outside the slider's range.
    RingOutOfRange {
        /// The smallest radius, in km.
        min_km: Num,
        /// The largest radius, in km.
        max_km: Num,
    },
    /// `compare=` with something other than 1 or 0.
    NotOneOrZero,
    /// `theme=` with something other than light or dark.
    UnknownTheme,
    /// `lang=` naming a language the page does not have.
    UnknownLanguage,
    /// `layers=` naming a layer there is not.
    UnknownLayer(String),
    /// `view=` not in the form latitude,longitude,width.
    CentreForm,
    /// `view=` with a latitude or longitude off the globe.
    CentreOffTheGlobe,
    /// `view=` with a width the map cannot zoom to.
    WidthOutOfRange {
        /// The narrowest view, in km.
        min_km: Num,
        /// The widest view, in km.
        max_km: Num,
    },
}

impl UrlParamError {
    /// What is wrong, in the words of `s`: the name, the value as the address gave it, and why.
    /// (The words are the on-demand module's, which lists them; the page shows only a heading.)
    ///
    /// ```
    /// use launchmap::{more_strings, ViewState};
    /// let (_, errors) = ViewState::from_query_pairs(&[("ring".into(), "far".into())]);
    /// assert_eq!(errors[0].message(more_strings()), "URL parameter ring=far: not a number of kilometres, such as 300");
    /// ```
    pub fn message(&self, s: &more::Strings) -> String {
        fill(s.url_param, &[&self.name, &self.value, &self.problem.message(s)])
    }
}

impl UrlProblem {
    /// Why a value could not be used, in the words of `s`.
    ///
    /// ```
    /// use launchmap::{more_strings, ViewState};
    /// let (_, errors) = ViewState::from_query_pairs(&[("layers".into(), "roads".into())]);
    /// let why = errors[0].problem.message(more_strings());
    /// assert_eq!(why, "unknown layer \"roads\"; use rings, paths, eez, labels or none");
    /// ```
    pub fn message(&self, s: &more::Strings) -> String {
        match self {
            UrlProblem::EmptyEvent => s.url_empty_event.to_owned(),
            UrlProblem::NotKilometres => s.url_not_km.to_owned(),
            UrlProblem::RingOutOfRange { min_km, max_km } => {
                fill(s.url_ring_range, &[&min_km.to_string(), &max_km.to_string()])
            }
            UrlProblem::NotOneOrZero => s.url_one_or_zero.to_owned(),
            UrlProblem::UnknownTheme => s.url_theme.to_owned(),
            UrlProblem::UnknownLanguage => s.url_lang.to_owned(),
            UrlProblem::UnknownLayer(name) => fill(s.url_layer, &[name]),
            UrlProblem::CentreForm => s.url_view_form.to_owned(),
            UrlProblem::CentreOffTheGlobe => s.url_view_off_globe.to_owned(),
            UrlProblem::WidthOutOfRange { min_km, max_km } => {
                fill(s.url_width_range, &[&min_km.to_string(), &max_km.to_string()])
            }
        }
    }
}

fn param_error(name: &str, value: &str, problem: UrlProblem) -> UrlParamError {
    UrlParamError {
        name: name.to_owned(),
        value: value.to_owned(),
        problem,
    }
}

impl ViewState {
    /// Reads the view from decoded query pairs; unknown names are left to others (a newsroom's
    /// tracking parameters, `story`).
    ///
    /// ```
    /// use launchmap::ViewState;
    /// let pairs = [("ring".to_owned(), "250".to_owned()), ("ring".to_owned(), "x".to_owned())];
    /// let (view, errors) = ViewState::from_query_pairs(&pairs[..1]);
    /// assert_eq!((view.ring_radius_km, errors.len()), (250.0, 0));
    /// let (_, errors) = ViewState::from_query_pairs(&pairs[1..]);
    /// assert_eq!(errors[0].to_string(), "URL parameter ring=x: not a number of kilometres, such as 300");
    /// ```
    pub fn from_query_pairs(pairs: &[(String, String)]) -> (Self, Vec<UrlParamError>) {
        let mut view = Self::default();
        let mut errors = Vec::new();
        for (name, value) in pairs {
            match name.as_str() {
                "event" if value.is_empty() => errors.push(param_error(name, value, UrlProblem::EmptyEvent)),
                "event" => view.selected_event = Some(value.clone()),
                "ring" => match parse_decimal(value) {
                    Some(km) if (MIN_RING_KM..=MAX_RING_KM).contains(&km) => view.ring_radius_km = km,
                    Some(_) => errors.push(param_error(
                        name,
                        value,
                        UrlProblem::RingOutOfRange {
                            min_km: Num(MIN_RING_KM),
                            max_km: Num(MAX_RING_KM),
                        },
                    )),
                    None => errors.push(param_error(name, value, UrlProblem::NotKilometres)),
                },
                "layers" => match parse_layers(value) {
                    Ok(layers) => view.layers = layers,
                    Err(problem) => errors.push(param_error(name, value, problem)),
                },
                "compare" => match value.as_str() {
                    "1" => view.compare = true,
                    "0" => view.compare = false,
                    _ => errors.push(param_error(name, value, UrlProblem::NotOneOrZero)),
                },
                "theme" => match value.as_str() {
                    "light" => view.theme = Some(Theme::Light),
                    "dark" => view.theme = Some(Theme::Dark),
                    _ => errors.push(param_error(name, value, UrlProblem::UnknownTheme)),
                },
                // Kept with the address's other parameters, so that links to the view keep it.
                "lang" if Lang::from_tag(value).is_none() => {
                    errors.push(param_error(name, value, UrlProblem::UnknownLanguage))
                }
                "view" => match parse_centre(value) {
                    Ok(centre) => view.map = Some(centre),
                    Err(problem) => errors.push(param_error(name, value, problem)),
                },
                _ => view.other_params.push((name.clone(), value.clone())),
            }
        }
        (view, errors)
    }

    /// The query pairs that reproduce this view; defaults are left out.
    pub fn to_query_pairs(&self) -> Vec<(String, String)> {
        let default = Self::default();
        let mut pairs = Vec::new();
        let mut add = |name: &str, value: String| pairs.push((name.to_owned(), value));
        if let Some(id) = &self.selected_event {
            add("event", id.clone());
        }
        if self.ring_radius_km != default.ring_radius_km {
            // Tenths of a km at most, as the ring's number box takes them; "800", not "800.0".
            let tenths = fixed(self.ring_radius_km, 1);
            add("ring", tenths.strip_suffix(".0").unwrap_or(&tenths).to_owned());
        }
        if self.layers != default.layers {
            let l = self.layers;
            let mut on = String::new();
            for (shown, name) in [
                (l.rings, "rings"),
                (l.paths, "paths"),
                (l.eez, "eez"),
                (l.labels, "labels"),
            ] {
                if shown {
                    if !on.is_empty() {
                        on.push(',');
                    }
                    on.push_str(name);
                }
            }
            add("layers", if on.is_empty() { "none".to_owned() } else { on });
        }
        if let Some(c) = self.map {
            let mut value = fixed(c.lat_deg, 4);
            for (number, decimals) in [(c.lon_deg, 4), (c.width_km, 0)] {
                value.push(',');
                push_fixed(&mut value, number, decimals);
            }
            add("view", value);
        }
        if self.compare {
            add("compare", "1".to_owned());
        }
        if let Some(theme) = self.theme {
            add("theme", theme.name().to_owned());
        }
        pairs
    }

    /// The address's `?lang=`, if it names a language the page has; it stays with the address's
    /// other parameters, so that links to the view keep it.
    ///
    /// ```
    /// use launchmap::{Lang, ViewState};
    /// let (view, errors) = ViewState::from_query_pairs(&[("lang".into(), "ko".into()), ("ring".into(), "500".into())]);
    /// assert_eq!((view.language(), errors.len()), (Some(Lang::Ko), 0));
    /// assert_eq!(view.address_query(), [("lang".into(), "ko".into()), ("ring".into(), "500".into())]);
    /// let (view, errors) = ViewState::from_query_pairs(&[("lang".into(), "fr".into())]);
    /// assert_eq!(view.language(), None);
    /// assert_eq!(errors[0].to_string(), "URL parameter lang=fr: write en, ko or ja");
    /// ```
    pub fn language(&self) -> Option<Lang> {
        self.other_params
            .iter()
            .find(|(name, _)| name == "lang")
            .and_then(|(_, code)| Lang::from_tag(code))
    }

    /// The page address's query for this view: the address's other parameters as they were, in
    /// their order, then this view's.
    ///
    /// ```
    /// use launchmap::ViewState;
    /// let address = [("story", "s.json"), ("ring", "250"), ("utm_source", "x")]
    ///     .map(|(k, v)| (k.to_owned(), v.to_owned()));
    /// let (mut view, _) = ViewState::from_query_pairs(&address);
    /// view.selected_event = Some("e1".into());
    /// let query: Vec<String> = view.address_query().iter().map(|(k, v)| format!("{k}={v}")).collect();
    /// assert_eq!(query, ["story=s.json", "utm_source=x", "event=e1", "ring=250"]);
    /// ```
    pub fn address_query(&self) -> Vec<(String, String)> {
        let mut pairs = self.other_params.clone();
        pairs.append(&mut self.to_query_pairs());
        pairs
    }
}

impl MapCentre {
    /// Where `view` looks, in the terms of the address.
    pub fn of_view(view: MapView, projection: &AzimuthalEquidistant) -> Self {
        let at = projection.inverse(MapPoint {
            x_m: view.centre_x_km * 1000.0,
            y_m: view.centre_y_km * 1000.0,
        });
        Self {
            lat_deg: at.lat_deg,
            lon_deg: at.lon_deg,
            width_km: view.width_km,
        }
    }

    /// The view that looks here, in `projection`.
    pub fn to_view(self, projection: &AzimuthalEquidistant) -> MapView {
        let p = projection.forward(LatLon::new(self.lat_deg, self.lon_deg));
        MapView {
            centre_x_km: p.x_m / 1000.0,
            centre_y_km: p.y_m / 1000.0,
            width_km: self.width_km,
        }
    }
}

fn parse_layers(value: &str) -> Result<Layers, UrlProblem> {
    let mut layers = Layers {
        rings: false,
        paths: false,
        eez: false,
        labels: false,
    };
    if value == "none" {
        return Ok(layers);
    }
    for name in value.split(',') {
        match name.trim() {
            "rings" => layers.rings = true,
            "paths" => layers.paths = true,
            "eez" => layers.eez = true,
            "labels" => layers.labels = true,
            other => return Err(UrlProblem::UnknownLayer(other.to_owned())),
        }
    }
    Ok(layers)
}

fn parse_centre(value: &str) -> Result<MapCentre, UrlProblem> {
    let parts: Vec<Option<f64>> = value.split(',').map(parse_decimal).collect();
    let [Some(lat_deg), Some(lon_deg), Some(width_km)] = parts[..] else {
        return Err(UrlProblem::CentreForm);
    };
    if !(-90.0..=90.0).contains(&lat_deg) || !(-180.0..=180.0).contains(&lon_deg) {
        return Err(UrlProblem::CentreOffTheGlobe);
    }
    if !(MIN_WIDTH_KM..=MAX_WIDTH_KM).contains(&width_km) {
        return Err(UrlProblem::WidthOutOfRange {
            min_km: Num(MIN_WIDTH_KM),
            max_km: Num(MAX_WIDTH_KM),
        });
    }
    Ok(MapCentre {
        lat_deg,
        lon_deg,
        width_km,
    })
}

/// The ring's radius as its number box and slider show it: tenths of a km at most, and no
/// thousands separator, which inputs refuse.
///
/// ```
/// assert_eq!(launchmap::ring_input_text(1298.64), "1298.6");
/// assert_eq!(launchmap::ring_input_text(300.0), "300");
/// ```
pub fn ring_input_text(radius_km: f64) -> String {
    format_number(radius_km, 1).replace(',', "")
}

/// The radius a reader typed or slid to, in km, held within the ring's limits; `None` for text
/// that is not a number (the ring then stays as it was).
///
/// ```
/// assert_eq!(launchmap::ring_from_input("1,200"), Some(1200.0));
/// assert_eq!(launchmap::ring_from_input("25000"), Some(20000.0));
/// assert_eq!(launchmap::ring_from_input("5"), Some(10.0));
/// assert_eq!(launchmap::ring_from_input("far"), None);
/// ```
pub fn ring_from_input(text: &str) -> Option<f64> {
    parse_decimal(&text.replace(',', "")).map(|km| km.clamp(MIN_RING_KM, MAX_RING_KM))
}

/// The `?story=` parameter: the path of the story file to show, or `None` for the default.
///
/// ```
/// let pairs = vec![("story".to_owned(), "stories/a.json".to_owned())];
/// assert_eq!(launchmap::story_path(&pairs).as_deref(), Some("stories/a.json"));
/// ```
pub fn story_path(pairs: &[(String, String)]) -> Option<String> {
    pairs
        .iter()
        .find(|(name, _)| name == "story")
        .map(|(_, value)| value.clone())
}

/// A `?story=` path that is not a file of this site.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(&EN))]
/// A `?story=` that is not the path of a file on this site.
pub struct StoryPathError {
    pub path: String,
}

impl StoryPathError {
    /// What is wrong, in the words of `s`.
    ///
    /// ```
    /// use launchmap::{site_story_path, strings};
    /// let error = site_story_path("https://example.com/x.json").unwrap_err();
    /// assert!(error.message(strings()).starts_with("URL parameter story=https://example.com/x.json: "));
    /// ```
    pub fn message(&self, s: &Strings) -> String {
        fill(s.url_story_path, &[&self.path])
    }
}

/// `path` if it names a file of this site; a story from elsewhere could not be vouched for, so
/// an address of another host, a protocol-relative one, a backslash or nothing is refused.
///
/// ```
/// use launchmap::site_story_path;
/// assert_eq!(site_story_path("stories/a.json"), Ok("stories/a.json"));
/// assert!(site_story_path("https://elsewhere.example/a.json").is_err());
/// ```
pub fn site_story_path(path: &str) -> Result<&str, StoryPathError> {
    if path.is_empty() || path.contains("://") || path.starts_with("//") || path.contains('\\') {
        return Err(StoryPathError {
            path: path.to_owned(),
        });
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_of_this_site_are_story_paths() {
        for ok in ["stories/a.json", "a.json", "../b/c.json", "stories/a.json?x=1"] {
            assert_eq!(site_story_path(ok), Ok(ok));
        }
        for refused in [
            "",
            "https://x.example/a.json",
            "//x.example/a.json",
            "javascript://x",
            "a\\b.json",
        ] {
            assert_eq!(
                site_story_path(refused).unwrap_err().to_string(),
                format!("URL parameter story={refused}: give the path of a story file on this site, such as stories/my-story.json")
            );
        }
    }

    fn pairs(query: &[(&str, &str)]) -> Vec<(String, String)> {
        query
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn full_view_round_trips_through_the_query() {
        let view = ViewState {
            selected_event: Some("launch-2024-05-30".into()),
            map: Some(MapCentre {
                lat_deg: 38.5,
                lon_deg: 131.0,
                width_km: 1200.0,
            }),
            layers: Layers {
                rings: true,
                paths: false,
                eez: false,
                labels: true,
            },
            ring_radius_km: 1298.6,
            compare: true,
            theme: Some(Theme::Dark),
            other_params: pairs(&[("story", "stories/a.json")]),
        };
        let names: Vec<String> = view.to_query_pairs().into_iter().map(|(name, _)| name).collect();
        assert_eq!(names, VIEW_PARAMS, "every view parameter, in this order");
        let (back, errors) = ViewState::from_query_pairs(&view.address_query());
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(back, view);
    }

    #[test]
    fn default_view_writes_no_parameters() {
        assert!(ViewState::default().to_query_pairs().is_empty());
    }

    #[test]
    fn broken_parameters_are_each_reported_and_the_rest_still_apply() {
        let (view, errors) = ViewState::from_query_pairs(&pairs(&[
            ("ring", "25000"),
            ("layers", "rings,roads"),
            ("view", "38.5,131"),
            ("compare", "yes"),
            ("theme", "blue"),
            ("event", "launch-2024-03-18"),
            ("utm_source", "newsletter"),
        ]));
        assert_eq!(view.selected_event.as_deref(), Some("launch-2024-03-18"));
        assert_eq!(view.ring_radius_km, 300.0);
        let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 5, "{messages:?}");
        assert!(messages[0].contains("ring=25000: the ring radius must be from 10 to 20,000 km"));
        assert!(messages[1].contains("unknown layer \"roads\""));
        assert!(messages[2].contains("view=38.5,131: write it as latitude,longitude,width"));
        assert!(messages[3].contains("compare=yes: write 1 to compare every launch, or 0"));
        assert!(messages[4].contains("theme=blue: write light or dark"));
    }

    #[test]
    fn the_address_keeps_other_parameters_and_replaces_the_view() {
        let current = pairs(&[
            ("event", "old"),
            ("story", "stories/a.json"),
            ("view", "1,2,300"),
            ("utm_source", "newsletter"),
        ]);
        let (mut view, errors) = ViewState::from_query_pairs(&current);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(
            view.address_query(),
            pairs(&[
                ("story", "stories/a.json"),
                ("utm_source", "newsletter"),
                ("event", "old"),
                ("view", "1.0000,2.0000,300"),
            ]),
            "a fresh load writes the view back as it read it"
        );
        (view.selected_event, view.map) = (None, None);
        (view.ring_radius_km, view.compare) = (500.0, true);
        assert_eq!(
            view.address_query(),
            pairs(&[
                ("story", "stories/a.json"),
                ("utm_source", "newsletter"),
                ("ring", "500"),
                ("compare", "1"),
            ])
        );
    }

    #[test]
    fn a_map_centre_comes_back_to_the_same_view() {
        let projection = AzimuthalEquidistant::new(LatLon::new(39.2002, 125.6733));
        let view = MapView {
            centre_x_km: 420.0,
            centre_y_km: -135.5,
            width_km: 1_250.0,
        };
        let centre = MapCentre::of_view(view, &projection);
        // East and a little south of Sunan: over the Sea of Japan.
        assert!(
            centre.lon_deg > 125.6733 && centre.lat_deg < 39.2002,
            "{centre:?}"
        );
        let back = centre.to_view(&projection);
        approx::assert_abs_diff_eq!(back.centre_x_km, view.centre_x_km, epsilon = 1e-6);
        approx::assert_abs_diff_eq!(back.centre_y_km, view.centre_y_km, epsilon = 1e-6);
        approx::assert_abs_diff_eq!(back.width_km, view.width_km);
    }

    #[test]
    fn layers_none_turns_everything_off() {
        let (view, _) = ViewState::from_query_pairs(&pairs(&[("layers", "none")]));
        assert_eq!(
            view.layers,
            Layers {
                rings: false,
                paths: false,
                eez: false,
                labels: false
            }
        );
    }
}
