//! The interactive map: the layers (basemap, rings, estimated flights, places, labels) in one
//! SVG whose viewBox is the camera. Input changes a target view; the screen follows once per frame.

use std::sync::Arc;

use leptos::prelude::*;

use super::camera::Camera;
use super::input::MapInput;
use super::layers::{BasemapLayer, FlightLayer, RingLayer};
use super::marks::{LabelLayer, PlaceLayer};
use super::overlays::{MapStatus, ScaleBar, ZoomButtons};
use crate::earth::geodesy::LatLon;
use crate::earth::projection::AzimuthalEquidistant;
use crate::map::basemap::zones::zone_names;
use crate::map::basemap::Basemap;
use crate::map::gesture::Gestures;
use crate::map::scene::{
    basemap_paths, custom_ring, launch_extents, opening_view, place_marks, projection_for, reported_rings,
    BasemapPaths, FlightMark,
};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::story::Place;
use crate::text::strings::{fill, strings};
use crate::ui::address::{follow_reader, Address};
use crate::ui::basemap_load::BasemapLoad;
use crate::view_state::{MapCentre, ViewState};

/// The basemap's paths as the map draws them.
#[cfg(target_arch = "wasm32")]
fn drawn_paths(map: &Basemap, projection: &AzimuthalEquidistant) -> Arc<BasemapPaths> {
    Arc::new(basemap_paths(map, projection))
}

/// Natively, the page is drawn ahead of time at one scale, and the prerender gives the map
/// coarser paths (see `ui/prerender.rs`).
#[cfg(not(target_arch = "wasm32"))]
fn drawn_paths(map: &Basemap, projection: &AzimuthalEquidistant) -> Arc<BasemapPaths> {
    use_context::<crate::ui::prerender::StaticPaths>()
        .map_or_else(|| Arc::new(basemap_paths(map, projection)), |p| p.0)
}

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
    /// The page's address, which follows the view.
    address: Address,
) -> impl IntoView {
    let s = strings();
    let projection = Arc::new(projection_for(&story.story));
    let marks = Arc::new(place_marks(&story.story, &projection));
    let opening = opening_view(&marks, &launch_extents(&story, &projection));
    let initial = view
        .with_untracked(|v| v.map)
        .map_or(opening, |c| c.to_view(&projection));

    // The camera (camera.rs), and what the map shows.
    let camera = Camera::new(initial, opening);
    let (map_view, width_px, km_per_px) = (camera.view, camera.width_px, camera.km_per_px);
    let show_wheel_hint = RwSignal::new(false);
    let layers = Memo::new(move |_| view.with(|v| v.layers));
    // Its own memo, so that switching another layer leaves the EEZ line alone.
    let eez_on = Memo::new(move |_| layers.get().eez);
    let eez_title = fill(s.eez_label, &[&zone_names(&story.story)]);
    let ring_km = Memo::new(move |_| view.with(|v| v.ring_radius_km));

    // What is drawn, computed once per story, basemap or choice; never per frame.
    let paths = {
        let projection = projection.clone();
        Memo::new(move |_| match basemap.get() {
            BasemapLoad::Loading => None,
            BasemapLoad::Ready(map) => Some(Ok(drawn_paths(&map, &projection))),
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

    // Selecting an event moves the map to it; a launch point selects its latest launch.
    let selected_place = {
        let story = story.clone();
        Memo::new(move |_| {
            let id = view.with(|v| v.selected_event.clone())?;
            story.first_place(story.event_index(&id)?).map(Place::at)
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

    // The address follows the view (address.rs); the opening view needs no parameter.
    {
        let projection = projection.clone();
        follow_reader(address, view, move || {
            let v = map_view.get();
            (v != opening).then(|| MapCentre::of_view(v, &projection))
        });
    }

    // Input (input.rs).
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
                    on:pointerdown=move |e| input.pointer_down(e)
                    on:pointermove=move |e| input.pointer_move(e)
                    on:pointerup=move |e| input.pointer_up(e)
                    on:pointercancel=move |e| input.pointer_up(e)
                    on:wheel=move |e| input.wheel(e)
                    on:dblclick=move |e| input.double_click(e)
                    on:keydown=move |e| input.key(e)
                >
                    <rect class="sea" x="-25000" y="-25000" width="50000" height="50000" />
                    <BasemapLayer paths eez_on eez_title />
                    <RingLayer layers rings user_ring km_per_px />
                    <FlightLayer layers flights story=story.clone() focus />
                    <PlaceLayer story marks=marks.clone() km_per_px view focus />
                    <LabelLayer layers marks km_per_px map_view />
                </svg>
                <ZoomButtons camera />
                <ScaleBar km_per_px />
                <MapStatus paths show_wheel_hint />
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
