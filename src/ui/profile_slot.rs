//! The trajectory section as the page first has it: its heading, the compare switch, and a slot
//! for the profile. The profile itself (plotters, the arcs, the comparison table: about 15 KB
//! gzip) is not in the page's module: `assets/on-demand.js` loads the on-demand module when the
//! reader comes near the slot, and it mounts [`super::trajectory::Trajectory`] there with
//! [`mount_profile`]. The slot's `data-shown` and `data-compare` say what to draw; the profile
//! follows them as the reader selects and compares.

use std::sync::Arc;

use leptos::prelude::*;

use super::trajectory::Trajectory;
use crate::chart::profile::{shown_from_text, shown_to_text};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::text::strings::strings;
use crate::view_state::ViewState;

/// The section's heading, the compare switch and the empty slot the profile is drawn into.
#[component]
pub fn ProfileSlot(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The launch the map and the profile show: the selected one, else the latest.
    focus: Memo<Option<usize>>,
    /// Everything the reader can change: the page's one shared state, where "compare" is kept.
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let s = strings();
    let compare = Memo::new(move |_| view.with(|v| v.compare));
    let launches: Vec<usize> = story.launch_indices_in_time_order().collect();
    let shown = move || {
        let list: Vec<usize> = if compare.get() {
            launches.clone()
        } else {
            focus.get().into_iter().collect()
        };
        shown_to_text(&list)
    };
    view! {
        <section class="trajectory" aria-labelledby="trajectory-title">
            <div class="trajectory-head">
                <h2 id="trajectory-title">{s.trajectory_heading}</h2>
                <label class="choice">
                    <input
                        type="checkbox"
                        prop:checked=move || compare.get()
                        on:change=move |e| view.update(|v| v.compare = event_target_checked(&e))
                    />
                    {s.trajectory_compare}
                </label>
            </div>
            <div
                class="profile-slot"
                data-shown=shown
                data-compare=move || if compare.get() { "1" } else { "0" }
            ></div>
        </section>
    }
}

/// Draws the profile into `slot` (a `.profile-slot` of the page) and keeps it following the
/// slot's `data-shown` and `data-compare`. Called by the on-demand module.
pub fn mount_profile(slot: leptos::web_sys::HtmlElement, story: Arc<CheckedStory>) {
    let read = {
        let (slot, story) = (slot.clone(), story.clone());
        move || {
            let shown = slot.get_attribute("data-shown").unwrap_or_default();
            let compare = slot.get_attribute("data-compare").as_deref() == Some("1");
            (shown_from_text(&shown, story.story.events.len()), compare)
        }
    };
    let (shown_now, compare_now) = read();
    let shown = RwSignal::new(shown_now);
    let compare = RwSignal::new(compare_now);
    platform::observe_attributes(&slot, move || {
        let (s, c) = read();
        shown.set(s);
        compare.set(c);
    });
    let handle = leptos::mount::mount_to(slot, move || {
        view! { <Trajectory story=story.clone() shown=shown.into() compare=compare.into() /> }
    });
    // The profile stays as long as the page.
    handle.forget();
}
