//! The languages the interface is written in, and how the page picks one.

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English, compiled in.
    En,
    /// Korean, from `assets/i18n/ko.txt`.
    Ko,
    /// Japanese, from `assets/i18n/ja.txt`.
    Ja,
}

/// Every language, in the order the switch lists them.
pub const LANGS: [Lang; 3] = [Lang::En, Lang::Ko, Lang::Ja];

impl Lang {
    /// The BCP 47 code: `<html lang>`, `?lang=` and a story's text maps use it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
            Lang::Ja => "ja",
        }
    }

    /// The language of a BCP 47 tag, by its first part: `ko-KR` is Korean.
    ///
    /// ```
    /// use launchmap::Lang;
    /// assert_eq!(Lang::from_tag("ja-JP"), Some(Lang::Ja));
    /// assert_eq!(Lang::from_tag("KO"), Some(Lang::Ko));
    /// assert_eq!(Lang::from_tag("fr"), None);
    /// assert_eq!(Lang::from_tag("kor"), None);
    /// assert_eq!(Lang::from_tag(""), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let (primary, rest) = tag.as_bytes().split_at_checked(2)?;
        if !matches!(rest.first(), None | Some(b'-' | b'_')) {
            return None;
        }
        match primary.to_ascii_lowercase().as_slice() {
            b"en" => Some(Lang::En),
            b"ko" => Some(Lang::Ko),
            b"ja" => Some(Lang::Ja),
            _ => None,
        }
    }

    /// The page's language: the address's `?lang=` if it names one, then the first of the
    /// browser's languages (`browser`, most wanted first, joined by commas) that the interface
    /// has, then the story's own.
    ///
    /// ```
    /// use launchmap::Lang;
    /// assert_eq!(Lang::choose(None, "fr-FR,ja,en", Lang::En), Lang::Ja);
    /// assert_eq!(Lang::choose(Some(Lang::Ko), "fr-FR,ja", Lang::En), Lang::Ko);
    /// assert_eq!(Lang::choose(None, "fr-FR", Lang::Ja), Lang::Ja);
    /// assert_eq!(Lang::choose(None, "", Lang::En), Lang::En);
    /// ```
    pub fn choose(address: Option<Lang>, browser: &str, story: Lang) -> Lang {
        address
            .or_else(|| browser.split(',').find_map(Lang::from_tag))
            .unwrap_or(story)
    }
}
