//! One event of a story, worked out for the reader: its card, the facts computed for a launch,
//! and the estimate of where a flight came down.

/// What the reader sees of an event: times in words, figures with who reported them, sources.
pub mod entry;
/// Facts computed for a launch: distances to capitals and coast, minimum-energy apogees.
pub mod facts;
/// How a reported figure reads: "about 350 km", "at least 3 missiles".
pub mod figure_text;
/// A flight's estimate: the sector of bearings, the band of distances, the impact area at sea.
pub mod flight;
