//! Pages, pagination headers and the lazy stream over all items of a list.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures_core::Stream;
use reqwest::header::{HeaderMap, LINK};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use url::Url;

use crate::client::Client;
use crate::error::{Error, Result, header_str};
use crate::request::Request;

/// The offset pagination headers of a response.
///
/// GitLab leaves the totals out (or empty) for lists past 10,000 records,
/// so every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageInfo {
    /// `x-page`: this page's number.
    pub page: Option<u64>,
    /// `x-per-page`: the page size.
    pub per_page: Option<u64>,
    /// `x-next-page`: the next page's number.
    pub next_page: Option<u64>,
    /// `x-prev-page`: the previous page's number.
    pub prev_page: Option<u64>,
    /// `x-total`: the number of items in the whole list.
    pub total: Option<u64>,
    /// `x-total-pages`: the number of pages.
    pub total_pages: Option<u64>,
}

impl PageInfo {
    /// Reads the `x-*` pagination headers; empty or malformed values are `None`.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let number =
            |name: &str| header_str(headers, name).and_then(|v| v.trim().parse::<u64>().ok());
        PageInfo {
            page: number("x-page"),
            per_page: number("x-per-page"),
            next_page: number("x-next-page"),
            prev_page: number("x-prev-page"),
            total: number("x-total"),
            total_pages: number("x-total-pages"),
        }
    }
}

/// The URLs of a `Link` response header.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Links {
    /// `rel="next"`.
    pub next: Option<Url>,
    /// `rel="prev"`.
    pub prev: Option<Url>,
    /// `rel="first"`.
    pub first: Option<Url>,
    /// `rel="last"`.
    pub last: Option<Url>,
}

impl Links {
    /// Reads every `Link` header of a response.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        let mut links = Links::default();
        for value in headers.get_all(LINK) {
            if let Ok(text) = value.to_str() {
                links.add(text);
            }
        }
        links
    }

    /// Parses one `Link` header value such as `<url>; rel="next", <url>; rel="prev"`.
    pub fn parse(value: &str) -> Self {
        let mut links = Links::default();
        links.add(value);
        links
    }

    fn add(&mut self, value: &str) {
        // Scanning from `<` to `>` instead of splitting on commas keeps URLs
        // whose query contains a comma intact.
        let mut rest = value;
        while let Some(open) = rest.find('<') {
            let after_open = &rest[open + 1..];
            let Some(close) = after_open.find('>') else {
                return;
            };
            let target = after_open[..close].trim();
            let params_and_more = &after_open[close + 1..];
            let params_end = params_and_more.find('<').unwrap_or(params_and_more.len());
            let params = &params_and_more[..params_end];
            rest = &params_and_more[params_end..];
            let Ok(url) = Url::parse(target) else {
                continue;
            };
            for rel in rels(params) {
                let slot = match rel.to_ascii_lowercase().as_str() {
                    "next" => &mut self.next,
                    "prev" | "previous" => &mut self.prev,
                    "first" => &mut self.first,
                    "last" => &mut self.last,
                    _ => continue,
                };
                slot.get_or_insert_with(|| url.clone());
            }
        }
    }
}

/// The relation names in the parameter part of one link.
fn rels(params: &str) -> Vec<String> {
    params
        .split([';', ','])
        .filter_map(|param| {
            let (name, value) = param.split_once('=')?;
            (name.trim().eq_ignore_ascii_case("rel"))
                .then(|| value.trim().trim_matches('"').to_owned())
        })
        .flat_map(|value| {
            value
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// One page of a list.
#[derive(Clone, Debug)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// The offset pagination headers.
    pub info: PageInfo,
    /// The `Link` header.
    pub links: Links,
}

impl<T> Page<T> {
    /// The items, dropping the pagination details.
    pub fn into_items(self) -> Vec<T> {
        self.items
    }

    /// A cursor for the page after this one, when GitLab linked to it.
    pub fn next_cursor(&self) -> Option<Cursor> {
        self.links
            .next
            .as_ref()
            .map(|url| Cursor::new(strip_tokens(url), 0, 0, None))
    }
}

/// Which orderings an endpoint supports with keyset pagination (from the
/// spec's `x-gitlab-pagination` extension).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeysetSupport {
    /// Allowed `order_by` values; the first is used when none is given.
    pub order_by: &'static [&'static str],
    /// Allowed `sort` values.
    pub sort: &'static [&'static str],
}

/// How [`Client::stream`] pages through a list.
#[derive(Clone, Debug, Default)]
pub struct StreamOptions {
    /// Page size, sent as `per_page` unless the request already has one.
    pub per_page: Option<u32>,
    /// Stop after this many items.
    pub max_items: Option<u64>,
    /// Keyset pagination support of the endpoint, if any.
    pub keyset: Option<&'static KeysetSupport>,
    /// Use offset pagination even when keyset pagination is possible.
    pub prefer_offset: bool,
}

/// A saved position in a stream, to continue later with [`Client::resume`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "CursorRepr", into = "CursorRepr")]
pub struct Cursor {
    url: Url,
    yielded: u64,
    skip: u64,
    max_items: Option<u64>,
    keyset: bool,
}

/// The stored form of a [`Cursor`]; `url` does not implement serde here.
#[derive(Serialize, Deserialize)]
struct CursorRepr {
    url: String,
    yielded: u64,
    #[serde(default)]
    skip: u64,
    #[serde(default)]
    max_items: Option<u64>,
    #[serde(default)]
    keyset: bool,
}

impl From<Cursor> for CursorRepr {
    fn from(cursor: Cursor) -> Self {
        CursorRepr {
            url: cursor.url.into(),
            yielded: cursor.yielded,
            skip: cursor.skip,
            max_items: cursor.max_items,
            keyset: cursor.keyset,
        }
    }
}

impl TryFrom<CursorRepr> for Cursor {
    type Error = url::ParseError;

    fn try_from(repr: CursorRepr) -> Result<Self, Self::Error> {
        let url = Url::parse(&repr.url)?;
        Ok(Cursor {
            url,
            yielded: repr.yielded,
            skip: repr.skip,
            max_items: repr.max_items,
            keyset: repr.keyset,
        })
    }
}

impl Cursor {
    fn new(url: Url, yielded: u64, skip: u64, max_items: Option<u64>) -> Self {
        Cursor {
            url,
            yielded,
            skip,
            max_items,
            keyset: false,
        }
    }

    /// The page to fetch next.
    pub fn url(&self) -> &Url {
        &self.url
    }

    /// How many items the stream had yielded before this point.
    pub fn yielded(&self) -> u64 {
        self.yielded
    }

    /// How many items at the start of [`Cursor::url`]'s page were already yielded.
    pub fn skip(&self) -> u64 {
        self.skip
    }
}

/// Removes credential parameters GitLab may echo back in its links.
fn strip_tokens(url: &Url) -> Url {
    let kept: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| name != "private_token" && name != "access_token")
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    let mut clean = url.clone();
    clean.set_fragment(None);
    if kept.is_empty() {
        clean.set_query(None);
    } else {
        clean.query_pairs_mut().clear().extend_pairs(kept);
    }
    clean
}

/// A page request in flight.
type PageFuture<T> = Pin<Box<dyn Future<Output = Result<Page<T>>> + Send>>;

/// A lazy stream over every item of a paginated list.
///
/// No request is made before the first poll. After an error the stream
/// yields that error once and ends; [`ItemStream::cursor`] then points at
/// the page that failed.
pub struct ItemStream<T> {
    client: Client,
    /// The original request, reused (headers, sudo) for every later page.
    template: Request,
    /// True until the first page is requested with the original request.
    first: bool,
    /// The page that is not yet fully yielded (fetching, failed or buffered).
    page_url: Option<Url>,
    /// Items of `page_url`'s page already yielded.
    skip: u64,
    /// The page after `page_url`, once known.
    next_url: Option<Url>,
    buffer: VecDeque<T>,
    fetch: Option<PageFuture<T>>,
    yielded: u64,
    max_items: Option<u64>,
    keyset: bool,
    /// An error to yield on the next poll (bad setup or an unusable link).
    pending_error: Option<Error>,
    failed: bool,
    finished: bool,
}

// The stream never pins its items, so it can move freely whatever `T` is.
impl<T> Unpin for ItemStream<T> {}

impl<T> std::fmt::Debug for ItemStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ItemStream")
            .field("page_url", &self.page_url.as_ref().map(Url::as_str))
            .field("next_url", &self.next_url.as_ref().map(Url::as_str))
            .field("yielded", &self.yielded)
            .field("buffered", &self.buffer.len())
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned + Send + 'static> ItemStream<T> {
    pub(crate) fn new(client: Client, mut request: Request, options: StreamOptions) -> Self {
        if let Some(per_page) = options.per_page
            && request.query().get("per_page").is_none()
        {
            request.query_mut().push("per_page", per_page.to_string());
        }
        let keyset = match options.keyset {
            Some(support) if !options.prefer_offset => choose_keyset(&mut request, support),
            _ => false,
        };
        let (page_url, pending_error) = match client.url_for(request.target(), request.query()) {
            Ok(url) => (Some(url), None),
            Err(err) => (None, Some(err)),
        };
        ItemStream {
            client,
            template: request,
            first: true,
            page_url,
            skip: 0,
            next_url: None,
            buffer: VecDeque::new(),
            fetch: None,
            yielded: 0,
            max_items: options.max_items,
            keyset,
            pending_error,
            failed: false,
            finished: false,
        }
    }

    /// A stream that yields `error` once and ends: for a request that could not even be built,
    /// so that callers of a stream-returning method see the failure where they poll.
    pub fn failed(client: &Client, error: Error) -> Self {
        ItemStream {
            client: client.clone(),
            template: Request::new(reqwest::Method::GET, "/"),
            first: true,
            page_url: None,
            skip: 0,
            next_url: None,
            buffer: VecDeque::new(),
            fetch: None,
            yielded: 0,
            max_items: None,
            keyset: false,
            pending_error: Some(error),
            failed: false,
            finished: false,
        }
    }

    pub(crate) fn resume(client: Client, cursor: Cursor) -> Self {
        let template = Request::for_url(reqwest::Method::GET, &cursor.url);
        ItemStream {
            client,
            template,
            first: false,
            page_url: Some(cursor.url),
            skip: cursor.skip,
            next_url: None,
            buffer: VecDeque::new(),
            fetch: None,
            yielded: cursor.yielded,
            max_items: cursor.max_items,
            keyset: cursor.keyset,
            pending_error: None,
            failed: false,
            finished: false,
        }
    }
}

impl<T> ItemStream<T> {
    /// Where to resume: the page that failed or is partly yielded, or the
    /// next page not fetched yet; `None` once the stream has finished.
    pub fn cursor(&self) -> Option<Cursor> {
        if self.finished || self.limit_reached() {
            return None;
        }
        let (url, skip) = match (&self.page_url, &self.next_url) {
            (Some(url), _) => (url, self.skip),
            (None, Some(url)) => (url, 0),
            (None, None) => return None,
        };
        Some(Cursor {
            url: url.clone(),
            yielded: self.yielded,
            skip,
            max_items: self.max_items,
            keyset: self.keyset,
        })
    }

    fn limit_reached(&self) -> bool {
        self.max_items.is_some_and(|max| self.yielded >= max)
    }
}

/// Switches a request to keyset pagination when its ordering allows it.
fn choose_keyset(request: &mut Request, support: &KeysetSupport) -> bool {
    let order_by = request.query().get("order_by").map(str::to_owned);
    let sort_ok = request
        .query()
        .get("sort")
        .is_none_or(|sort| support.sort.contains(&sort));
    let order_ok = order_by
        .as_deref()
        .is_none_or(|order| support.order_by.contains(&order));
    let Some(default_order) = support.order_by.first() else {
        return false;
    };
    if !(sort_ok && order_ok) {
        return false;
    }
    request.query_mut().set("pagination", "keyset");
    if order_by.is_none() {
        request.query_mut().push("order_by", *default_order);
    }
    true
}

impl<T: DeserializeOwned + Send + 'static> ItemStream<T> {
    /// Starts fetching the page at `page_url`.
    fn start_fetch(&mut self, url: Url) {
        let request = if self.first {
            self.first = false;
            self.template.clone()
        } else {
            let mut request = self.template.clone();
            request.set_url(&url);
            request
        };
        self.page_url = Some(url);
        let client = self.client.clone();
        self.fetch = Some(Box::pin(
            async move { client.send_page::<T>(request).await },
        ));
    }

    /// Records a fetched page: buffers its unseen items and works out the next page.
    fn accept(&mut self, page: Page<T>) {
        let current = self.page_url.clone();
        self.next_url = match (&page.links.next, &current) {
            (Some(next), _) => Some(strip_tokens(next)),
            (None, Some(current)) if !self.keyset => {
                page.info.next_page.map(|n| with_page(current, n))
            }
            _ => None,
        };
        // A server that links a page to itself would otherwise loop forever.
        if self.next_url.is_some() && self.next_url == current {
            self.next_url = None;
        }
        let skip = usize::try_from(self.skip).unwrap_or(usize::MAX);
        self.buffer.extend(page.items.into_iter().skip(skip));
        if self.buffer.is_empty() {
            self.page_url = None;
            self.skip = 0;
        }
    }
}

/// `url` with its `page` parameter set to `page`.
fn with_page(url: &Url, page: u64) -> Url {
    let pairs: Vec<(String, String)> = url
        .query_pairs()
        .filter(|(name, _)| name != "page")
        .map(|(n, v)| (n.into_owned(), v.into_owned()))
        .collect();
    let mut next = url.clone();
    next.query_pairs_mut()
        .clear()
        .extend_pairs(pairs)
        .append_pair("page", &page.to_string());
    next
}

impl<T: DeserializeOwned + Send + 'static> Stream for ItemStream<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            if this.failed || this.finished || this.limit_reached() {
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffer.pop_front() {
                this.yielded += 1;
                this.skip += 1;
                if this.buffer.is_empty() {
                    this.page_url = None;
                    this.skip = 0;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(err) = this.pending_error.take() {
                this.failed = true;
                return Poll::Ready(Some(Err(err)));
            }
            if let Some(fetch) = this.fetch.as_mut() {
                let outcome = match fetch.as_mut().poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(outcome) => outcome,
                };
                this.fetch = None;
                match outcome {
                    Ok(page) => this.accept(page),
                    Err(err) => {
                        // `page_url` and `skip` still describe the failed
                        // page, so the cursor resumes exactly there.
                        this.failed = true;
                        return Poll::Ready(Some(Err(err)));
                    }
                }
                continue;
            }
            let target = this.page_url.take().or_else(|| this.next_url.take());
            match target {
                Some(url) => this.start_fetch(url),
                None => {
                    this.finished = true;
                    return Poll::Ready(None);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_header_variants() {
        let links = Links::parse(
            "<https://h/api/v4/p?page=2&labels=a,b>; rel=\"next\", <https://h/api/v4/p?page=1>;rel=first prev ,\
             <https://h/api/v4/p?page=9>; rel=\"last\"",
        );
        assert_eq!(
            links.next.map(String::from).as_deref(),
            Some("https://h/api/v4/p?page=2&labels=a,b")
        );
        assert_eq!(
            links.first.map(String::from).as_deref(),
            Some("https://h/api/v4/p?page=1")
        );
        assert_eq!(
            links.prev.map(String::from).as_deref(),
            Some("https://h/api/v4/p?page=1")
        );
        assert_eq!(
            links.last.map(String::from).as_deref(),
            Some("https://h/api/v4/p?page=9")
        );
        assert_eq!(
            Links::parse("garbage <not a url>; rel=next"),
            Links::default()
        );
    }

    #[test]
    fn page_info_tolerates_missing_totals() {
        let mut headers = HeaderMap::new();
        headers.insert("x-page", "2".parse().unwrap_or_else(|_| unreachable!()));
        headers.insert("x-total", "".parse().unwrap_or_else(|_| unreachable!()));
        let info = PageInfo::from_headers(&headers);
        assert_eq!(info.page, Some(2));
        assert_eq!(info.total, None);
        assert_eq!(info.next_page, None);
    }

    #[test]
    fn tokens_are_stripped_and_pages_replaced() {
        let url = Url::parse("https://h/x?private_token=s&a=1&access_token=t&page=3")
            .unwrap_or_else(|_| unreachable!());
        assert_eq!(strip_tokens(&url).as_str(), "https://h/x?a=1&page=3");
        assert_eq!(
            with_page(&url, 4)
                .query_pairs()
                .filter(|(n, _)| n == "page")
                .count(),
            1
        );
    }

    #[test]
    fn cursor_round_trips_through_json() {
        let url = Url::parse("https://h/api/v4/x?page=2").unwrap_or_else(|_| unreachable!());
        let cursor = Cursor::new(url, 5, 1, Some(10));
        let text = serde_json::to_string(&cursor).unwrap_or_default();
        let back: Option<Cursor> = serde_json::from_str(&text).ok();
        assert_eq!(back, Some(cursor));
    }
}
