//! The interactive map: basemap, rings, estimated flights, places and labels in one SVG whose
//! viewBox is the camera. Input changes a target view; the screen follows once per frame.

use std::sync::Arc;

use leptos::prelude::*;

use super::basemap_load::BasemapLoad;
use super::map_camera::Camera;
use super::map_input::MapInput;
use super::map_layers;
use crate::earth::geodesy::LatLon;
use crate::map::gesture::Gestures;
use crate::map::scene::{
    basemap_paths, custom_ring, launch_extents, opening_view, place_marks, projection_for, reported_rings,
    FlightMark,
};
use crate::map::view::{scale_bar, MapView, BUTTON_ZOOM};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::figure_text::format_km;
use crate::text::strings::strings;
use crate::view_state::ViewState;

#[component]
pub fn MapPanel(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The basemap, while it loads and once it has.
    basemap: Signal<BasemapLoad>,
    /// Everything the reader can change: the page's one shared state.
    view: RwSignal<ViewState>,
    /// The launch the map and the profile show: the selected one, else the latest.
    focus: Memo<Option<usize>>,
    /// The estimated flights the map draws.
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

    // The camera (map_camera.rs), and what the map shows.
    let camera = Camera::new(initial, opening);
    let (map_view, width_px, km_per_px) = (camera.view, camera.width_px, camera.km_per_px);
    let show_wheel_hint = RwSignal::new(false);
    let layers = Memo::new(move |_| view.with(|v| v.layers));
    // Its own memo, so that switching another layer leaves the EEZ line alone.
    let eez_on = Memo::new(move |_| layers.get().eez);
    let ring_km = Memo::new(move |_| view.with(|v| v.ring_radius_km));
    let reset = move || camera.reset();
    let zoom_at_centre = move |factor: f64| camera.zoom_at_centre(factor);

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
                camera.move_to(p.x_m / 1000.0, p.y_m / 1000.0);
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
    let input = MapInput {
        camera,
        gestures: StoredValue::new(Gestures::default()),
        show_wheel_hint,
    };
    let on_pointer_down = move |e| input.pointer_down(e);
    let on_pointer_move = move |e| input.pointer_move(e);
    let on_pointer_up = move |e| input.pointer_up(e);
    let on_wheel = move |e| input.wheel(e);
    let on_double_click = move |e| input.double_click(e);
    let on_key = move |e| input.key(e);

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
