//! Fixtures shared by the tests (unit, doc, browser and fuzz): the default story and the
//! committed basemap, loaded one way everywhere.
//!
//! ```
//! let story = launchmap::testing::default_story();
//! assert_eq!(story.story.events.len(), 6);
//! assert!(!launchmap::testing::basemap().countries.is_empty());
//! ```

use crate::map::basemap::{Basemap, BasemapAsset};
use crate::story::check::{check_story, CheckedStory};
use crate::story::Story;
use crate::text::lang::Lang;
use crate::text::strings::{more, use_language, use_more_language, Strings, EN};

/// The default story's event ids, in time order: what the timeline, the cards and the check's
/// order must all show.
pub const DEFAULT_EVENT_IDS_IN_TIME_ORDER: [&str; 6] = [
    "freedom-shield-24",
    "launch-2024-03-18",
    "launch-2024-04-22",
    "launch-2024-05-17",
    "satellite-2024-05-27",
    "launch-2024-05-30",
];

/// The committed basemap's bytes (`assets/basemap.bin`).
pub const BASEMAP_BYTES: &[u8] = include_bytes!("../assets/basemap.bin");

/// The default story, checked.
pub fn default_story() -> CheckedStory {
    check_story(crate::DEFAULT_STORY_NAME, crate::DEFAULT_STORY_JSON.as_bytes())
        .expect("the default story checks")
}

/// The default story's model, as the file says it, before the check.
pub fn default_story_model() -> Story {
    serde_json::from_str(crate::DEFAULT_STORY_JSON).expect("the default story parses")
}

/// The default story as JSON, for a test that edits it.
pub fn default_story_value() -> serde_json::Value {
    serde_json::from_str(crate::DEFAULT_STORY_JSON).expect("the default story parses")
}

/// The committed basemap, read and decoded.
pub fn basemap() -> Basemap {
    BasemapAsset::parse("assets/basemap.bin", BASEMAP_BYTES)
        .expect("the committed basemap reads")
        .decode()
}

/// Draws what follows on this thread in `lang`, with its committed strings files (`assets/i18n/`):
/// the page's and the on-demand module's.
///
/// ```
/// launchmap::testing::use_committed_language(launchmap::Lang::Ja);
/// assert_eq!(launchmap::format_km(300_000.0), "300km");
/// ```
pub fn use_committed_language(lang: Lang) {
    let (file, more_file) = match lang {
        Lang::En => {
            use_more_language(&more::EN);
            return use_language(Lang::En, &EN);
        }
        Lang::Ko => (
            include_str!("../assets/i18n/ko.txt"),
            include_str!("../assets/i18n/ko.more.txt"),
        ),
        Lang::Ja => (
            include_str!("../assets/i18n/ja.txt"),
            include_str!("../assets/i18n/ja.more.txt"),
        ),
    };
    let strings = Strings::parse(lang.code(), file).expect("the committed strings file reads");
    use_language(lang, Box::leak(Box::new(strings)));
    let more = more::Strings::parse(lang.code(), more_file).expect("the committed more file reads");
    use_more_language(Box::leak(Box::new(more)));
}
