//! launchmap: one news story's facts on a geodesic map with a linked timeline, in the browser.
//!
//! The core (story model, checks, time, geodesy, projection, scene layout) is plain Rust, tested
//! natively. The Leptos components in [`ui`] read it through signals; [`platform`] is the one
//! module that touches the browser.

pub mod ballistics;
pub mod basemap;
pub mod basemap_file;
pub mod cli;
pub mod decimal;
pub mod estimate_text;
pub mod event_entry;
pub mod event_facts;
pub mod facts_table;
pub mod figure_text;
pub mod flight_path;
pub mod geodesy;
pub mod label_layout;
pub mod local_time;
pub mod map_gesture;
pub mod map_scene;
pub mod map_view;
pub mod nearest;
pub mod ordering;
pub mod platform;
pub mod profile_chart;
pub mod projection;
pub mod range_ring;
pub mod story;
pub mod story_check;
pub mod strings;
pub mod timeline_layout;
pub mod ui;
pub mod view_state;

/// The default story, compiled in so that the explainer needs no fetch to start (`build.rs`
/// takes out the whitespace between its tokens).
pub const DEFAULT_STORY_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/default-story.json"));
/// The name the default story goes by in messages.
pub const DEFAULT_STORY_NAME: &str = "stories/nk-srbm-2024.json";
/// Where the basemap is fetched from, relative to the page.
pub const BASEMAP_URL: &str = "assets/basemap.bin";
