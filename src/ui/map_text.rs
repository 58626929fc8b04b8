//! "The map in words": the map's description and every mark as a table, for readers who cannot
//! see the map or would rather read it. The page has an empty section
//! whose `data-map` says what the map shows; the on-demand module fills it
//! (`mount_map_text`) when the reader comes near, as it does the profile, and follows the slot
//! as the reader changes launch or ring. The words come from the core (`map/describe.rs`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::map::describe::describe_map;
use crate::platform;
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::number_text::format_km;
use crate::text::strings::{more_strings, strings};

/// The empty section the on-demand module fills, heading and all. Its one attribute,
/// `data-map`, is the launch shown and the ring in km: one attribute, not two, because each
/// reactive attribute costs the page's module about half a kilobyte.
#[component]
pub fn MapTextSlot(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The launch the map shows.
    focus: Memo<Option<usize>>,
    /// The reader's ring, in km.
    ring_km: Memo<f64>,
) -> impl IntoView {
    let shown = move || {
        let event = focus.get().map_or("", |f| story.story.events[f].id.as_str());
        format!("{} {}", fixed(ring_km.get(), 3), event)
    };
    view! { <section class="map-text" data-map=shown></section> }
}

/// Writes the map in words into `slot` (the page's `.map-text` section) and keeps it following the
/// slot's `data-map`. Called by the on-demand module.
pub fn mount_map_text(slot: leptos::web_sys::HtmlElement, story: Arc<CheckedStory>) {
    let read = {
        let (slot, story) = (slot.clone(), story.clone());
        move || {
            let shown = slot.get_attribute("data-map").unwrap_or_default();
            let (ring, id) = shown.split_once(' ').unwrap_or(("", ""));
            (story.event_index(id), ring.parse::<f64>().unwrap_or(0.0))
        }
    };
    let shown = RwSignal::new(read());
    platform::observe_attributes(&slot, move || shown.set(read()));
    // Named by its heading once it has one, so that it is a region a screen reader can jump to;
    // empty, it has no name to point at.
    platform::name_by(&slot, "map-text-title");
    let handle = leptos::mount::mount_to(slot, move || {
        view! { <MapTextView story=story.clone() shown=shown.into() /> }
    });
    // The section stays as long as the page.
    handle.forget();
}

/// The description, then the table (folded: it is long, and the description says what is in it).
#[component]
fn MapTextView(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The launch the map shows, and the reader's ring in km.
    shown: Signal<(Option<usize>, f64)>,
) -> impl IntoView {
    let s = strings();
    let text = Memo::new(move |_| {
        let (launch, ring_km) = shown.get();
        describe_map(&story, launch, ring_km)
    });
    let sentences = move || {
        text.with(|t| {
            t.sentences
                .iter()
                .map(|line| view! { <p>{line.clone()}</p> })
                .collect_view()
        })
    };
    let rows = move || {
        text.with(|t| {
            t.rows
                .iter()
                .map(|r| {
                    view! {
                        <tr data-place=r.place_id.clone()>
                            <th scope="row">{r.name.clone()}</th>
                            <td class="num">{format_km(r.distance_m)}</td>
                            <td>{r.direction.unwrap_or("—")}</td>
                            <td>{if r.inside_ring { more_strings().yes } else { more_strings().no }}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h3 id="map-text-title">{more_strings().map_text_heading}</h3>
        <div class="map-description">{sentences}</div>
        <details class="map-table">
            <summary>{more_strings().map_text_table}</summary>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{more_strings().table_place}</th>
                            <th scope="col">{more_strings().table_distance}</th>
                            <th scope="col">{more_strings().table_direction}</th>
                            <th scope="col">{s.legend_custom_ring}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </details>
    }
}
