//! The page's language: the interface's words loaded for it, the story in it, `<html lang>`.

use crate::platform;
use crate::text::lang::Lang;
use crate::text::strings::{more, use_language, use_more_language, Strings};

/// Where a language's interface words are, beside the page (`assets/i18n/`, copied by Trunk).
fn words_url(lang: Lang) -> String {
    format!("assets/i18n/{}.txt", lang.code())
}

/// Where the default story is, in `lang` only (`launchmap prerender` writes it): the page
/// carries it in its own language.
pub fn default_story_url(lang: Lang) -> String {
    format!("assets/story.{}.json", lang.code())
}

/// Draws what follows in `lang`: loads its words (English is compiled in) and sets
/// `<html lang>`. Says what went wrong if they could not be loaded; the page stays in English.
pub async fn load_language(lang: Lang) -> Result<(), String> {
    if lang != Lang::En {
        let url = words_url(lang);
        let bytes = platform::fetch_bytes(&url).await.map_err(|e| e.to_string())?;
        let text = String::from_utf8(bytes).map_err(|_| format!("{url}: the file is not UTF-8 text"))?;
        // Leaked once: the words last as long as the page.
        let words = Strings::parse(&url, Box::leak(text.into_boxed_str())).map_err(|e| e.to_string())?;
        use_language(lang, Box::leak(Box::new(words)));
    }
    platform::set_page_language(lang.code(), crate::text::strings::strings().lang_switch_label);
    Ok(())
}

/// Loads the on-demand module's words in `lang` (`assets/i18n/<code>.more.txt`), which the page
/// itself never shows. Called by the on-demand module only; English is compiled in.
pub async fn load_more_language(lang: Lang) -> Result<(), String> {
    if lang != Lang::En {
        let url = format!("assets/i18n/{}.more.txt", lang.code());
        let bytes = platform::fetch_bytes(&url).await.map_err(|e| e.to_string())?;
        let text = String::from_utf8(bytes).map_err(|_| format!("{url}: the file is not UTF-8 text"))?;
        // Leaked once: the words last as long as the page.
        let words =
            more::Strings::parse(&url, Box::leak(text.into_boxed_str())).map_err(|e| e.to_string())?;
        use_more_language(Box::leak(Box::new(words)));
    }
    Ok(())
}
