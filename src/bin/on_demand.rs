//! The on-demand module: a second wasm file that the page loads only when a reader asks for
//! what it does, so that the first view does not carry it. Today it works out "Check the
//! numbers". Trunk builds it with no-modules glue (`data-type="worker"` in index.html), and
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
