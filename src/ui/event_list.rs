//! The events in time order, each with its figures and who reported them.

use std::sync::Arc;

use leptos::prelude::*;

use crate::event_entry::{event_entries, EventEntry, FigureLine};
use crate::story_check::CheckedStory;
use crate::strings::strings;
use crate::view_state::ViewState;

fn figure_item(f: FigureLine) -> impl IntoView {
    let s = strings();
    view! {
        <li class="figure">
            <span class="figure-label">{f.label}</span>
            ": "
            <strong class="figure-value">{f.value}</strong>
            " "
            <span class="figure-source">
                {s.reported_by} " "
                <a href=format!("#source-{}", f.source_id)>{f.publisher}</a>
            </span>
            {f.note.map(|n| view! { <span class="figure-note">" — " {n}</span> })}
        </li>
    }
}

fn event_item(entry: EventEntry, selected: Memo<Option<String>>, view: RwSignal<ViewState>) -> impl IntoView {
    let s = strings();
    let id = entry.id.clone();
    let is_selected = move || selected.get().as_deref() == Some(id.as_str());
    let select_id = entry.id.clone();
    let kind = entry.kind.as_str();
    let figures = (!entry.figures.is_empty()).then(
        || view! { <ul class="figures">{entry.figures.into_iter().map(figure_item).collect_view()}</ul> },
    );
    let utc = entry
        .when_utc
        .clone()
        .map(|utc| view! { <span class="utc">{utc}</span> });
    let places = (!entry.place_names.is_empty())
        .then(|| view! { <span class="event-places">{entry.place_names.join(", ")}</span> });
    let sources = entry
        .sources
        .into_iter()
        .map(|(n, id)| view! { " " <a href=format!("#source-{id}")>"[" {n} "]"</a> })
        .collect_view();
    view! {
        <li
            class=move || format!("event event--{kind}{}", if is_selected() { " event--selected" } else { "" })
            id=format!("event-{}", entry.id)
        >
            <p class="event-when">
                <time datetime=entry.datetime title=entry.when_utc.unwrap_or_default()>{entry.when_local}</time>
                {utc}
                {places}
            </p>
            <h3>
                <button type="button" class="event-select" on:click=move |_| view.update(|v| v.selected_event = Some(select_id.clone()))>
                    {entry.title}
                </button>
            </h3>
            <p class="event-text">{entry.text}</p>
            {figures}
            <p class="event-sources">{s.cited_sources} {sources}</p>
        </li>
    }
}

#[component]
pub fn EventList(story: Arc<CheckedStory>, view: RwSignal<ViewState>) -> impl IntoView {
    let entries = event_entries(&story);
    let selected = Memo::new(move |_| view.with(|v| v.selected_event.clone()));
    view! {
        <section class="events" aria-labelledby="events-title">
            <h2 id="events-title">{strings().events_heading}</h2>
            <ol class="event-list">{entries.into_iter().map(|e| event_item(e, selected, view)).collect_view()}</ol>
        </section>
    }
}
