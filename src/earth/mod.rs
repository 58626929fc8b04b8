//! The Earth: geometry on the WGS84 ellipsoid and the physics of a flight over it. Plain Rust,
//! with no story and no browser in it.

/// The minimum-energy ballistic arc: apogee, flight time and range from one another.
pub mod ballistics;
/// Distances, bearings and destinations on the ellipsoid (`LatLon`, `distance_m`, `destination`).
pub mod geodesy;
/// The shortest geodesic distance from points to lines, such as an impact area to a coast.
pub mod nearest;
/// The azimuthal equidistant projection centred on a launch site.
pub mod projection;
/// Range rings: every point a given distance from a site, and which points lie inside.
pub mod range_ring;
