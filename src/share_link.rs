//! Links that reopen a view. On a page of its own the address already follows the reader; inside
//! an article's frame the link must open the article, so the view travels in one parameter of
//! the article's address, `launchmap`, which README's embed snippets pass on to the frame.

use crate::view_state::VIEW_PARAMS;

/// The parameter of an article's address that carries the explainer's view.
pub const ARTICLE_VIEW_PARAM: &str = "launchmap";

/// The article the explainer is embedded in, if it is in a frame and knows it: the last
/// `parentUrl` in its address (which README's snippets and a pym.js Parent pass), else the page
/// that opened it (`document.referrer`), unless browsers cut that to a bare origin, which would
/// send readers to the newsroom's front page instead of the article.
///
/// ```
/// use launchmap::article_url;
/// let pym = [("parentUrl".to_owned(), "https://news.example/a?x=1".to_owned())];
/// assert_eq!(article_url(&pym, true, "https://other.example/b"), Some("https://news.example/a?x=1"));
/// assert_eq!(article_url(&pym, false, ""), None, "on a page of its own there is no article");
/// assert_eq!(article_url(&[], true, "https://news.example/2024/a"), Some("https://news.example/2024/a"));
/// assert_eq!(article_url(&[], true, "https://news.example/"), None);
/// ```
pub fn article_url<'a>(
    address: &'a [(String, String)],
    in_frame: bool,
    referrer: &'a str,
) -> Option<&'a str> {
    if !in_frame {
        return None;
    }
    let given = address
        .iter()
        .rev()
        .find(|(name, _)| name == "parentUrl")
        .map(|(_, v)| v.as_str());
    let web = |url: &&str| url.starts_with("https://") || url.starts_with("http://");
    let has_path = |url: &&str| url.splitn(4, '/').nth(3).is_some_and(|path| !path.is_empty());
    given.filter(web).or(Some(referrer).filter(web).filter(has_path))
}

/// The link to share, from the explainer's address (`address`, decoded, which the page keeps in
/// step with the view): the article's address with the view in its `launchmap` parameter, or,
/// with no article, `page_url` itself.
///
/// ```
/// use launchmap::share_link;
/// let address = [("event", "launch-2024-05-30"), ("parentUrl", "https://news.example/a?id=7&launchmap=old#top"), ("ring", "800")]
///     .map(|(k, v)| (k.to_owned(), v.to_owned()));
/// assert_eq!(
///     share_link(&address, "https://graphics.example/nk/?event=x", true, ""),
///     "https://news.example/a?id=7&launchmap=event%3Dlaunch-2024-05-30%26ring%3D800#top"
/// );
/// assert_eq!(share_link(&address[..1], "https://graphics.example/nk/?event=x", false, ""), "https://graphics.example/nk/?event=x");
/// ```
pub fn share_link(address: &[(String, String)], page_url: &str, in_frame: bool, referrer: &str) -> String {
    let Some(article) = article_url(address, in_frame, referrer) else {
        return page_url.to_owned();
    };
    let (rest, fragment) = article.split_once('#').unwrap_or((article, ""));
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut link = base.to_owned();
    let mut next = '?';
    let mut push = |part: &str| {
        link.push(next);
        link.push_str(part);
        next = '&';
    };
    for part in query.split('&') {
        if !part.is_empty() && part.split('=').next() != Some(ARTICLE_VIEW_PARAM) {
            push(part);
        }
    }
    let mut view = String::new();
    for (name, value) in address.iter().filter(|(n, _)| VIEW_PARAMS.contains(&n.as_str())) {
        if !view.is_empty() {
            view.push('&');
        }
        view.push_str(&encode(name));
        view.push('=');
        view.push_str(&encode(value));
    }
    if !view.is_empty() {
        push(&format!("{ARTICLE_VIEW_PARAM}={}", encode(&view)));
    }
    if !fragment.is_empty() {
        link.push('#');
        link.push_str(fragment);
    }
    link
}

/// `text` percent-encoded for a query, every byte but the unreserved ones escaped.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_text_survives_the_trip_through_the_article_address() {
        let address = [
            ("event", "ü &=?#%+ 한국"),
            ("parentUrl", "https://news.example/a"),
        ]
        .map(|(k, v)| (k.to_owned(), v.to_owned()));
        let link = share_link(&address, "", true, "");
        let value = link.split_once("launchmap=").unwrap().1;
        assert!(
            value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)),
            "{value}"
        );
        // Decoded once by the snippet, then read by the frame as its own query.
        let decode = |s: &str| {
            let bytes = s.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'%' {
                    out.push(u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap());
                    i += 3;
                } else {
                    out.push(bytes[i]);
                    i += 1;
                }
            }
            String::from_utf8(out).unwrap()
        };
        let frame_query = decode(value);
        let (name, encoded) = frame_query.split_once('=').unwrap();
        assert_eq!((name, decode(encoded).as_str()), ("event", "ü &=?#%+ 한국"));
    }

    #[test]
    fn an_article_of_another_kind_of_address_is_not_used() {
        let params = [("parentUrl".to_owned(), "javascript:alert(1)".to_owned())];
        assert_eq!(article_url(&params, true, ""), None);
        assert_eq!(
            article_url(&params, true, "https://news.example/a"),
            Some("https://news.example/a"),
            "the referrer, when the given address is not a web page's"
        );
    }

    #[test]
    fn the_opening_view_links_to_the_article_as_it_is() {
        assert_eq!(
            share_link(&[], "", true, "https://news.example/a?launchmap=old"),
            "https://news.example/a"
        );
        assert_eq!(
            share_link(&[], "https://graphics.example/nk/", true, "https://news.example/"),
            "https://graphics.example/nk/",
            "a referrer cut to its origin is no article: the explainer's own page instead"
        );
    }
}
