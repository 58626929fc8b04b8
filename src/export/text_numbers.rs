//! The numbers in a story's own text, found as the coverage test finds them on the page.

/// The months as story text names them, after a day's number.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Numbers written in `text`, as the page writes them (digits with thousands commas and
/// decimals), each once, leaving out dates and times: a clock time (07:44), a year (2024) and a
/// day before a month's name (18 March).
///
/// ```
/// assert_eq!(launchmap::numbers_in("about 1,298.6 km on 18 March 2024 at 07:44, 600 mm, 600 mm"),
///            ["1,298.6", "600"]);
/// ```
pub fn numbers_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (start, end) in number_spans(text) {
        let number = &text[start..end];
        let (before, after) = (&text[..start], &text[end..]);
        let clock = after.starts_with(':') || before.ends_with(':');
        let year = number.len() == 4 && (number.starts_with("19") || number.starts_with("20"));
        let day = number.len() <= 2
            && MONTHS
                .iter()
                .any(|m| after.strip_prefix(' ').is_some_and(|a| a.starts_with(m)));
        if !(clock || year || day || out.iter().any(|n| n == number)) {
            out.push(number.to_owned());
        }
    }
    out
}

/// Where each run of digits (with thousands commas and a decimal point) starts and ends.
pub(crate) fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let c = bytes[i];
            let joins_digits = (c == b',' || c == b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
            if c.is_ascii_digit() || joins_digits {
                i += 1;
            } else {
                break;
            }
        }
        spans.push((start, i));
    }
    spans
}
