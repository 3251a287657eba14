//! Reading a response body under a size limit, chunk by chunk: a server that sends more
//! than the limit is cut off as soon as it passes it, before the bytes pile up.

use bytes::{Bytes, BytesMut};

use crate::error::Error;

/// The largest response body read when neither the client nor the call sets another
/// ([`ClientBuilder::max_body_size`](crate::ClientBuilder::max_body_size)): 32 MiB.
pub const DEFAULT_MAX_BODY_SIZE: u64 = 32 * 1024 * 1024;

/// The whole body of `response`, at most `limit` bytes, else [`Error::TooLarge`]. A declared
/// `Content-Length` beyond the limit is refused before a byte of the body is read; the
/// buffer is sized from it (within the limit), so it is filled without reallocation.
pub(crate) async fn read_body(mut response: reqwest::Response, limit: u64) -> Result<Bytes, Error> {
    let too_large = || Error::TooLarge { limit };
    let declared = response.content_length();
    if declared.is_some_and(|length| length > limit) {
        return Err(too_large());
    }
    let capacity = usize::try_from(declared.unwrap_or(0).min(limit)).unwrap_or(0);
    let mut body = BytesMut::with_capacity(capacity);
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        let total = u64::try_from(body.len().saturating_add(chunk.len())).unwrap_or(u64::MAX);
        if total > limit {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
