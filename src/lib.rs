//! launchmap: one news story's facts on a geodesic map with a linked timeline, in the browser.
//!
//! The core (story model, checks, time, geodesy, projection, scene layout) is plain Rust, tested
//! natively. The Leptos components in [`ui`] read it through signals; [`platform`] is the one
//! module that touches the browser.

// The layers, top to bottom (README, "How the code is laid out"): `ui` and `cli` call the
// derived views (`map`, `chart`, `event`, `export`), which call `story` and `earth`, which call
// `text`. `platform` is a leaf: anything may call it, and it calls nothing of the crate.

/// The charts beside the map: the trajectory profile and the timeline's axis.
pub mod chart;
/// The command line: `launchmap check` and `launchmap facts`.
pub mod cli;
/// Geometry on the WGS84 ellipsoid and the minimum-energy arc.
pub mod earth;
/// One event worked out for the reader: its card, computed facts, the flight estimate.
pub mod event;
/// What leaves the page: "Check the numbers" as a table and CSV.
pub mod export;
/// The map: basemap, marks, paths, rings, flights, labels, camera, gestures, and the scene.
pub mod map;
/// Every browser call: fetch, events, canvas, timers, the embed height.
pub mod platform;
/// The story: its model, the check with located errors, and time.
pub mod story;
/// Fixtures every test shares: the default story and the committed basemap.
pub mod testing;
/// Interface strings, numbers as text, one sort.
pub mod text;
/// The Leptos components.
pub mod ui;
/// Everything a reader can change, read from the page address.
pub mod view_state;

/// The default story, compiled in so that the explainer needs no fetch to start (`build.rs`
/// takes out the whitespace between its tokens).
pub const DEFAULT_STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default-story.json"));
/// The name the default story goes by in messages.
pub const DEFAULT_STORY_NAME: &str = "stories/nk-srbm-2024.json";
/// Where the basemap is fetched from, relative to the page.
pub const BASEMAP_URL: &str = "assets/basemap.bin";
