//! The on-demand module: a second wasm file that the page loads only when a reader asks for
//! what it does, so that the first view does not carry it. Today it works out "Check the
//! numbers", and it holds the scene benchmark (`tests/e2e/bench.mjs`), which the page itself need
//! not carry. Trunk builds it with no-modules glue (`data-type="worker"` in index.html), and
//! `assets/on-demand.js` loads it into the page when the reader opens the section.

use wasm_bindgen::prelude::wasm_bindgen;

fn main() {}

/// Works out the table of every number for the page's story and writes it, or what went wrong,
/// into `slot`.
#[wasm_bindgen]
pub async fn show_facts(slot: web_sys::Element) {
    let s = launchmap::strings::strings();
    let labels = [
        s.facts_event,
        s.facts_what,
        s.facts_value,
        s.facts_origin,
        s.facts_source,
        s.facts_inputs,
        s.facts_checked_by,
        s.facts_link,
        s.facts_download,
    ];
    launchmap::platform::render_facts(&slot, labels).await;
}

/// For the benchmark: computes the default story's scene `iterations` times and returns each
/// time in ms; and the one-off projection of the basemap, last. The core is the same code, built
/// the same way, as in the page's module.
#[wasm_bindgen]
pub async fn launchmap_bench_scene(iterations: u32) -> Result<Vec<f64>, wasm_bindgen::JsValue> {
    use launchmap::{basemap::BasemapAsset, map_scene, platform, story_check, BASEMAP_URL};
    let error = |e: &dyn std::fmt::Display| wasm_bindgen::JsValue::from_str(&e.to_string());
    let bytes = platform::fetch_bytes(BASEMAP_URL).await.map_err(|e| error(&e))?;
    let basemap = BasemapAsset::parse(BASEMAP_URL, &bytes)
        .map(|a| a.decode())
        .map_err(|e| error(&e))?;
    let checked = story_check::check_story("default", launchmap::DEFAULT_STORY_JSON.as_bytes())
        .map_err(|_| error(&"the default story does not check"))?;
    let mut times = Vec::with_capacity(iterations as usize + 1);
    for _ in 0..iterations {
        let start = platform::now_ms();
        std::hint::black_box(map_scene::story_scene(&checked, Some(&basemap), None, 300.0));
        times.push(platform::now_ms() - start);
    }
    let start = platform::now_ms();
    let projection = map_scene::projection_for(&checked.story);
    std::hint::black_box(map_scene::basemap_paths(&basemap, &projection));
    times.push(platform::now_ms() - start);
    Ok(times)
}
