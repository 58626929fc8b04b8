//! The page address follows the reader, so that any view can be shared or bookmarked: once the
//! reader has been still for a moment, the address is rewritten in place, with no history entry.

use std::time::Duration;

use leptos::prelude::*;

use crate::platform;
use crate::view_state::{MapCentre, ViewState};

/// How long the view must stay still before the address is rewritten: a drag or Play rewrites
/// it once it settles, never once a frame (browsers also refuse over about 100 a few seconds).
const SETTLE: Duration = Duration::from_millis(400);

/// Keeps the address in step with `view` and with where the map looks (`map_centre`, `None` at
/// the opening view). The page as it opened leaves the address alone, so that a garbled
/// parameter stays in it beside its notice.
pub fn follow_reader(view: RwSignal<ViewState>, map_centre: impl Fn() -> Option<MapCentre> + 'static) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |ran: Option<()>| {
        let mut state = view.get();
        state.map = map_centre();
        if ran.is_some() {
            if let Some(pending) = timer.get_value() {
                pending.clear();
            }
            let write = move || platform::replace_query(&state.address_query());
            timer.set_value(set_timeout_with_handle(write, SETTLE).ok());
        }
    });
}
