//! "Copy link to this view": a link that reopens what is on screen, to the article when the
//! explainer is in one (`share_link.rs` says how), else to the explainer's own page. Beside it,
//! "Download map" as SVG or PNG, which the on-demand module makes (`export/map_image.rs`).

use leptos::prelude::*;

use crate::platform;
use crate::share_link::share_link;
use crate::text::strings::strings;
use crate::ui::address::Address;

/// The buttons, and what became of the link: copied, or shown to copy by hand.
#[component]
pub fn ShareButton(
    /// The page's address, written at once before a link or a file is made from it.
    address: Address,
) -> impl IntoView {
    let s = strings();
    let copied = RwSignal::new(false);
    let by_hand = RwSignal::new(None::<String>);
    // The address holds the view (address.rs keeps it in step, and writes it at once here), so
    // the link is made from it.
    let copy = move |_| {
        address.write_now();
        let (in_frame, page_url, referrer) = platform::page_context();
        let link = share_link(&platform::query_pairs(), &page_url, in_frame, &referrer);
        let done = platform::copy_text(&link);
        copied.set(done);
        by_hand.set((!done).then_some(link));
    };
    view! {
        <div class="share">
            <button type="button" on:click=copy>
                {s.copy_link}
            </button>
            // Handled by assets/on-demand.js, which loads the on-demand module to make the file.
            <button type="button" data-download="svg" on:click=move |_| address.write_now()>
                {s.download_svg}
            </button>
            <button type="button" data-download="png" on:click=move |_| address.write_now()>
                {s.download_png}
            </button>
            <span class="download-status" role="status"></span>
            <span role="status">
                {move || copied.get().then_some(s.link_copied)}
                {move || {
                    by_hand
                        .get()
                        .map(|link| {
                            view! {
                                {s.copy_link_by_hand}
                                " "
                                <code class="share-link">{link}</code>
                            }
                        })
                        .into_any()
                }}
            </span>
        </div>
    }
}
