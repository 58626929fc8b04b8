//! Lists what is wrong, where, in words an editor can act on.

use leptos::prelude::*;

use crate::text::strings::strings;

/// Why the page cannot show its story.
#[derive(Debug, Clone, PartialEq)]
pub enum StoryProblem {
    /// The story could not be had (its address, its download): what went wrong, in words.
    Messages(Vec<String>),
    /// The story file has `count` errors. The on-demand module checks `file` again and lists
    /// them in the error panel ("" is the page's own story), so that the words of every message
    /// the check can give (and serde_json's) stay out of the page's module. With RFC 3339 read
    /// by hand (`story/local_time.rs`) that took 2.6 KB gzip off every first view, measured
    /// together; the messages are for editors' eyes only.
    Errors {
        /// The story file as the address names it, or "" for the page's own story.
        file: String,
        /// How many errors the check found.
        count: usize,
    },
}

/// A panel that lists each error with where it is, and how to fix them. A story file's errors
/// are listed by the on-demand module (`assets/on-demand.js` fills the list it marks).
#[component]
pub fn ErrorPanel(
    /// What is wrong.
    problem: StoryProblem,
) -> impl IntoView {
    let s = strings();
    let (count, list) = match problem {
        StoryProblem::Messages(messages) => (messages.len(), code_list(messages).into_any()),
        StoryProblem::Errors { file, count } => (
            count,
            view! { <ul data-story-errors=file aria-busy="true"></ul> }.into_any(),
        ),
    };
    // The panel is the page when the story cannot be shown: its main landmark and its heading,
    // read first as any page is (no alert, which would read it twice).
    view! {
        <main class="error-panel" aria-labelledby="error-panel-title">
            <h1 id="error-panel-title">{s.error_panel_title} " (" {count} ")"</h1>
            {list}
            <p class="help">{s.error_panel_help}</p>
        </main>
    }
}

/// Messages as a list, each as code: what is wrong with a story file or with the address.
pub fn code_list(messages: Vec<String>) -> impl IntoView {
    view! {
        <ul>
            {messages
                .into_iter()
                .map(|m| {
                    view! {
                        <li>
                            <code>{m}</code>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
