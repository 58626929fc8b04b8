//! The page address follows the reader, so that any view can be shared or bookmarked: once the
//! reader has been still for a moment, the address is rewritten in place, with no history entry.

use std::time::Duration;

use leptos::prelude::*;

use crate::platform;
use crate::view_state::{MapCentre, ViewState};

/// How long the view must stay still before the address is rewritten: a drag or Play rewrites
/// it once it settles, never once a frame (browsers also refuse over about 100 a few seconds).
const SETTLE: Duration = Duration::from_millis(400);

/// The address as it is about to be written: the view waiting out its settle time. A copy of it
/// is the same address.
#[derive(Clone, Copy)]
pub struct Address {
    pending: StoredValue<Option<ViewState>>,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl Default for Address {
    fn default() -> Self {
        Self::new()
    }
}

impl Address {
    /// An address with nothing waiting.
    pub fn new() -> Self {
        Self {
            pending: StoredValue::new(None),
            timer: StoredValue::new(None),
        }
    }

    /// Writes the waiting view at once: a link made now must hold what is on screen.
    pub fn write_now(self) {
        if let Some(pending) = self.timer.get_value() {
            pending.clear();
        }
        if let Some(state) = self.pending.get_value() {
            platform::replace_query(&state.address_query());
            self.pending.set_value(None);
        }
    }
}

/// Keeps the address in step with `view` and with where the map looks (`map_centre`, `None` at
/// the opening view). The page as it opened leaves the address alone, so that a garbled
/// parameter stays in it beside its notice until the reader moves; the rewritten address then
/// holds only what was read.
pub fn follow_reader(
    address: Address,
    view: RwSignal<ViewState>,
    map_centre: impl Fn() -> Option<MapCentre> + 'static,
) {
    Effect::new(move |ran: Option<()>| {
        let mut state = view.get();
        state.map = map_centre();
        if ran.is_some() {
            if let Some(pending) = address.timer.get_value() {
                pending.clear();
            }
            address.pending.set_value(Some(state));
            let write = move || address.write_now();
            address
                .timer
                .set_value(set_timeout_with_handle(write, SETTLE).ok());
        }
    });
}
