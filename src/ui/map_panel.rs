//! The map: basemap, places and labels in one SVG whose viewBox is the camera.

use std::sync::Arc;

use leptos::prelude::*;

use super::BasemapLoad;
use crate::geodesy::LatLon;
use crate::label_layout::{layout_labels, FONT_PX, MARK_RADIUS_PX};
use crate::map_scene::{basemap_paths, opening_view, place_marks, projection_for, BasemapPaths};
use crate::map_view::{svg_xy, MapView, NOMINAL_WIDTH_PX};
use crate::story_check::CheckedStory;
use crate::strings::strings;
use crate::view_state::ViewState;

#[component]
pub fn MapPanel(
    story: Arc<CheckedStory>,
    basemap: Signal<BasemapLoad>,
    view_state: ReadSignal<ViewState>,
) -> impl IntoView {
    let s = strings();
    let projection = projection_for(&story.story);
    let marks = Arc::new(place_marks(&story.story, &projection));
    let initial_view = match view_state.with_untracked(|v| v.map) {
        Some(c) => {
            let p = projection.forward(LatLon::new(c.lat_deg, c.lon_deg));
            MapView {
                centre_x_km: p.x_m / 1000.0,
                centre_y_km: p.y_m / 1000.0,
                width_km: c.width_km,
            }
        }
        None => opening_view(&marks),
    };
    let (map_view, _set_map_view) = signal(initial_view);
    let km_per_px = Memo::new(move |_| map_view.get().km_per_px(NOMINAL_WIDTH_PX));
    let paths = Memo::new(move |_| match basemap.get() {
        BasemapLoad::Loading => None,
        BasemapLoad::Ready(map) => Some(Ok(Arc::new(basemap_paths(&map, &projection)))),
        BasemapLoad::Failed(message) => Some(Err(message)),
    });
    let show_labels = move || view_state.with(|v| v.layers.labels);

    let basemap_layer = move || {
        paths.get().and_then(Result::ok).map(|p: Arc<BasemapPaths>| {
            view! {
                <path class="land" d=p.land_d.clone() />
                <path class="border" d=p.border_d.clone() />
                <path class="coast" d=p.coast_d.clone() />
            }
        })
    };
    let map_status = move || match paths.get() {
        None => Some(view! { <p class="map-status" role="status">{s.loading_map}</p> }.into_any()),
        Some(Err(message)) => Some(
            view! {
                <p class="map-status map-status--error" role="alert">
                    {s.map_error} ": " <code>{message}</code>
                </p>
            }
            .into_any(),
        ),
        Some(Ok(_)) => None,
    };
    let mark_marks = marks.clone();
    let place_layer = move || {
        let k = km_per_px.get();
        mark_marks
            .iter()
            .map(|m| {
                let (x, y) = svg_xy(m.at);
                let class = if m.is_launch_point { "place place--launch" } else { "place" };
                view! {
                    <circle class=class cx=format!("{x:.2}") cy=format!("{y:.2}") r=format!("{:.3}", MARK_RADIUS_PX * k)>
                        <title>{m.name.clone()}</title>
                    </circle>
                }
            })
            .collect_view()
    };
    let label_layer = move || {
        let k = km_per_px.get();
        show_labels().then(|| {
            layout_labels(&marks, k)
                .into_iter()
                .map(|l| {
                    let m = &marks[l.mark_index];
                    let class = if m.is_launch_point { "label label--launch" } else { "label" };
                    view! {
                        <text class=class x=format!("{:.2}", l.x_km) y=format!("{:.2}", l.y_km) font-size=format!("{:.3}", FONT_PX * k)>
                            {m.name.clone()}
                        </text>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <figure class="map-panel">
            <div class="map-frame">
                <svg
                    class="map"
                    viewBox=move || map_view.get().view_box().to_attribute()
                    preserveAspectRatio="xMidYMid meet"
                    role="img"
                    aria-label=s.map_label
                >
                    <rect class="sea" x="-20000" y="-20000" width="40000" height="40000" />
                    {basemap_layer}
                    <g class="places">{place_layer}</g>
                    <g class="labels" aria-hidden="true">{label_layer}</g>
                </svg>
                {map_status}
            </div>
            <figcaption>
                <ul class="legend">
                    <li><span class="key key--launch" aria-hidden="true"></span>{s.legend_launch_point}</li>
                    <li><span class="key key--place" aria-hidden="true"></span>{s.legend_place}</li>
                </ul>
                <p class="map-notes">{s.projection_note} " " <span class="credit">{s.natural_earth_credit}</span></p>
            </figcaption>
        </figure>
    }
}
