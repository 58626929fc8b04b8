//! The interactive map: basemap, rings, estimated flights, places and labels in one SVG whose
//! viewBox is the camera. Input changes a target view; the screen follows once per frame.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::basemap_load::BasemapLoad;
use super::map_layers;
use crate::earth::geodesy::LatLon;
use crate::map::gesture::{wheel_zoom_factor, Gestures, PointerAt, DOUBLE_TAP_ZOOM};
use crate::map::scene::{
    basemap_paths, custom_ring, launch_extents, opening_view, place_marks, projection_for, reported_rings,
    FlightMark,
};
use crate::map::view::{
    key_command, scale_bar, KeyCommand, MapView, ViewChange, ASPECT, BUTTON_ZOOM, NOMINAL_WIDTH_PX,
};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::figure_text::format_km;
use crate::text::strings::strings;
use crate::view_state::ViewState;

/// When the map moves to a selected event, it zooms to between these widths.
const SELECTED_MIN_WIDTH_KM: f64 = 900.0;
const SELECTED_MAX_WIDTH_KM: f64 = 2_000.0;

fn pointer_at(input: &platform::PointerInput) -> PointerAt {
    PointerAt {
        id: input.pointer_id,
        x_px: input.x_px,
        y_px: input.y_px,
    }
}

#[component]
pub fn MapPanel(
    story: Arc<CheckedStory>,
    basemap: Signal<BasemapLoad>,
    view: RwSignal<ViewState>,
    focus: Memo<Option<usize>>,
    flights: Memo<Arc<Vec<FlightMark>>>,
) -> impl IntoView {
    let s = strings();
    let projection = Arc::new(projection_for(&story.story));
    let marks = Arc::new(place_marks(&story.story, &projection));
    let opening = opening_view(&marks, &launch_extents(&story, &projection));
    let initial = match view.with_untracked(|v| v.map) {
        Some(c) => {
            let p = projection.forward(LatLon::new(c.lat_deg, c.lon_deg));
            MapView {
                centre_x_km: p.x_m / 1000.0,
                centre_y_km: p.y_m / 1000.0,
                width_km: c.width_km,
            }
        }
        None => opening,
    };

    // The camera: what is drawn, and where input has asked it to go by the next frame.
    let map_view = RwSignal::new(initial);
    let target = StoredValue::new(initial);
    let frame_requested = StoredValue::new(false);
    let gestures = StoredValue::new(Gestures::default());
    let width_px = RwSignal::new(NOMINAL_WIDTH_PX);
    let show_wheel_hint = RwSignal::new(false);
    let km_per_px = Memo::new(move |_| map_view.get().km_per_px(width_px.get()));
    let layers = Memo::new(move |_| view.with(|v| v.layers));
    // Its own memo, so that switching another layer leaves the EEZ line alone.
    let eez_on = Memo::new(move |_| layers.get().eez);
    let ring_km = Memo::new(move |_| view.with(|v| v.ring_radius_km));

    let schedule_frame = move || {
        if !frame_requested.get_value() {
            frame_requested.set_value(true);
            platform::on_next_frame(move || {
                frame_requested.set_value(false);
                map_view.set(target.get_value());
            });
        }
    };
    let request = move |change: ViewChange| {
        let w = width_px.get_untracked();
        target.update_value(|t| *t = t.apply(change, w));
        schedule_frame();
    };
    let reset = move || {
        target.set_value(opening);
        schedule_frame();
    };
    let zoom_at_centre = move |factor: f64| {
        let w = width_px.get_untracked();
        request(ViewChange::Zoom {
            factor,
            x_px: w / 2.0,
            y_px: w * ASPECT / 2.0,
        });
    };

    // What is drawn, computed once per story, basemap or choice; never per frame.
    let paths = {
        let projection = projection.clone();
        Memo::new(move |_| match basemap.get() {
            BasemapLoad::Loading => None,
            BasemapLoad::Ready(map) => Some(Ok(Arc::new(basemap_paths(&map, &projection)))),
            BasemapLoad::Failed(message) => Some(Err(message)),
        })
    };
    let rings = {
        let (story, projection) = (story.clone(), projection.clone());
        Memo::new(move |_| {
            focus
                .get()
                .map(|f| reported_rings(&story, f, &projection))
                .unwrap_or_default()
        })
    };
    let user_ring = {
        let (story, projection) = (story.clone(), projection.clone());
        Memo::new(move |_| {
            focus
                .get()
                .and_then(|f| custom_ring(&story, f, ring_km.get(), &projection))
        })
    };
    let focus_id = {
        let story = story.clone();
        move || focus.get().map(|f| story.story.events[f].id.clone())
    };

    // Selecting an event moves the map to it; a launch point selects its latest launch.
    let selected_place = {
        let story = story.clone();
        Memo::new(move |_| {
            let id = view.with(|v| v.selected_event.clone())?;
            let event = story.story.events.iter().find(|e| e.id == id)?;
            story
                .story
                .place(event.places.first()?)
                .map(|p| LatLon::new(p.lat_deg, p.lon_deg))
        })
    };
    {
        let projection = projection.clone();
        Effect::new(move |previous: Option<Option<LatLon>>| {
            let place = selected_place.get();
            // Not on the first run: the page opens on its own view.
            if let (Some(_), Some(at)) = (previous, place) {
                let p = projection.forward(at);
                target.update_value(|t| {
                    *t = MapView {
                        centre_x_km: p.x_m / 1000.0,
                        centre_y_km: p.y_m / 1000.0,
                        width_km: t.width_km.clamp(SELECTED_MIN_WIDTH_KM, SELECTED_MAX_WIDTH_KM),
                    }
                });
                schedule_frame();
            }
            place
        });
    }

    // Input.
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    Effect::new(move |_| {
        if let Some(svg) = svg_ref.get() {
            platform::observe_width(&svg, move |w| {
                if w > 0.0 {
                    width_px.set(w);
                }
            });
        }
    });
    let on_pointer_down = move |e: ev::PointerEvent| {
        let input = platform::pointer_input(&e);
        // Set only on a change: every set re-renders the hint, a live region, even to the same value.
        if show_wheel_hint.get_untracked() {
            show_wheel_hint.set(false);
        }
        let zoom = gestures
            .try_update_value(|g| g.down(pointer_at(&input), input.time_ms, input.is_touch))
            .flatten();
        if let Some(change) = zoom {
            request(change);
        }
    };
    let on_pointer_move = move |e: ev::PointerEvent| {
        let input = platform::pointer_input(&e);
        let changes = gestures
            .try_update_value(|g| g.moved(pointer_at(&input)))
            .unwrap_or_default();
        if !changes.is_empty() {
            // Captured only once it drags, so that a plain click still reaches a mark.
            platform::capture_pointer(&e);
        }
        for change in changes {
            request(change);
        }
    };
    let on_pointer_up = move |e: ev::PointerEvent| {
        let input = platform::pointer_input(&e);
        gestures.update_value(|g| g.up(input.pointer_id));
    };
    let on_wheel = move |e: ev::WheelEvent| {
        let wheel = platform::wheel_input(&e);
        if wheel.with_modifier || platform::target_has_focus(&e) {
            platform::prevent_default(&e);
            request(ViewChange::Zoom {
                factor: wheel_zoom_factor(wheel.delta_y_px),
                x_px: wheel.x_px,
                y_px: wheel.y_px,
            });
        } else {
            if !show_wheel_hint.get_untracked() {
                show_wheel_hint.set(true);
            }
        }
    };
    let on_double_click = move |e: ev::MouseEvent| {
        let (x_px, y_px) = platform::mouse_position(&e);
        let factor = if e.shift_key() {
            1.0 / DOUBLE_TAP_ZOOM
        } else {
            DOUBLE_TAP_ZOOM
        };
        request(ViewChange::Zoom { factor, x_px, y_px });
    };
    let on_key = move |e: ev::KeyboardEvent| {
        let Some(command) = key_command(&platform::key(&e), width_px.get_untracked()) else {
            return;
        };
        platform::prevent_default(&e);
        match command {
            KeyCommand::Change(change) => request(change),
            KeyCommand::Reset => reset(),
        }
    };

    // Layers of the drawing (map_layers.rs).
    let basemap_layer = map_layers::basemap(paths, eez_on);
    let ring_layer = map_layers::rings(layers, rings, user_ring, km_per_px);
    let flight_layer = map_layers::flights(layers, flights, focus_id);
    let places_ref = NodeRef::<leptos::svg::G>::new();
    let place_layer = map_layers::places(places_ref, story.clone(), marks.clone(), km_per_px, view);
    let label_layer = map_layers::labels(layers, marks.clone(), km_per_px, map_view);
    let map_status = move || match paths.get() {
        None => Some(
            view! {
                <p class="map-status" role="status">
                    {s.loading_map}
                </p>
            }
            .into_any(),
        ),
        Some(Err(message)) => Some(
            view! {
                <p class="map-status map-status--error" role="alert">
                    {s.map_error}
                    ": "
                    <code>{message}</code>
                </p>
            }
            .into_any(),
        ),
        Some(Ok(_)) => None,
    };
    let scale = move || {
        let bar = scale_bar(km_per_px.get(), 120.0);
        let end = 8.0 + bar.length_px;
        view! {
            <svg class="scale-bar" viewBox="0 0 150 26" width="150" height="26" aria-hidden="true">
                <path d=format!("M8 14V20H{}V14", fixed(end, 1)) />
                <text x="8" y="10">
                    {format_km(bar.length_km * 1000.0)}
                </text>
            </svg>
        }
    };

    view! {
        <figure class="map-panel">
            <div class="map-frame">
                <svg
                    node_ref=svg_ref
                    class="map"
                    viewBox=move || map_view.get().view_box().to_attribute()
                    preserveAspectRatio="xMidYMid meet"
                    tabindex="0"
                    role="application"
                    aria-roledescription="map"
                    aria-label=s.map_label
                    aria-describedby="map-instructions"
                    on:pointerdown=on_pointer_down
                    on:pointermove=on_pointer_move
                    on:pointerup=on_pointer_up
                    on:pointercancel=on_pointer_up
                    on:wheel=on_wheel
                    on:dblclick=on_double_click
                    on:keydown=on_key
                >
                    <rect class="sea" x="-20000" y="-20000" width="40000" height="40000" />
                    {move || basemap_layer().into_any()}
                    <g class="rings">{move || ring_layer().into_any()}</g>
                    <g class="flights">{move || flight_layer().into_any()}</g>
                    <g class="places" node_ref=places_ref>
                        {place_layer}
                    </g>
                    <g class="labels" aria-hidden="true">
                        {move || label_layer().into_any()}
                    </g>
                </svg>
                <div class="map-buttons">
                    <button
                        type="button"
                        aria-label=s.zoom_in
                        title=s.zoom_in
                        on:click=move |_| zoom_at_centre(BUTTON_ZOOM)
                    >
                        "+"
                    </button>
                    <button
                        type="button"
                        aria-label=s.zoom_out
                        title=s.zoom_out
                        on:click=move |_| zoom_at_centre(1.0 / BUTTON_ZOOM)
                    >
                        "−"
                    </button>
                    <button
                        type="button"
                        aria-label=s.reset_view
                        title=s.reset_view
                        on:click=move |_| reset()
                    >
                        "⟲"
                    </button>
                </div>
                {move || scale().into_any()}
                {move || {
                    show_wheel_hint
                        .get()
                        .then(|| {
                            view! {
                                <p class="wheel-hint" role="status">
                                    {s.wheel_hint}
                                </p>
                            }
                        })
                        .into_any()
                }}
                {move || map_status().into_any()}
            </div>
            <figcaption>
                <p id="map-instructions" class="map-instructions">
                    {s.map_instructions}
                </p>
                <p class="map-notes">
                    {s.projection_note} " " {s.scale_note} " "
                    <span class="credit">{s.natural_earth_credit}</span>
                </p>
            </figcaption>
        </figure>
    }
}
