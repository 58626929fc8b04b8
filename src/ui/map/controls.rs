//! Beside the map: which launch, which layers, the reader's ring and what lies inside it, what
//! is estimated, and the legend.

use std::sync::Arc;

use leptos::prelude::*;

use crate::map::basemap::zones::zone_names;
use crate::map::describe::ring_sentence;
use crate::map::estimate_text::estimate_sentences;
use crate::map::scene::{in_range, FlightMark};
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::number_text::format_km;
use crate::text::strings::{fill, strings};
use crate::view_state::{ring_from_input, ring_input_text, Layers, ViewState, MAX_RING_KM, MIN_RING_KM};

/// Beside the map: the launch picker, layer switches, your ring, the estimate and the key.
#[component]
pub fn MapControls(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// Everything the reader can change: the page's one shared state.
    view: RwSignal<ViewState>,
    /// The launch the map and the profile show: the selected one, else the latest.
    focus: Memo<Option<usize>>,
    /// The estimated flights the map draws.
    flights: Memo<Arc<Vec<FlightMark>>>,
) -> impl IntoView {
    let s = strings();
    let ring_km = Memo::new(move |_| view.with(|v| v.ring_radius_km));
    // What the slider and the number box show: no thousands separator, which inputs refuse.
    // The inputs' limits are the URL's: one pair of constants.
    let (min_km, max_km) = (fixed(MIN_RING_KM, 0), fixed(MAX_RING_KM, 0));
    let ring_text = move || ring_input_text(ring_km.get());
    let set_ring = move |text: String| {
        if let Some(km) = ring_from_input(&text) {
            view.update(|v| v.ring_radius_km = km);
        }
    };
    let rows = {
        let story = story.clone();
        Memo::new(move |_| {
            focus
                .get()
                .map(|f| in_range(&story, f, ring_km.get()))
                .unwrap_or_default()
        })
    };
    let launch_site_name = {
        let story = story.clone();
        Memo::new(move |_| {
            focus
                .get()
                .and_then(|f| story.first_place(f).map(|p| p.name.as_str().to_owned()))
                .unwrap_or_default()
        })
    };

    let launches: Vec<(String, String)> = story
        .launch_indices_in_time_order()
        .map(|i| {
            (
                story.story.events[i].id.clone(),
                story.story.events[i].title.as_str().to_owned(),
            )
        })
        .collect();
    let story_for_picker = story.clone();
    let picker = launches
        .into_iter()
        .map(|(id, title)| {
            let story = story_for_picker.clone();
            let this = id.clone();
            let checked = move || {
                focus
                    .get()
                    .map(|f| story.story.events[f].id == this)
                    .unwrap_or(false)
            };
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name="launch"
                        prop:checked=checked
                        on:change=move |_| view.update(|v| v.selected_event = Some(id.clone()))
                    />
                    {title}
                </label>
            }
        })
        .collect_view();

    let toggle = move |label: &'static str,
                       class: &'static str,
                       get: fn(&Layers) -> bool,
                       set: fn(&mut Layers, bool)| {
        view! {
            <label class=class>
                <input
                    type="checkbox"
                    prop:checked=move || view.with(|v| get(&v.layers))
                    on:change=move |e| {
                        let on = event_target_checked(&e);
                        view.update(|v| set(&mut v.layers, on));
                    }
                />
                {label}
            </label>
        }
    };

    // The zones' line has a switch and a key only in a story that shows some (main.css).
    let zones = zone_names(&story.story);
    let section_class = if zones.is_empty() {
        "map-controls no-zones"
    } else {
        "map-controls"
    };

    let estimate = move || {
        let f = focus.get()?;
        let flights = flights.get();
        let mark = flights
            .iter()
            .find(|m| m.estimate.event_id == story.story.events[f].id)?;
        let sentences = estimate_sentences(&story, mark);
        Some(view! {
            <section class="estimate" aria-labelledby="estimate-title">
                <h3 id="estimate-title">{s.estimate_heading}</h3>
                {sentences.into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </section>
        })
    };

    view! {
        <section class=section_class aria-label=s.map_settings>
            <fieldset>
                <legend>{s.launch_heading}</legend>
                {picker}
            </fieldset>
            <fieldset>
                <legend>{s.ring_heading}</legend>
                <div class="ring-inputs">
                    <input
                        type="range"
                        min=min_km.clone()
                        max=max_km.clone()
                        step="5"
                        aria-label=s.ring_input_label
                        prop:value=ring_text
                        on:input=move |e| set_ring(event_target_value(&e))
                    />
                    <label class="ring-number">
                        <input
                            type="number"
                            min=min_km.clone()
                            max=max_km.clone()
                            step="any"
                            aria-label=s.ring_input_label
                            prop:value=ring_text
                            on:change=move |e| set_ring(event_target_value(&e))
                        />
                        " "
                        {s.unit_km}
                    </label>
                </div>
                <h3 class="in-range-title">
                    {move || launch_site_name.with(|site| fill(s.in_range_heading, &[site]))}
                </h3>
                <ol class="in-range">
                    {move || {
                        let rows = rows.get();
                        if rows.is_empty() {
                            view! { <li class="none">{s.in_range_none}</li> }.into_any()
                        } else {
                            rows.into_iter()
                                .map(|r| {
                                    view! {
                                        <li data-place=r.place_id>
                                            <span>{r.name}</span>
                                            " "
                                            <span class="km">{format_km(r.distance_m)}</span>
                                        </li>
                                    }
                                })
                                .collect_view()
                                .into_any()
                        }
                    }}
                </ol>
                // What changed, in one sentence: the list itself is not live, so that a screen
                // reader does not read it all out at every step of the slider.
                <p class="visually-hidden" role="status">
                    {move || {
                        launch_site_name.with(|site| ring_sentence(rows.with(Vec::len), ring_km.get(), site))
                    }}
                </p>
            </fieldset>
            <fieldset>
                <legend>{s.layers_heading}</legend>
                {toggle(s.layer_rings, "choice", |l| l.rings, |l, on| l.rings = on)}
                {toggle(s.layer_paths, "choice", |l| l.paths, |l, on| l.paths = on)}
                {toggle(s.layer_eez, "choice zones-only", |l| l.eez, |l, on| l.eez = on)}
                {toggle(s.layer_labels, "choice", |l| l.labels, |l, on| l.labels = on)}
            </fieldset>
            {move || estimate().into_any()}
            <ul class="legend">
                <li>
                    <span class="key key--launch" aria-hidden="true"></span>
                    {s.legend_launch_point}
                </li>
                <li>
                    <span class="key key--place" aria-hidden="true"></span>
                    {s.legend_place}
                </li>
                <li>
                    <span class="key key--ring" aria-hidden="true"></span>
                    {s.legend_reported_ring}
                </li>
                <li>
                    <span class="key key--claimed" aria-hidden="true"></span>
                    {s.quantity_claimed_range}
                </li>
                <li>
                    <span class="key key--custom" aria-hidden="true"></span>
                    {s.legend_custom_ring}
                </li>
                <li>
                    <span class="key key--path" aria-hidden="true"></span>
                    {s.legend_flight_path}
                </li>
                <li>
                    <span class="key key--impact" aria-hidden="true"></span>
                    {s.legend_impact_area}
                </li>
                <li class="zones-only">
                    <span class="key key--eez" aria-hidden="true"></span>
                    {fill(s.legend_eez, &[&zones])}
                </li>
                <li>
                    <span class="key key--coast" aria-hidden="true"></span>
                    {s.legend_coast_border}
                </li>
            </ul>
        </section>
    }
}
