//! Request items converted to the model on a second thread while the parser streams on.
//!
//! Parsing and converting are each about half of loading a big collection, and a request
//! item's conversion needs nothing but its own JSON: the stream hands each request item to a
//! worker, keeps a ticket for it, and redeems the tickets of an `item` array when the array
//! ends. The worker converts in the order it was handed items, so the result is the one
//! converting in turn gives; errors are still reported first in document order. When the
//! worker falls behind (its queue is full), the parser converts the item itself: converting
//! is the larger half, and this keeps both cores busy.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::sync::mpsc::{Receiver, SyncSender, TrySendError};

use serde_json::{Map, Value};

use super::Loader;
use crate::error::{Error, Pointer};
use crate::postman::model::RequestItem;

/// How many request items the parser may be ahead of the worker (bounds the JSON they hold).
/// Unit tests keep it tiny, so that both the worker and the parser convert items.
const AHEAD: usize = if cfg!(test) { 2 } else { 256 };

/// A request item handed to the worker.
pub(super) struct Job {
    ticket: u64,
    map: Map<String, Value>,
    pointer: Pointer,
}

type Converted = (u64, Result<RequestItem, Error>);

/// The parser's side: hands items over and collects what the worker made of them.
pub(super) struct Pipeline<'a> {
    loader: &'a Loader<'a>,
    jobs: SyncSender<Job>,
    results: Receiver<Converted>,
    next: Cell<u64>,
    /// Results that arrived before their array asked for them, and those converted here.
    early: RefCell<HashMap<u64, Result<RequestItem, Error>>>,
}

impl<'a> Pipeline<'a> {
    /// Runs `parse` with a pipeline whose worker (on a scoped thread) converts with `loader`.
    pub(super) fn run<T>(loader: &'a Loader<'a>, parse: impl FnOnce(&Pipeline<'a>) -> T) -> T {
        let (jobs, queue) = std::sync::mpsc::sync_channel::<Job>(AHEAD);
        let (done, results) = std::sync::mpsc::channel::<Converted>();
        std::thread::scope(|scope| {
            scope.spawn(move || {
                for job in queue {
                    let converted = loader.request_item(&job.map, job.pointer);
                    drop(job.map);
                    if done.send((job.ticket, converted)).is_err() {
                        return;
                    }
                }
            });
            let pipeline = Pipeline { loader, jobs, results, next: Cell::new(0), early: RefCell::new(HashMap::new()) };
            // The worker stops when `pipeline` (its sender) is dropped at the end of this call.
            parse(&pipeline)
        })
    }

    /// Hands a request item over, or converts it here when the worker is behind; its result
    /// is redeemed with the ticket.
    pub(super) fn submit(&self, map: Map<String, Value>, pointer: Pointer) -> Result<u64, Error> {
        let ticket = self.next.get();
        self.next.set(ticket + 1);
        match self.jobs.try_send(Job { ticket, map, pointer }) {
            Ok(()) => {}
            Err(TrySendError::Full(job)) => {
                let converted = self.loader.request_item(&job.map, job.pointer);
                self.early.borrow_mut().insert(ticket, converted);
            }
            Err(TrySendError::Disconnected(_)) => return Err(Error::Internal("the item converter stopped".into())),
        }
        Ok(ticket)
    }

    /// The conversion of `ticket`, waiting for it if need be.
    pub(super) fn redeem(&self, ticket: u64) -> Result<RequestItem, Error> {
        if let Some(result) = self.early.borrow_mut().remove(&ticket) {
            return result;
        }
        loop {
            let (got, result) =
                self.results.recv().map_err(|_| Error::Internal("the item converter stopped".into()))?;
            if got == ticket {
                return result;
            }
            self.early.borrow_mut().insert(got, result);
        }
    }
}

/// Whether `item()` would take this object for a request: a `request` key and no `item`
/// array (a folder).
pub(super) fn is_request_item(map: &Map<String, Value>) -> bool {
    !matches!(map.get("item"), Some(Value::Array(_))) && map.contains_key("request")
}
