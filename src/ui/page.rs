//! The explainer's page: headline, map, events, sources.

use std::sync::Arc;

use leptos::prelude::*;

use super::event_list::EventList;
use super::map_panel::MapPanel;
use super::sources_list::SourcesList;
use super::BasemapLoad;
use crate::story_check::CheckedStory;
use crate::strings::strings;
use crate::view_state::ViewState;

#[component]
pub fn Page(
    story: Arc<CheckedStory>,
    view_state: ViewState,
    url_errors: Vec<String>,
    basemap: Signal<BasemapLoad>,
) -> impl IntoView {
    let (view_state, _set_view_state) = signal(view_state);
    let s = strings();
    let url_notice = (!url_errors.is_empty()).then(|| {
        view! {
            <section class="url-notice" role="status">
                <h2>{s.url_error_title}</h2>
                <ul>{url_errors.into_iter().map(|e| view! { <li><code>{e}</code></li> }).collect_view()}</ul>
            </section>
        }
    });
    let title = story.story.title.clone();
    let summary = story.story.summary.clone();
    let credits = story.story.credits.clone();
    view! {
        <article class="explainer">
            <header class="masthead">
                <h1>{title}</h1>
                <p class="summary">{summary}</p>
            </header>
            {url_notice}
            <div class="body">
                <MapPanel story=story.clone() basemap=basemap view_state=view_state />
                <EventList story=story.clone() />
            </div>
            <SourcesList story=story.clone() />
            <footer class="credits">
                <h2>{s.credits_heading}</h2>
                <ul>{credits.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </footer>
        </article>
    }
}
