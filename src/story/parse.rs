//! Reading a story file's JSON into the model, locating the first error by line and column.

use crate::story::errors::StoryError;
use crate::story::Story;

/// Parses without checking meaning, locating the first error by line and column. A story file
/// may carry `//` comments to the end of a line, for its editors (`launchmap new` writes them).
pub(crate) fn parse(file: &str, bytes: &[u8]) -> Result<Story, StoryError> {
    use serde::Deserialize;
    let bytes = blank_comments(bytes);
    let mut deserializer = serde_json::Deserializer::from_slice(&bytes);
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

/// `json` with each `//` comment outside a string blanked to the end of its line, so that every
/// error keeps its line and column.
fn blank_comments(json: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !json.windows(2).any(|w| w == b"//") {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = json.to_vec();
    let (mut in_string, mut escaped, mut in_comment) = (false, false, false);
    for i in 0..out.len() {
        let b = out[i];
        if in_comment {
            if b == b'\n' {
                in_comment = false;
            } else if b != b'\r' {
                out[i] = b' ';
            }
        } else if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
        } else if b == b'"' {
            in_string = true;
        } else if b == b'/' && out.get(i + 1) == Some(&b'/') {
            in_comment = true;
            out[i] = b' ';
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_blanked_but_not_inside_strings_and_errors_keep_their_place() {
        let json = "{ // the headline\n  \"title\": \"a // b\", \"summary\": 3\n}";
        let blanked = blank_comments(json.as_bytes());
        assert_eq!(
            std::str::from_utf8(&blanked).unwrap(),
            "{                \n  \"title\": \"a // b\", \"summary\": 3\n}"
        );
        let err = parse("t.json", json.as_bytes()).unwrap_err().to_string();
        assert!(err.starts_with("t.json:2:33: invalid type: integer `3`"), "{err}");
    }
}
