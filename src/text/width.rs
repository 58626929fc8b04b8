//! How wide a text sets, in the widths of Latin letters, for labels that must not overprint.

/// `text`'s width in Latin letters: a Hangul syllable, a kana or a CJK ideograph sets about
/// as wide as two, everything else as one.
///
/// ```
/// assert_eq!(launchmap::width_units("18 Mar"), 6);
/// assert_eq!(launchmap::width_units("3월 18일"), 8);
/// assert_eq!(launchmap::width_units("3月18日"), 7);
/// ```
pub fn width_units(text: &str) -> usize {
    text.chars()
        .map(|c| match u32::from(c) {
            // Hangul Jamo to the CJK blocks, Hangul syllables, and the full-width forms.
            0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFF00..=0xFF60 => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_japanese_labels_count_double() {
        assert_eq!(width_units("순안"), 4);
        assert_eq!(width_units("東京（とうきょう）"), 18);
        assert_eq!(width_units("Seoul"), 5);
        assert_eq!(width_units(""), 0);
    }
}
