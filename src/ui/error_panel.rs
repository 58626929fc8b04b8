//! Lists what is wrong, where, in words an editor can act on.

use leptos::prelude::*;

use crate::text::strings::strings;

/// A panel headed `title` that lists each error with where it is, and how to fix them.
#[component]
pub fn ErrorPanel(
    /// The panel's heading.
    title: String,
    /// Each error, with where it is.
    errors: Vec<String>,
) -> impl IntoView {
    let count = errors.len();
    view! {
        <section class="error-panel" role="alert" aria-labelledby="error-panel-title">
            <h2 id="error-panel-title">{title} " (" {count} ")"</h2>
            {code_list(errors)}
            <p class="help">{strings().error_panel_help}</p>
        </section>
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
