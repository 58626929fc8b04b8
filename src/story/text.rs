//! A text a reader sees, in one language or several: a story file writes it as a plain string,
//! or as a map from language to text (`{"en": "Seoul", "ko": "서울", "ja": "ソウル"}`).

use std::fmt;
use std::ops::Deref;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::text::lang::Lang;
use crate::text::strings::language;

/// A text in the story's language, with any translations. A plain string is kept under the
/// language code `""`: the story's own.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text(Vec<(String, String)>);

impl Text {
    /// The text in the reader's language, as with `&*text`.
    pub fn as_str(&self) -> &str {
        self
    }

    /// The languages the text is written in: `""` for a plain string.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(code, _)| code.as_str())
    }

    /// Each language's text, beside its code.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(code, text)| (code.as_str(), text.as_str()))
    }

    /// The text in English, or the plain string: how a story names a country, for example,
    /// as Natural Earth spells it.
    ///
    /// ```
    /// use launchmap::Text;
    /// let t: Text = serde_json::from_str(r#"{"ko": "한국", "en": "South Korea"}"#).unwrap();
    /// assert_eq!(t.english(), Some("South Korea"));
    /// assert_eq!(Text::from("Japan").english(), Some("Japan"));
    /// ```
    pub fn english(&self) -> Option<&str> {
        self.entries()
            .find(|(code, _)| code.is_empty() || *code == "en")
            .map(|(_, text)| text)
    }

    /// Keeps only the text in `want`, or else in the story's language `own`, or else the first,
    /// as a plain string.
    ///
    /// ```
    /// use launchmap::{Lang, Text};
    /// let mut t: Text = serde_json::from_str(r#"{"en": "Seoul", "ko": "서울"}"#).unwrap();
    /// t.keep(Lang::Ja, Lang::En);
    /// assert_eq!(&*t, "Seoul");
    /// ```
    pub fn keep(&mut self, want: Lang, own: Lang) {
        let find = |code: &str| self.0.iter().position(|(c, _)| c == code);
        let i = find(want.code()).or_else(|| find(own.code())).unwrap_or(0);
        if i < self.0.len() {
            let (_, kept) = self.0.swap_remove(i);
            self.0 = vec![(String::new(), kept)];
        }
    }
}

impl Deref for Text {
    type Target = str;

    /// The text in the reader's language if it has one, else its first. The page's stories
    /// arrive with one text each, in the reader's language ([`crate::Story::keep_language`]).
    fn deref(&self) -> &str {
        let want = language().code();
        self.0
            .iter()
            .find(|(code, _)| code == want)
            .or(self.0.first())
            .map_or("", |(_, text)| text)
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text(vec![(String::new(), text.to_owned())])
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [(code, text)] if code.is_empty() => serializer.serialize_str(text),
            entries => {
                let mut map = serializer.serialize_map(Some(entries.len()))?;
                for (code, text) in entries {
                    map.serialize_entry(code, text)?;
                }
                map.end()
            }
        }
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text, or a map from language to text such as {\"en\": \"Seoul\", \"ko\": \"서울\"}")
    }

    fn visit_str<E>(self, text: &str) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Text, M::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry::<String, String>()? {
            entries.push(entry);
        }
        Ok(Text(entries))
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Text, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::strings::{use_language, EN};

    fn text(json: &str) -> Text {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_plain_string_reads_the_same_in_every_language() {
        let t = text(r#""Sunan""#);
        assert_eq!(&*t, "Sunan");
        assert_eq!(serde_json::to_string(&t).unwrap(), r#""Sunan""#);
    }

    #[test]
    fn a_map_reads_in_the_readers_language_and_keeps_its_entries() {
        let t = text(r#"{"en": "Seoul", "ko": "서울", "ja": "ソウル"}"#);
        assert_eq!(&*t, "Seoul");
        use_language(Lang::Ko, &EN);
        assert_eq!(&*t, "서울");
        use_language(Lang::En, &EN);
        assert_eq!(t.languages().collect::<Vec<_>>(), ["en", "ko", "ja"]);
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"en":"Seoul","ko":"서울","ja":"ソウル"}"#
        );
    }

    #[test]
    fn keeping_a_missing_language_falls_back_to_the_storys_own() {
        let mut t = text(r#"{"ko": "서울", "en": "Seoul"}"#);
        t.keep(Lang::Ja, Lang::En);
        assert_eq!(t.entries().collect::<Vec<_>>(), [("", "Seoul")]);
        let mut plain = text(r#""Busan""#);
        plain.keep(Lang::Ko, Lang::En);
        assert_eq!(&*plain, "Busan");
    }

    #[test]
    fn a_number_is_refused_with_what_a_text_may_be() {
        let err = serde_json::from_str::<Text>("3").unwrap_err().to_string();
        assert!(
            err.contains("expected a text, or a map from language to text"),
            "{err}"
        );
    }
}
