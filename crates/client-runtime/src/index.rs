//! Lists paged by a 1-based index into an envelope, the way SCIM (RFC 7644) pages them: each
//! answer is an object holding one slice of items and the total, and the next slice starts
//! where this one ended (`startIndex` = 1 + items seen so far).

use std::collections::VecDeque;

use futures_util::stream::{self, BoxStream, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, Result};
use crate::request::Request;

/// Where an envelope-paged list keeps its parts: the query parameter of the first index and
/// the envelope's fields for the items and the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IndexPaging {
    /// The query parameter naming the 1-based index of the first item (`startIndex`).
    pub start: &'static str,
    /// The envelope's array of items (`Resources`).
    pub items: &'static str,
    /// The envelope's count of every matching item (`totalResults`).
    pub total: &'static str,
}

/// A lazy stream over every item of an envelope-paged list.
pub type IndexStream<T> = BoxStream<'static, Result<T>>;

/// A stream that yields only `error`: for a request that could not even be built.
pub fn failed<T: Send + 'static>(error: Error) -> IndexStream<T> {
    stream::once(async move { Err(error) }).boxed()
}

struct State<T> {
    client: Client,
    request: Request,
    paging: IndexPaging,
    next: u64,
    buffer: VecDeque<T>,
    done: bool,
}

impl Client {
    /// Streams every item of an envelope-paged list, starting at the request's own start
    /// index (or 1) and asking for the next slice until the total is reached or a slice comes
    /// back empty. The request's other parameters (a filter, a slice size) are kept.
    pub fn index_stream<T>(&self, request: Request, paging: IndexPaging) -> IndexStream<T>
    where
        T: DeserializeOwned + Send + 'static,
    {
        let next = request
            .query()
            .get(paging.start)
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(1)
            .max(1);
        let state = State {
            client: self.clone(),
            request,
            paging,
            next,
            buffer: VecDeque::new(),
            done: false,
        };
        stream::unfold(state, |mut state| async move {
            loop {
                if let Some(item) = state.buffer.pop_front() {
                    return Some((Ok(item), state));
                }
                if state.done {
                    return None;
                }
                match state.fetch().await {
                    Ok(()) => {}
                    Err(error) => {
                        state.done = true;
                        return Some((Err(error), state));
                    }
                }
            }
        })
        .boxed()
    }
}

impl<T: DeserializeOwned> State<T> {
    /// Fetches the slice at `next` into the buffer.
    async fn fetch(&mut self) -> Result<()> {
        let mut request = self.request.clone();
        request
            .query_mut()
            .set(self.paging.start, self.next.to_string());
        let response = self.client.execute(request).await?;
        let status = response.status().as_u16();
        let body = response.bytes().await?;
        let decode_error = |source| Error::Decode {
            status,
            source,
            body: body.clone(),
        };
        let mut envelope: Value = serde_json::from_slice(&body).map_err(decode_error)?;
        let total = envelope.get(self.paging.total).and_then(Value::as_u64);
        let items = envelope
            .get_mut(self.paging.items)
            .map(Value::take)
            .unwrap_or(Value::Array(Vec::new()));
        let items: Vec<T> = serde_json::from_value(items).map_err(decode_error)?;
        let count = items.len() as u64;
        self.next += count;
        self.done = count == 0 || total.is_some_and(|total| self.next > total);
        self.buffer.extend(items);
        Ok(())
    }
}
