//! What leaves the page: "Check the numbers", as a table and as CSV. A new export format goes
//! here, beside the table it is made from.

/// The table as CSV and back.
pub mod csv;
/// Every number the page shows, with its source or method, as rows and as CSV.
pub mod facts_table;
/// The rows of one estimated flight.
mod flight_rows;
/// "Download map": the map with its title, notes, credit and sources, as one SVG.
pub mod map_image;
/// The trajectory profile as SVG, for the prerendered page.
pub mod profile_image;
/// What a row is, and the methods and tests computed numbers name.
pub mod rows;
/// The social card (og:image): the opening map beside the headline, as SVG.
pub mod social_card;
/// The numbers in a story's own text.
pub mod text_numbers;
