//! "Check the numbers": every number on the page with where it comes from, closed until the
//! reader opens it. Opening it loads the on-demand module (`assets/on-demand.js` loads
//! `src/bin/on_demand.rs`), which works the table out and writes it into the slot below, with
//! the same table as a CSV download. The first view carries none of that.

use leptos::prelude::*;

use crate::text::strings::strings;

/// "Check the numbers", closed: opened, it shows every number on the page and its origin.
#[component]
pub fn FactsPanel() -> impl IntoView {
    let s = strings();
    view! {
        <details class="facts">
            <summary>
                <h2>{s.facts_heading}</h2>
            </summary>
            <p>{s.facts_help}</p>
            <div class="facts-scroll">
                <p role="status">{s.facts_loading}</p>
            </div>
        </details>
    }
}
