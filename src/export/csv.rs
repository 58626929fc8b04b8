//! The table as CSV, and back: quoting, the spreadsheet guard, and reading it again.

use crate::export::rows::*;

/// The fields of each line of CSV as [`to_csv`] writes it (RFC 4180: quoted fields may hold
/// commas, doubled quotes and line breaks).
///
/// ```
/// let rows = launchmap::parse_csv("a,\"b, \"\"c\"\"\"\r\nd,e\r\n");
/// assert_eq!(rows, [vec!["a", "b, \"c\""], vec!["d", "e"]]);
/// ```
pub fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, _) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// A CSV field as it was before [`to_csv`] defused it for spreadsheets (a `'` before a leading
/// `=`, `+`, `-` or `@`), for showing it on the page.
///
/// ```
/// assert_eq!(launchmap::unguard("'-122.4"), "-122.4");
/// assert_eq!(launchmap::unguard("'quoted"), "'quoted");
/// ```
pub fn unguard(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => field,
    }
}

/// The rows as CSV (RFC 4180), with a header line.
///
/// ```
/// use launchmap::{to_csv, FactRow, Origin};
/// let row = FactRow { event: "A, B".into(), what: "w".into(), value: "1".into(), unit: "km".into(),
///     origin: Origin::Reported, source: "say \"hi\"".into(), inputs: String::new(),
///     checked_by: String::new(), url: None };
/// assert_eq!(to_csv(&[row]).lines().nth(1), Some("\"A, B\",w,1,km,reported,\"say \"\"hi\"\"\",,,"));
/// ```
pub fn to_csv(rows: &[FactRow]) -> String {
    let mut out = String::from("event,what,value,unit,origin,source or method,inputs,checked by,url\r\n");
    for r in rows {
        let fields = [
            r.event.as_str(),
            &r.what,
            &r.value,
            &r.unit,
            r.origin.name(),
            &r.source,
            &r.inputs,
            &r.checked_by,
            r.url.as_deref().unwrap_or(""),
        ];
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            // A leading =, +, - or @ would make a spreadsheet run the cell as a formula.
            let guarded = if field.starts_with(['=', '+', '-', '@']) {
                format!("'{field}")
            } else {
                (*field).to_owned()
            };
            if guarded.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&guarded.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&guarded);
            }
        }
        out.push_str("\r\n");
    }
    out
}
