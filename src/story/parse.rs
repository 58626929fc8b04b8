//! Reading a story file's JSON into the model, locating the first error by line and column.

use crate::story::errors::StoryError;
use crate::story::Story;

/// Parses without checking meaning, locating the first error by line and column.
pub(crate) fn parse(file: &str, bytes: &[u8]) -> Result<Story, StoryError> {
    use serde::Deserialize;
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let story = Story::deserialize(&mut deserializer).map_err(|e| shape_or_syntax_error(file, &e))?;
    deserializer.end().map_err(|e| syntax_error(file, &e))?;
    Ok(story)
}

fn shape_or_syntax_error(file: &str, e: &serde_json::Error) -> StoryError {
    match e.classify() {
        serde_json::error::Category::Data => StoryError::Shape {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: message_without_position(e),
        },
        _ => syntax_error(file, e),
    }
}

fn syntax_error(file: &str, e: &serde_json::Error) -> StoryError {
    let message = match e.classify() {
        serde_json::error::Category::Eof if e.line() == 1 && e.column() == 0 => {
            "the file is empty; a story is a JSON object that begins with {".to_owned()
        }
        _ => message_without_position(e),
    };
    StoryError::Syntax {
        file: file.to_owned(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

/// serde_json appends " at line L column C", which our own prefix already says.
fn message_without_position(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    text.strip_suffix(&suffix).unwrap_or(&text).to_owned()
}
