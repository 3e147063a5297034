//! A fetched page as an article: the corpus's HTML path reads it (charset from the
//! header, else the page's `<meta>`, else a guess; control and escape bytes
//! neutralised as in any file), and the article remembers where it came from.

use super::FetchError;
use super::fetch::{HTML, Page, mime};
use super::target::site;
use crate::corpus::formats::parse_page;
use crate::corpus::{Article, clean};

/// The article of a page, named by the URL as asked for. Its `url` is where the page
/// was after redirects; its outlet, when the page names none, the site's host.
pub fn article(page: &Page) -> Result<Article, FetchError> {
    // A feed (or other XML and JSON) is no page, wherever its link was found.
    if let Some(m) = page.content_type.as_deref().map(mime).filter(|m| !HTML.contains(&m.as_str()))
    {
        return Err(FetchError::NotHtml(m));
    }
    let header = page
        .content_type
        .as_deref()
        .and_then(charset)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()));
    let parsed = parse_page(&page.url, &page.bytes, header);
    let Some((mut a, _)) = parsed.articles.into_iter().next() else {
        return Err(FetchError::NoText);
    };
    // A page of navigation and a headline is not an article to read beside another.
    if a.content_passages() == 0 {
        return Err(FetchError::NoText);
    }
    a.url = Some(clean::display_safe(&page.final_url));
    if a.outlet.is_none() {
        a.outlet = site(&page.final_url).map(|s| clean::display_safe(&s));
    }
    Ok(a)
}

/// The `charset` parameter of a Content-Type header.
fn charset(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches('"').to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::Got;

    fn page(content_type: &str, bytes: &[u8]) -> Page {
        Page {
            url: "http://news.example/a".into(),
            final_url: "https://www.news.example/2024/a".into(),
            content_type: Some(content_type.into()),
            bytes: bytes.to_vec(),
            got: Got::Fetched,
            warning: None,
        }
    }

    #[test]
    fn a_page_remembers_its_url_and_site_and_loses_its_escapes() {
        let html = "<html><body><article><h1>Talks resume</h1><p>Delegates met in Geneva \
                    \x1b[31mon Monday\x1b[0m and agreed to meet again within the week.</p>\
                    </article></body></html>";
        let a = article(&page("text/html; charset=utf-8", html.as_bytes())).unwrap();
        assert_eq!(a.path, "http://news.example/a");
        assert_eq!(a.url.as_deref(), Some("https://www.news.example/2024/a"));
        assert_eq!(a.outlet.as_deref(), Some("news.example"));
        assert_eq!(a.title, "Talks resume");
        assert!(!a.text.contains('\x1b'), "{:?}", a.text);
    }

    #[test]
    fn the_header_charset_is_read_and_a_page_without_text_is_refused() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251
            .encode("<p>Переговоры о перемирии продолжились в Женеве в понедельник.</p>");
        let a = article(&page("text/html; Charset=\"windows-1251\"", &bytes)).unwrap();
        assert!(a.text.contains("Переговоры"), "{}", a.text);
        let empty = page("text/html", b"<html><nav>Home | World</nav><script>x()</script></html>");
        assert_eq!(article(&empty).unwrap_err(), FetchError::NoText);
    }
}
