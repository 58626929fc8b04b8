//! The story's places on the map: their marks, which a reader can click, and their names.

use std::sync::Arc;

use leptos::prelude::*;

use crate::map::labels::{layout_labels, FONT_PX, MARK_RADIUS_PX};
use crate::map::scene::PlaceMark;
use crate::map::view::{svg_xy, MapView};
use crate::story::check::CheckedStory;
use crate::text::decimal::fixed;
use crate::ui::batched::{first_batch, SMALL_ITEMS_PER_TASK};
use crate::view_state::{Layers, ViewState};

/// The places as marks: built once, a batch a task for a long story, and on a zoom frame only
/// resized. A launch point selects the latest launch fired from it.
#[component]
pub fn PlaceLayer(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// The places, projected.
    marks: Arc<Vec<PlaceMark>>,
    /// Kilometres per CSS pixel, which the marks are sized by.
    km_per_px: Memo<f64>,
    /// The page's state, where a click selects a launch.
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let list = NodeRef::<leptos::svg::G>::new();
    let first = first_batch(list, marks.len(), SMALL_ITEMS_PER_TASK, move |i| {
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
    });
    view! {
        <g class="places" node_ref=list>
            {first}
        </g>
    }
}

/// The places' names, laid out for the zoom so that none overlap (the least important dropped).
#[component]
pub fn LabelLayer(
    /// Which layers the reader has switched on.
    layers: Memo<Layers>,
    /// The places, projected.
    marks: Arc<Vec<PlaceMark>>,
    /// Kilometres per CSS pixel, which the labels are sized and laid out by.
    km_per_px: Memo<f64>,
    /// What the map shows: labels outside it are not laid out.
    map_view: RwSignal<MapView>,
) -> impl IntoView {
    let label = move |k: f64, m: &PlaceMark, x_km: f64, y_km: f64| {
        let class = if m.is_launch_point {
            "label label--launch"
        } else {
            "label"
        };
        view! {
            <text class=class x=fixed(x_km, 2) y=fixed(y_km, 2) font-size=fixed(FONT_PX * k, 3)>
                {m.name.clone()}
            </text>
        }
    };
    view! {
        <g class="labels" aria-hidden="true">
            {move || {
                let k = km_per_px.get();
                let visible = map_view.get().view_box();
                layers
                    .get()
                    .labels
                    .then(|| {
                        layout_labels(&marks, k, Some(visible))
                            .into_iter()
                            .map(|l| label(k, &marks[l.mark_index], l.x_km, l.y_km))
                            .collect_view()
                    })
                    .into_any()
            }}
        </g>
    }
}
