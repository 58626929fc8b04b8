//! What the check walks the story with: the errors so far, and the small checks every field
//! shares (not empty, not too long, not too many, ids unique).

use crate::story::errors::{Problem, StoryError};
use crate::story::limits;
use crate::text::number_text::Num;

/// Collects meaning errors as it walks the story.
pub(crate) struct Checker<'a> {
    pub(crate) file: &'a str,
    pub(crate) errors: Vec<StoryError>,
}

impl Checker<'_> {
    pub(crate) fn report(&mut self, path: String, problem: Problem) {
        self.errors.push(StoryError::Meaning {
            file: self.file.to_owned(),
            path,
            problem,
        });
    }

    pub(crate) fn non_empty(&mut self, path: String, text: &str) {
        if text.trim().is_empty() {
            self.report(path, Problem::Empty);
        } else {
            self.not_too_long(path, text, limits::SHORT_CHARS);
        }
    }

    /// Reports a text over `max` characters.
    pub(crate) fn not_too_long(&mut self, path: String, text: &str, max: usize) {
        // Bytes bound characters from above: count characters only when it could matter.
        if text.len() > max {
            let count = text.chars().count();
            if count > max {
                let (count, max) = (Num(count as f64), Num(max as f64));
                self.report(path, Problem::TooLong { count, max });
            }
        }
    }

    /// Reports a list longer than `max`.
    pub(crate) fn not_too_many(&mut self, path: &str, what: &'static str, count: usize, max: usize) {
        if count > max {
            let (count, max) = (Num(count as f64), Num(max as f64));
            self.report(path.to_owned(), Problem::TooMany { what, count, max });
        }
    }

    /// Records ids, reporting each repeat with where the id was first used.
    pub(crate) fn unique_ids<'s>(&mut self, list: &str, ids: impl Iterator<Item = &'s str>) {
        // A list, not a map: a story has tens of ids, and a hash map costs the page 1 KB gzip.
        let mut first: Vec<(&str, usize)> = Vec::new();
        for (i, id) in ids.enumerate() {
            let path = format!("{list}[{i}].id");
            self.non_empty(path.clone(), id);
            if let Some(&(_, j)) = first.iter().find(|(seen, _)| *seen == id) {
                let first_path = format!("{list}[{j}].id");
                self.report(
                    path,
                    Problem::DuplicateId {
                        id: id.to_owned(),
                        first_path,
                    },
                );
            } else {
                first.push((id, i));
            }
        }
    }
}
