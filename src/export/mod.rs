//! What leaves the page: "Check the numbers", as a table and as CSV. A new export format goes
//! here, beside the table it is made from.

/// Every number the page shows, with its source or method, as rows and as CSV.
pub mod facts_table;
