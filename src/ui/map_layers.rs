//! The layers of the map's drawing that follow the reader's choices: the basemap with the EEZ
//! line, the rings, the estimated flights, the places and their labels. Each is a closure for the map's SVG.

use std::sync::Arc;

use leptos::prelude::*;

use super::batched::{first_batch, SMALL_ITEMS_PER_TASK};
use crate::map::labels::{layout_labels, FONT_PX, MARK_RADIUS_PX};
use crate::map::scene::{BasemapPaths, FlightMark, PlaceMark, RingMark};
use crate::map::view::{svg_xy, MapView};
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::text::figure_text::format_km;
use crate::text::strings::strings;
use crate::view_state::{Layers, ViewState};

/// Land, borders and coasts once the basemap is in, and the EEZ line while its switch is on.
pub fn basemap(
    paths: Memo<Option<Result<Arc<BasemapPaths>, String>>>,
    eez_on: Memo<bool>,
) -> impl Fn() -> AnyView + Copy {
    let s = strings();
    move || {
        paths
            .get()
            .and_then(Result::ok)
            .map(|p: Arc<BasemapPaths>| {
                let eez = p.eez_d.clone();
                view! {
                    <path class="land" d=p.land_d.clone() />
                    <path class="border" d=p.border_d.clone() />
                    <path class="coast" d=p.coast_d.clone() />
                    {move || {
                        eez_on
                            .get()
                            .then(|| {
                                view! {
                                    <path class="eez" d=eez.clone()>
                                        <title>{s.eez_label}</title>
                                    </path>
                                }
                            })
                            .into_any()
                    }}
                }
            })
            .into_any()
    }
}

/// A ring's label sits `dy_px` below its northernmost point; only its offsets and size follow
/// the zoom, so a zoom frame changes attributes and rebuilds nothing.
fn ring_label(class: &'static str, r: &RingMark, dy_px: f64, km_per_px: Memo<f64>) -> impl IntoView {
    let (x_km, y_km) = (r.label_x_km, r.label_y_km);
    view! {
        <text
            class=class
            x=move || fixed(x_km + 4.0 * km_per_px.get(), 2)
            y=move || fixed(y_km + dy_px * km_per_px.get(), 2)
            font-size=move || fixed(11.0 * km_per_px.get(), 3)
        >
            {format_km(r.radius_km * 1000.0)}
        </text>
    }
}

/// The rings the sources reported for the focused launch, each named with who reported it, and
/// the reader's own ring.
pub fn rings(
    layers: Memo<Layers>,
    rings: Memo<Vec<RingMark>>,
    user_ring: Memo<Option<RingMark>>,
    km_per_px: Memo<f64>,
) -> impl Fn() -> AnyView + Copy {
    move || {
        layers
            .get()
            .rings
            .then(|| {
                let reported = rings.get().into_iter().map(|r| {
                    let who = r.reported_by.join(", ");
                    let label = ring_label("ring-label", &r, -4.0, km_per_px);
                    view! {
                        <path class="ring ring--reported" d=r.d>
                            <title>{format!("{}: {who}", format_km(r.radius_km * 1000.0))}</title>
                        </path>
                        {label}
                    }
                });
                let mine = user_ring.get().map(|r| {
                    let label = ring_label("ring-label ring-label--custom", &r, 14.0, km_per_px);
                    view! {
                        <path class="ring ring--custom" d=r.d />
                        {label}
                    }
                });
                view! {
                    {reported.collect_view()}
                    {mine}
                }
            })
            .into_any()
    }
}

/// The estimated flights: the sector's path and the impact area, the focused launch's marked.
pub fn flights(
    layers: Memo<Layers>,
    flights: Memo<Arc<Vec<FlightMark>>>,
    focus_id: impl Fn() -> Option<String> + 'static,
) -> impl Fn() -> AnyView {
    move || {
        layers
            .get()
            .paths
            .then(|| {
                let focused = focus_id();
                flights
                    .get()
                    .iter()
                    .map(|f| {
                        let class = if Some(&f.estimate.event_id) == focused.as_ref() {
                            "flight flight--focus"
                        } else {
                            "flight"
                        };
                        view! {
                            <g class=class>
                                <path class="flight-path" d=f.path_d.clone() />
                                <path class="flight-draw" d=f.path_d.clone() pathLength="1" />
                                <path class="impact-area" d=f.impact_d.clone() />
                            </g>
                        }
                    })
                    .collect_view()
            })
            .into_any()
    }
}

/// The places as marks: built once, a batch a task for a long story, and on a zoom frame only
/// resized. A launch point selects the latest launch fired from it.
pub fn places(
    list: NodeRef<leptos::svg::G>,
    story: Arc<CheckedStory>,
    marks: Arc<Vec<PlaceMark>>,
    km_per_px: Memo<f64>,
    view: RwSignal<ViewState>,
) -> Vec<AnyView> {
    first_batch(list, marks.len(), SMALL_ITEMS_PER_TASK, move |i| {
        let m = &marks[i];
        let (x, y) = svg_xy(m.at);
        let class = if m.is_launch_point {
            "place place--launch"
        } else {
            "place"
        };
        let launch = story.latest_launch_from(&m.id).map(|e| e.id.clone());
        let on_click = move |_| {
            if let Some(id) = launch.clone() {
                view.update(|v| v.selected_event = Some(id));
            }
        };
        view! {
            <circle
                class=class
                data-place=m.id.clone()
                cx=fixed(x, 2)
                cy=fixed(y, 2)
                r=move || fixed(MARK_RADIUS_PX * km_per_px.get(), 3)
                on:click=on_click
            >
                <title>{m.name.clone()}</title>
            </circle>
        }
        .into_any()
    })
}

/// The places' names, laid out for the zoom so that none overlap (the least important dropped).
pub fn labels(
    layers: Memo<Layers>,
    marks: Arc<Vec<PlaceMark>>,
    km_per_px: Memo<f64>,
    map_view: RwSignal<MapView>,
) -> impl Fn() -> AnyView {
    move || {
        let k = km_per_px.get();
        let visible = map_view.get().view_box();
        layers
            .get()
            .labels
            .then(|| {
                layout_labels(&marks, k, Some(visible))
                    .into_iter()
                    .map(|l| {
                        let m = &marks[l.mark_index];
                        let class = if m.is_launch_point {
                            "label label--launch"
                        } else {
                            "label"
                        };
                        view! {
                            <text
                                class=class
                                x=fixed(l.x_km, 2)
                                y=fixed(l.y_km, 2)
                                font-size=fixed(FONT_PX * k, 3)
                            >
                                {m.name.clone()}
                            </text>
                        }
                    })
                    .collect_view()
            })
            .into_any()
    }
}
