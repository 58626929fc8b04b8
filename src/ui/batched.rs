//! A long list built a batch per task: the first batch comes with the page, and the others one
//! task each after it, so that no task grows long while the reader can already use the page.

use std::rc::Rc;

use leptos::prelude::*;
use leptos::tachys::html::element::ElementType;
use leptos::task;
use leptos::wasm_bindgen::JsCast;

use crate::platform;

/// Items per task for a list whose items are cards of many figures: at the largest story the
/// limits allow (25 figures a card), four cards keep the page's first task under 200 ms here,
/// where ten did not.
pub const CARDS_PER_TASK: usize = 4;
/// Items per task for a list of small items (sources, marks on the map or the timeline).
pub const SMALL_ITEMS_PER_TASK: usize = 25;

/// The list's first items, `0..per_task`, to show now. Items `per_task..total` are built later,
/// `per_task` a task, and appended in order to the element of `list`. A short list is one batch.
pub fn first_batch<E>(
    list: NodeRef<E>,
    total: usize,
    per_task: usize,
    item: impl Fn(usize) -> AnyView + 'static,
) -> Vec<AnyView>
where
    E: ElementType,
    E::Output: JsCast + Clone + 'static,
{
    // Natively, where the page is drawn ahead of time and no task ever runs, every item comes
    // at once.
    let per_task = if cfg!(target_arch = "wasm32") {
        per_task
    } else {
        total.max(1)
    };
    let target = move || {
        list.get_untracked()
            .map(|e| e.unchecked_into::<web_sys::Element>())
    };
    batches(Rc::new(target), total, per_task, Rc::new(item))
}

/// The part that is the same for every list, compiled once.
fn batches(
    target: Rc<dyn Fn() -> Option<web_sys::Element>>,
    total: usize,
    per_task: usize,
    item: Rc<dyn Fn(usize) -> AnyView>,
) -> Vec<AnyView> {
    let batch = move |start: usize| {
        (start..(start + per_task).min(total))
            .map(|i| item(i))
            .collect::<Vec<_>>()
    };
    let first = batch(0);
    let owner = Owner::current();
    task::spawn_local(async move {
        for start in (per_task..total).step_by(per_task.max(1)) {
            platform::next_task().await;
            let (Some(parent), Some(owner)) = (target(), owner.as_ref()) else {
                return;
            };
            // Built as the first batch was, under the same owner, and kept while the page lives.
            let mut state = owner.with(|| batch(start).build());
            state.mount(&parent, None);
            std::mem::forget(state);
        }
    });
    first
}
