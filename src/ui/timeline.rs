//! The events on a true time axis, with long quiet gaps squeezed and marked. One tab stop: the
//! arrow keys, Home and End move the selection inside it (the ARIA listbox pattern).

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;

use super::batched::{first_batch, SMALL_ITEMS_PER_TASK};
use crate::chart::timeline::{key_target, label_rows, layout, step_target, LabelRow};
use crate::event::entry::{when_local, when_short};
use crate::platform;
use crate::story::check::CheckedStory;
use crate::story::EventKind;
use crate::text::decimal::fixed;
use crate::text::strings::{fill, strings};
use crate::text::width::width_units;
use crate::view_state::ViewState;

/// The axis is drawn one viewBox unit to a CSS pixel, so that its text keeps its size on a
/// phone; this is the width until the real one is measured, and the least it is drawn at.
const MIN_WIDTH: f64 = 320.0;
const PAD: f64 = 40.0;
/// From this width up, the axis takes the wider of its two label plans.
const WIDE_WIDTH: f64 = 600.0;
/// A label's classes by its row on a narrow axis and on a wide one (`LabelRow as usize`, 3 × 3).
const LABEL_CLASSES: [&str; 9] = [
    "",
    "w-below",
    "w-hidden",
    "n-below",
    "n-below w-below",
    "n-below w-hidden",
    "n-hidden",
    "n-hidden w-below",
    "n-hidden w-hidden",
];
/// How long Play dwells on each event.
const PLAY_STEP: std::time::Duration = std::time::Duration::from_millis(2500);

/// The events on a time axis, with long gaps squeezed, and Previous, Play and Next buttons.
#[component]
pub fn Timeline(
    /// The checked story.
    story: Arc<CheckedStory>,
    /// Everything the reader can change: the page's one shared state.
    view: RwSignal<ViewState>,
) -> impl IntoView {
    let s = strings();
    let axis = layout(&story);
    let ids: Vec<String> = axis
        .items
        .iter()
        .map(|it| story.story.events[it.event_index].id.clone())
        .collect();
    let width = RwSignal::new(MIN_WIDTH);
    let length = axis.length.max(1.0);
    let x = move |units: f64| PAD + units / length * (width.get() - 2.0 * PAD);
    let svg_ref = NodeRef::<leptos::svg::Svg>::new();
    Effect::new(move |_| {
        if let Some(svg) = svg_ref.get() {
            platform::observe_width(&svg, move |w| width.set(w.max(MIN_WIDTH)));
        }
    });
    // Which row each label takes, worked out for two widths when the axis is built, so the
    // page chooses by class (`narrow` under WIDE_WIDTH, see the stylesheet) and nothing is laid
    // out again as the width changes: MIN_WIDTH's rows hold at any width up to WIDE_WIDTH, and
    // WIDE_WIDTH's at any above it.
    let break_label = move |days: i64| fill(s.days, &[&days.to_string()]);
    let chars: Vec<usize> = axis
        .items
        .iter()
        .map(|it| when_short(&story, it.event_index))
        .chain(axis.breaks.iter().map(|b| break_label(b.hidden_days)))
        .map(|label| width_units(&label))
        .collect();
    let narrow = label_rows(&axis, &chars, MIN_WIDTH, PAD);
    let wide = label_rows(&axis, &chars, WIDE_WIDTH, PAD);
    let label_class = move |k: usize| {
        let row = |rows: &[LabelRow]| rows.get(k).copied().unwrap_or(LabelRow::Hidden) as usize;
        LABEL_CLASSES[row(&narrow) * 3 + row(&wide)]
    };
    let selected = Memo::new(move |_| view.with(|v| v.selected_event.clone()));
    let position = {
        let ids = ids.clone();
        move || selected.get().and_then(|id| ids.iter().position(|i| *i == id))
    };
    let select = move |id: String| view.update(|v| v.selected_event = Some(id));
    let on_key = {
        let ids = ids.clone();
        let position = position.clone();
        move |e: ev::KeyboardEvent| {
            if let Some(next) = key_target(&platform::key(&e), position(), ids.len()) {
                platform::prevent_default(&e);
                if let Some(id) = ids.get(next) {
                    select(id.clone());
                }
            }
        }
    };
    let active = move || selected.get().map(|id| format!("tl-{id}")).unwrap_or_default();

    // Step and play: Play selects the next event every few seconds and stops at the last.
    let step = {
        let ids = ids.clone();
        let position = position.clone();
        move |forward: bool| -> bool {
            let next = step_target(position(), ids.len(), forward);
            next.inspect(|&i| select(ids[i].clone())).is_some()
        }
    };
    let playing = RwSignal::new(false);
    let interval = StoredValue::new(None::<IntervalHandle>);
    let stop = move || {
        if let Some(handle) = interval.get_value() {
            handle.clear();
        }
        interval.set_value(None);
        playing.set(false);
    };
    let play = {
        let step = step.clone();
        move || {
            // From the end, play starts again at the beginning.
            if position() == Some(ids.len().saturating_sub(1)) {
                view.update(|v| v.selected_event = None);
            }
            step(true);
            let step = step.clone();
            let handle = set_interval_with_handle(
                move || {
                    if !step(true) {
                        stop();
                    }
                },
                PLAY_STEP,
            );
            interval.set_value(handle.ok());
            playing.set(true);
        }
    };
    let step_back = step.clone();
    let step_on = step.clone();

    let item_count = axis.items.len();
    let breaks = axis
        .breaks
        .iter()
        .enumerate()
        .map(|(k, b)| {
            let at = b.at;
            let class = label_class(item_count + k);
            view! {
                <g class="timeline-break">
                    <path d=move || format!("M{} 26l-5 10 10 8-5 10", fixed(x(at), 1)) />
                    <text x=move || fixed(x(at), 1) y="18" text-anchor="middle" class=class>
                        {break_label(b.hidden_days)}
                    </text>
                    <title>{fill(s.days_not_to_scale, &[&b.hidden_days.to_string()])}</title>
                </g>
            }
        })
        .collect_view();
    let marks_ref = NodeRef::<leptos::svg::G>::new();
    let items = axis.items.clone();
    let marks = first_batch(marks_ref, items.len(), SMALL_ITEMS_PER_TASK, move |n| {
        let item = &items[n];
        let event = &story.story.events[item.event_index];
        let when_local = when_local(&story, item.event_index);
        let id = event.id.clone();
        let is_selected = {
            let id = id.clone();
            move || selected.get().as_deref() == Some(id.as_str())
        };
        let (start, end) = (item.start, item.end);
        let shape = if end > start {
            view! {
                <rect
                    class="timeline-span"
                    x=move || fixed(x(start), 1)
                    y="30"
                    width=move || fixed(x(end) - x(start), 1)
                    height="16"
                    rx="3"
                />
            }
            .into_any()
        } else {
            let class = if event.kind == EventKind::MissileLaunch {
                "timeline-point timeline-point--launch"
            } else {
                "timeline-point"
            };
            view! { <circle class=class cx=move || fixed(x(start), 1) cy="38" r="9" /> }.into_any()
        };
        let label = when_short(&story, item.event_index);
        let class = label_class(n);
        let click_id = id.clone();
        let selected_class = is_selected.clone();
        view! {
            <g
                class=move || {
                    if selected_class() { "timeline-item timeline-item--selected" } else { "timeline-item" }
                }
                id=format!("tl-{id}")
                role="option"
                aria-selected=move || if is_selected() { "true" } else { "false" }
                aria-label=format!("{when_local}: {}", event.title)
                on:click=move |_| select(click_id.clone())
            >
                {shape}
                <text x=move || fixed((x(start) + x(end)) / 2.0, 1) y="18" text-anchor="middle" class=class>
                    {label}
                </text>
            </g>
        }
        .into_any()
    });

    view! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h2 id="timeline-title" class="visually-hidden">
                {s.timeline_heading}
            </h2>
            <svg
                node_ref=svg_ref
                class=move || {
                    if width.get() < WIDE_WIDTH { "timeline-axis narrow" } else { "timeline-axis wide" }
                }
                viewBox=move || format!("0 -4 {} 86", fixed(width.get(), 0))
                role="listbox"
                tabindex="0"
                aria-label=s.timeline_label
                aria-activedescendant=active
                on:keydown=on_key
            >
                <line
                    class="timeline-line"
                    x1=fixed(PAD, 0)
                    y1="38"
                    x2=move || fixed(width.get() - PAD, 1)
                    y2="38"
                />
                {breaks}
                <g node_ref=marks_ref>{marks}</g>
            </svg>
            <div class="timeline-controls">
                <button
                    type="button"
                    on:click=move |_| {
                        stop();
                        step_back(false);
                    }
                >
                    "◀ "
                    {s.previous}
                </button>
                <button
                    type="button"
                    class="play"
                    aria-pressed=move || if playing.get() { "true" } else { "false" }
                    on:click=move |_| if playing.get_untracked() { stop() } else { play() }
                >
                    {move || if playing.get() { s.pause } else { s.play }}
                </button>
                <button
                    type="button"
                    on:click=move |_| {
                        stop();
                        step_on(true);
                    }
                >
                    {s.next}
                    " ▶"
                </button>
                <p class="timeline-help">{s.timeline_help}</p>
            </div>
        </section>
    }
}
