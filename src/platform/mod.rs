//! The one module that knows where it runs: the page address, fetches, pointer and wheel input,
//! timers, canvas drawing and the embed height. It imports nothing of the crate. Every `web_sys` call and every
//! `cfg(target_arch = "wasm32")` of the library is here: `web.rs` in the browser, `native.rs`
//! natively, and `canvas.rs` (with its native stand-in) for charts.

/// The id of the element in which the page carries its default story (`launchmap prerender`
/// writes it; [`page_story`] reads it).
pub const STORY_ELEMENT_ID: &str = "launchmap-story";

/// A pointer event, reduced to what the map needs: which pointer, where (relative to the element
/// that listens), whether a finger, and when.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PointerInput {
    pub pointer_id: i32,
    pub x_px: f64,
    pub y_px: f64,
    pub is_touch: bool,
    pub time_ms: f64,
}

/// A wheel event in pixels, relative to the element that listens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WheelInput {
    pub delta_y_px: f64,
    pub x_px: f64,
    pub y_px: f64,
    /// Ctrl or Cmd held (and a trackpad pinch, which browsers report as a wheel with Ctrl).
    pub with_modifier: bool,
}

/// Why a file could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The server answered, but not with success (a 404, a 500).
    #[error("could not load {url}: HTTP {status} {status_text}")]
    Status {
        /// The address as asked for.
        url: String,
        /// The HTTP status code, e.g. 404.
        status: u16,
        /// The status's reason phrase as the server sent it, e.g. `Not Found`; may be empty.
        status_text: String,
    },
    /// No answer came: offline, blocked, no browser window, or the body could not be read.
    #[error("could not load {url}: {message}")]
    Network {
        /// The address as asked for.
        url: String,
        /// What the browser reported, as text.
        message: String,
    },
}

/// "Check the numbers" as the page shows it: the CSV to download, and its rows (without the
/// heading), each field as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactsTable {
    /// The whole table as CSV, heading included, for the download link.
    pub csv: String,
    /// The table's rows, heading left out, each a list of its fields.
    pub rows: Vec<Vec<String>>,
}

/// Why the on-demand module (`src/bin/on_demand.rs`) gave no table of numbers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OnDemandError {
    /// Reading the story or basemap, or working out the table, failed; holds the reason.
    #[error("the table of numbers could not be worked out: {0}")]
    Failed(String),
}

/// A plotters backend that draws on a canvas.
#[cfg(target_arch = "wasm32")]
mod canvas;
#[cfg(target_arch = "wasm32")]
pub use canvas::{CanvasBackend, CanvasError};
/// Natively: the canvas backend's stand-in, which draws nothing.
#[cfg(not(target_arch = "wasm32"))]
mod canvas_native;
#[cfg(not(target_arch = "wasm32"))]
pub use canvas_native::{CanvasBackend, CanvasError};

/// A text to write on a canvas, in CSS pixels, aligned on `x_px` as `align` says (`"center"`,
/// `"right"`, ...).
#[derive(Debug, Clone, PartialEq)]
pub struct TextAt {
    /// Where the text is anchored, across, in CSS pixels from the canvas's left.
    pub x_px: f64,
    /// Its baseline, in CSS pixels from the canvas's top.
    pub y_px: f64,
    /// The words, drawn as text.
    pub text: String,
    /// The canvas's `textAlign` for it.
    pub align: &'static str,
}

/// Natively: stand-ins, so that the core and its tests build and run without a browser.
#[cfg(not(target_arch = "wasm32"))]
mod native;
/// The browser side of every call (wasm32).
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(not(target_arch = "wasm32"))]
use native as web;

/// Fetches a file relative to the page.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    web::fetch_bytes(url).await
}

/// The basemap: the file `url`, or the one the on-demand module composes for the story file
/// `story`, which may be anywhere on Earth.
pub async fn basemap_bytes(url: &str, story: Option<&str>) -> Result<Vec<u8>, FetchError> {
    web::basemap_bytes(url, story).await
}

/// The page address's query parameters, decoded, in order.
pub fn query_pairs() -> Vec<(String, String)> {
    web::query_pairs()
}

/// Rewrites the page address's query in place, with no new history entry, so that the address
/// can be shared as the view it shows.
pub fn replace_query(pairs: &[(String, String)]) {
    web::replace_query(pairs);
}

/// Waits for a task of its own (a zero timeout): work after it runs once the browser has had the
/// chance to paint and to answer the reader, so that no single task grows long.
pub async fn next_task() {
    web::next_task().await;
}

pub use web::{
    browser_languages, capture_pointer, check_story_on_demand, copy_text, download, draw_on_canvas,
    fill_code_list, key, map_markup, mouse_position, name_by, now_ms, observe_attributes, observe_width,
    on_next_frame, page_context, page_language, page_story, pointer_input, prefers_reduced_motion,
    prevent_default, remove_prerendered, set_page_language, set_title, show_facts, svg_to_png,
    target_has_focus, wheel_input,
};
