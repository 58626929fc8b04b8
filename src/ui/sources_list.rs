//! The numbered list of sources that every figure and event points into.

use std::sync::Arc;

use leptos::prelude::*;

use super::batched::{first_batch, SMALL_ITEMS_PER_TASK};
use crate::story::check::CheckedStory;
use crate::story::local_time::{format_date, parse_date};
use crate::text::strings::strings;

/// The numbered list of sources, each with its publisher, title (linked if online) and date.
#[component]
pub fn SourcesList(
    /// The checked story.
    story: Arc<CheckedStory>,
) -> impl IntoView {
    let list = NodeRef::<leptos::html::Ol>::new();
    let total = story.story.sources.len();
    let items = first_batch(list, total, SMALL_ITEMS_PER_TASK, move |i| {
        let source = &story.story.sources[i];
        {
            // The check has parsed every date already.
            let date = parse_date(&source.date)
                .map(format_date)
                .unwrap_or_else(|_| source.date.clone());
            let title = match &source.url {
                Some(url) => view! {
                    <a href=url.clone() target="_blank" rel="noopener">
                        {source.title.clone()}
                    </a>
                }
                .into_any(),
                None => view! { <span class="title">{source.title.clone()}</span> }.into_any(),
            };
            view! {
                <li id=format!("source-{}", source.id)>
                    <span class="publisher">{source.publisher.as_str().to_owned()}</span>
                    ", "
                    {title}
                    ", "
                    <time datetime=source.date.clone()>{date}</time>
                </li>
            }
            .into_any()
        }
    });
    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{strings().sources_heading}</h2>
            <ol node_ref=list>{items}</ol>
        </section>
    }
}
