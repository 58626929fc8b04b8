//! The limits of a story file. Past them the check says where, rather than letting a page
//! slow to a crawl. The benchmark prints the longest task while the largest story allowed loads:
//! 106 to 164 ms in ten loads here, within the 200 ms budget, because the page builds its long
//! lists a batch a task (`ui/batched.rs`).

/// The largest story file, in bytes.
pub const FILE_BYTES: usize = 1_000_000;
/// The most places, events and sources a story may have.
pub const PLACES: usize = 300;
/// The most events a story may have.
pub const EVENTS: usize = 300;
/// The most sources a story may have.
pub const SOURCES: usize = 1_000;
/// The most figures, places or sources one event may name, and the most credit lines.
pub const FIGURES_PER_EVENT: usize = 50;
/// The most places or sources one event may cite.
pub const REFERENCES_PER_EVENT: usize = 50;
/// The most credit lines a story may have.
pub const CREDITS: usize = 50;
/// Countries whose zones a story shows: each is a file to load.
pub const ZONES: usize = 12;
/// The longest text field (a summary, an event's text), in characters.
pub const TEXT_CHARS: usize = 5_000;
/// The longest short field (a title, a name, an id, a note), in characters.
pub const SHORT_CHARS: usize = 500;
/// The longest distance on Earth, along a geodesic of the WGS84 ellipsoid, in km.
pub const DISTANCE_KM: f64 = 20_004.0;
/// The highest apogee a ballistic flight can have and still come down, in km: far above any
/// missile's (an ICBM's lofted test reaches about 7,700 km).
pub const APOGEE_KM: f64 = 40_000.0;
/// The most missiles or rockets one figure may count.
pub const COUNT: f64 = 100_000.0;
