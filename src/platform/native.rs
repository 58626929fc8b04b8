//! Natively there is no browser: the command line runs instead, and the components compile
//! against these stand-ins, which the native tests never call. Each stands for the function of
//! the same name in `web.rs`, where its doc line is; those without one here say nothing more.

use super::{
    CanvasBackend, CanvasError, FactsTable, FetchError, OnDemandError, PointerInput, TextAt, WheelInput,
};

pub async fn basemap_bytes(url: &str, story: Option<&str>) -> Result<Vec<u8>, FetchError> {
    fetch_bytes(story.unwrap_or(url)).await
}
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    Err(FetchError::Network {
        url: url.to_owned(),
        message: "fetching needs a browser".to_owned(),
    })
}

pub fn query_pairs() -> Vec<(String, String)> {
    Vec::new()
}
pub fn replace_query(_: &[(String, String)]) {}
/// Natively there is no browser, so no reader's languages.
pub fn browser_languages() -> String {
    String::new()
}
/// Natively there is no page: its language is the story's, English.
pub fn page_language() -> String {
    "en".to_owned()
}
/// Natively there is no page to set the language of.
pub fn set_page_language(_: &str, _: &str) {}
pub fn set_title(_: &str) {}

// Natively there are no events; the UI compiles against these and never calls them.
pub fn pointer_input(_: &web_sys::PointerEvent) -> PointerInput {
    PointerInput {
        pointer_id: 0,
        x_px: 0.0,
        y_px: 0.0,
        is_touch: false,
        time_ms: 0.0,
    }
}
pub fn mouse_position(_: &web_sys::MouseEvent) -> (f64, f64) {
    (0.0, 0.0)
}
pub fn wheel_input(_: &web_sys::WheelEvent) -> WheelInput {
    WheelInput {
        delta_y_px: 0.0,
        x_px: 0.0,
        y_px: 0.0,
        with_modifier: false,
    }
}
pub fn capture_pointer(_: &web_sys::PointerEvent) {}
pub fn prevent_default(_: &web_sys::Event) {}
pub fn key(_: &web_sys::KeyboardEvent) -> String {
    String::new()
}
pub fn target_has_focus(_: &web_sys::Event) -> bool {
    false
}
/// Always 0 natively; in the browser, milliseconds from `performance.now()`.
pub fn now_ms() -> f64 {
    0.0
}
pub async fn next_task() {}
pub fn observe_width(_: &web_sys::Element, _: impl Fn(f64) + 'static) {}
pub fn observe_attributes(_: &web_sys::Element, _: impl Fn() + 'static) {}
pub fn name_by(_: &web_sys::Element, _: &str) {}
pub fn remove_prerendered() {}
/// Natively there is no page to write into.
pub fn fill_code_list(_: &web_sys::Element, _: &[String]) {}
/// Natively there is no on-demand module: the core checks stories itself.
pub async fn check_story_on_demand(_: &str, _: &str) -> Result<String, Result<usize, String>> {
    Err(Err("checking a story on demand needs a browser".to_owned()))
}
/// Natively there is no page, so no story in it.
pub fn page_story() -> Option<String> {
    None
}
/// Natively there is no page, so no map.
pub fn map_markup() -> Option<(String, [f64; 4])> {
    None
}
/// Natively there is no canvas to draw a PNG on.
pub async fn svg_to_png(_: &str, _: (f64, f64), _: f64) -> Result<String, CanvasError> {
    Err(CanvasError("drawing needs a browser".to_owned()))
}
/// Natively there is no browser to download to.
pub fn download(_: &str, _: &str) {}
pub fn page_context() -> (bool, String, String) {
    (false, String::new(), String::new())
}
pub fn copy_text(_: &str) -> bool {
    false
}
/// Natively does nothing: there is no page to write the table into.
pub fn show_facts(_: &web_sys::Element, _: &Result<FactsTable, OnDemandError>, _: [&str; 9]) {}
pub fn prefers_reduced_motion() -> bool {
    true
}
pub fn draw_on_canvas<E: std::fmt::Display>(
    _: &web_sys::HtmlCanvasElement,
    _: (u32, u32),
    _: impl FnOnce(CanvasBackend) -> Result<(), E>,
    _: &[TextAt],
) -> Result<(), CanvasError> {
    Err(CanvasError("drawing needs a browser".to_owned()))
}
pub fn on_next_frame(f: impl FnOnce() + 'static) {
    f();
}
