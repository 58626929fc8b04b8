//! launchmap: one news story's facts on a geodesic map with a linked timeline, in the browser.
//!
//! The core (story model, checks, time, geodesy, projection, scene layout) is plain Rust, tested
//! natively. The Leptos components in `ui` read it through signals; `platform` is the one
//! module that touches the browser.
#![warn(missing_docs)]
#![recursion_limit = "256"]

// The layers, top to bottom (README, "How the code is laid out"; `tests/layers.rs` holds them):
// `cli`; `ui`; `export`; `share_link`; `view_state`; `map` and `chart`; `event`; `story`; `earth`; `text`.
// Each calls only those below it. `platform` is a leaf: anything may call it, and it calls
// nothing of the crate.

/// The charts beside the map: the trajectory profile and the timeline's axis.
mod chart;
/// The command line: `launchmap check` and `launchmap facts`.
mod cli;
/// Geometry on the WGS84 ellipsoid and the minimum-energy arc.
mod earth;
/// One event worked out for the reader: its card, computed facts, the flight estimate.
mod event;
/// What leaves the page: "Check the numbers" as a table and CSV.
mod export;
/// The map: basemap, marks, paths, rings, flights, labels, camera, gestures, and the scene.
mod map;
/// Every browser call: fetch, events, canvas, timers, the embed height.
mod platform;
/// Links that reopen a view, inside an article's frame as well.
mod share_link;
/// The story: its model, the check with located errors, and time.
mod story;
/// Fixtures every test shares: the default story and the committed basemap.
pub mod testing;
/// Interface strings, numbers as text, one sort.
mod text;
/// The Leptos components.
mod ui;
/// Everything a reader can change, read from the page address.
mod view_state;

// The surface: what the app (`main.rs`), the on-demand module (`bin/on_demand.rs`), the basemap
// generator (`tools/basemap`), the fuzz targets and the tests use. Everything else stays inside.

// The story, and its check.
pub use story::check::{check_story, missing_translations, story_warnings, CheckedStory};
pub use story::errors::{Problem, StoryError};
pub use story::local_time::{
    format_date, format_local, format_span, format_utc, parse_date, parse_instant, zone, FixedZone, TimeError,
};
pub use story::text::Text;
pub use story::trusted::read_checked;
pub use story::{CompassPoint, Figure, Qualifier, Quantity, Story, Unit};

// The Earth.
pub use earth::ballistics::{min_energy_apogee_m, standard_range, StandardRange, BURNOUT_ALTITUDE_M};
pub use earth::geodesy::{bearing_deg, destination, distance_m, LatLon};
pub use earth::nearest::nearest;
pub use earth::projection::{AzimuthalEquidistant, MapPoint};
pub use earth::range_ring::ring as range_ring;

// An event, worked out for the reader.
pub use event::entry::{event_entries, event_entry, when_local, when_short};
pub use event::facts::{launch_facts, standard_range_sentence};
pub use event::figure_text::figure_value_text;
pub use event::flight::{flight_estimates, impact_area, FlightEstimate};

// The map.
pub use map::basemap::file::{parse as parse_basemap, write as write_basemap, BasemapFileError};
pub use map::basemap::tiles::{
    compose_world, detail_tiles, story_detail_tiles, story_within, zone_detail_tiles, TileId, MAX_ZONE_TILES,
    TILE_DEG, WORLD_URL,
};
pub use map::basemap::zones::zone_url;
pub use map::basemap::{to_units, BasemapAsset, CountryAsset, EdgeKind, EdgeRun, RingAsset, UnitPoint};
pub use map::describe::{compass_word, describe_map, mark_name, ring_sentence, MapText, MarkRow};
pub use map::estimate_text::estimate_sentences;
pub use map::flights::sea_percent;
pub use map::gesture::wheel_zoom_factor;
pub use map::labels::layout_labels;
pub use map::scene::{
    basemap_paths, compact_path_data, flight_marks, place_marks, projection_for, static_basemap_paths,
    story_scene, EEZ_DISTANCE_M,
};
pub use map::view::{key_command, scale_bar, KeyCommand, MapView, ViewBox, ViewChange};
pub use story::zones::{story_zones, zone_countries, REGION_BBOX_DEG};

// The charts.
pub use chart::profile::{
    shown_from_text as profile_shown_from_text, shown_to_text as profile_shown_to_text, Profile, ProfileChart,
};
pub use chart::timeline::{
    key_target as timeline_key_target, label_rows as timeline_label_rows,
    label_width_px as timeline_label_width_px, layout as timeline_layout,
    step_target as timeline_step_target, LabelRow, TimelineLayout,
};

// What leaves the page.
pub use export::csv::{parse_csv, to_csv, unguard};
pub use export::facts_table::{fact_rows, facts_csv, FactsError};
pub use export::map_image::{escape_xml, map_image_svg, map_image_text, MapImageText, IMAGE_WIDTH_PX};
pub use export::profile_image::profile_svg;
pub use export::rows::{FactRow, Origin};
pub use export::social_card::{social_card_svg, social_meta_tags, CARD_SIZE_PX};
pub use export::text_numbers::numbers_in;

// Text.
pub use text::decimal::{fixed, parse_decimal, push_fixed};
pub use text::lang::{Lang, LANGS};
pub use text::number_text::{format_km, format_number};
pub use text::ordering::{ascending_order, sort_by_f64_key};
pub use text::strings::more::{Strings as MoreStrings, NAMES as more_strings_names};
pub use text::strings::{
    fill, join_as, language, more_strings, strings, use_language, use_more_language, Strings, EN,
    NAMES as strings_names,
};
pub use text::width::width_units;

// The page, and the browser under it.
pub use cli::run as run_cli;
pub use platform::{
    download, fetch_bytes, fill_code_list, map_markup, now_ms, page_language, page_story, query_pairs,
    show_facts, svg_to_png, CanvasError, FactsTable, FetchError, OnDemandError,
};
pub use share_link::{article_url, share_link, ARTICLE_VIEW_PARAM};
pub use ui::{
    default_story_url, load_language, load_more_language, mount_map_text, mount_profile, story_from_bytes,
    App, BasemapLoad, Root, StoryProblem,
};
#[cfg(not(target_arch = "wasm32"))]
pub use ui::{prerender_page, PrerenderError};
pub use view_state::{ring_from_input, ring_input_text, site_story_path, story_path, ViewState};

/// The default story, compiled in so that the explainer needs no fetch to start (`build.rs`
/// takes out the whitespace between its tokens).
pub const DEFAULT_STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default-story.json"));
/// The name the default story goes by in messages.
pub const DEFAULT_STORY_NAME: &str = "stories/nk-srbm-2024.json";
/// Where the basemap is fetched from, relative to the page.
pub const BASEMAP_URL: &str = "assets/basemap.bin";
