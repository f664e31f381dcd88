//! Blocking calls, for scripts and command-line tools that have no async runtime of their own:
//! `client.blocking()?` wraps a [`Client`] in a [`BlockingClient`], whose calls and waiters
//! return when the answer is in and whose paginators are [`Iterator`]s.
//!
//! The blocking client owns a small tokio runtime, driven by a thread of its own (see
//! [`BlockingClient::new`]). A blocking call made where async code runs (inside a tokio
//! runtime) would stall that runtime's thread, so it is refused with
//! [`BlockingError::InAsyncRuntime`]; there, `.await` the async API instead.
//!
//! Fluent builders need no blocking twin: [`BlockingClient::run`] runs the future of their
//! `send()` (and of a slice's `wait_until_<name>()`), [`BlockingClient::paginator`] turns their
//! `into_paginator()` into an iterator.

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use futures_util::StreamExt;
use thiserror::Error;

use crate::client::{Client, Response};
use crate::error::Error;
use crate::operation::{Operation, SendsOperationsOf, Service};
use crate::paginate::{BoxStream, Paginated, Paginator};
use crate::waiter::{Waiter, WaiterError, WaiterOutcome};

/// Why a blocking call did not give the call's own result. `E` is the call's error (for an
/// operation, [`Error`](enum@Error) of its error enum); building a client has none ([`Infallible`]).
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum BlockingError<E = Infallible> {
    /// The call was made on a thread inside a tokio runtime (in a task, in `block_on`, or on a
    /// thread the runtime entered, `spawn_blocking`'s included), which it would stall.
    #[error(
        "a blocking call cannot run inside an async runtime, whose thread it would stall: `.await` the client's \
         async API there instead, or make the blocking call from a thread that runs no async code"
    )]
    InAsyncRuntime,
    /// The blocking client's runtime, or the thread that drives it, could not be started (only
    /// when building the client).
    #[error("the blocking client's tokio runtime could not be started")]
    Runtime(#[source] std::io::Error),
    /// The call ran and failed.
    #[error(transparent)]
    Call(E),
}

impl<E> BlockingError<E> {
    /// The call's own error, if it ran and failed.
    pub fn call_error(&self) -> Option<&E> {
        match self {
            Self::Call(e) => Some(e),
            _ => None,
        }
    }
}

/// What a blocking call of operation `O` returns.
pub type BlockingResult<O> = Result<Response<<O as Operation>::Output>, BlockingError<Error<<O as Operation>::Error>>>;

/// A client that blocks: each call returns once its answer is in. Cheap to clone (clones share
/// the runtime and the client), `Send + Sync`.
///
/// Build it with [`Client::blocking`], or for a generated service client,
/// `service.client().blocking()`.
pub struct BlockingClient<S> {
    client: Client<S>,
    driver: Arc<Driver>,
}

impl<S> Clone for BlockingClient<S> {
    fn clone(&self) -> Self {
        Self { client: self.client.clone(), driver: Arc::clone(&self.driver) }
    }
}

impl<S> fmt::Debug for BlockingClient<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BlockingClient").field("client", &self.client).finish_non_exhaustive()
    }
}

impl<S: Service> Client<S> {
    /// This client as a [`BlockingClient`], for code without an async runtime; see
    /// [`BlockingClient::new`].
    pub fn blocking(&self) -> Result<BlockingClient<S>, BlockingError> {
        BlockingClient::new(self.clone())
    }
}

impl<S: Service> BlockingClient<S> {
    /// `client`, blocking; fails only if its runtime or the thread that drives it cannot be
    /// started.
    ///
    /// The runtime is a current-thread tokio runtime that one thread of its own drives until
    /// the last clone is dropped, so that pooled connections and timers keep running between
    /// calls; each call is polled on the caller's thread. It may be built anywhere, and dropped
    /// anywhere; calls are refused inside an async runtime. Connections are pooled as the
    /// client pools them, and the retry quota and cached routes are the client's: its async
    /// calls and blocking ones share them.
    pub fn new(client: Client<S>) -> Result<Self, BlockingError> {
        Ok(Self { client, driver: Arc::new(Driver::start().map_err(BlockingError::Runtime)?) })
    }

    /// The async client underneath.
    pub fn client(&self) -> &Client<S> {
        &self.client
    }

    /// Sends one operation and waits for its output, as [`Client::send`] does.
    pub fn send<O>(&self, input: O) -> BlockingResult<O>
    where
        O: Operation,
        S: SendsOperationsOf<O::Service>,
    {
        self.run(self.client.send(input))
    }

    /// The pages of a list operation, as an iterator ([`BlockingPaginator`]).
    pub fn paginate<O: Paginated>(&self, input: O) -> BlockingPaginator<S, O>
    where
        S: SendsOperationsOf<O::Service>,
    {
        self.paginator(self.client.paginate(input))
    }

    /// A paginator of the async API, such as a fluent builder's `into_paginator()`, as an
    /// iterator.
    pub fn paginator<T, O: Paginated>(&self, paginator: Paginator<T, O>) -> BlockingPaginator<T, O>
    where
        T: SendsOperationsOf<O::Service>,
    {
        BlockingPaginator { paginator, driver: Arc::clone(&self.driver) }
    }

    /// Calls `input`'s operation with `waiter` until its acceptors say success or failure, or
    /// `max_wait` runs out, as [`Waiter::wait`] does, sleeping on this client's runtime (or with
    /// the config's [`sleep`](crate::config::ConfigBuilder::sleep)). A slice's
    /// `client.wait_until_<name>()` goes through [`BlockingClient::run`] instead:
    /// `blocking.run(lambda.wait_until_function_active_v2().function_name("f").wait(max_wait))`.
    // The waiter's error as `Waiter::wait` gives it (its last result inside), not boxed here:
    // the blocking API's errors are the async API's.
    #[allow(clippy::result_large_err)]
    pub fn wait<O>(
        &self,
        waiter: &Waiter<O>,
        input: O,
        max_wait: Duration,
    ) -> Result<WaiterOutcome<O>, BlockingError<WaiterError<O>>>
    where
        O: Operation + Clone,
        S: SendsOperationsOf<O::Service>,
    {
        self.run(waiter.wait(&self.client, input, max_wait))
    }

    /// Runs a call of the async API to its end: a fluent builder's `send()`, a presign, a
    /// slice's waiter. An error of the call is [`BlockingError::Call`].
    pub fn run<T, E>(&self, call: impl Future<Output = Result<T, E>>) -> Result<T, BlockingError<E>> {
        self.driver.block_on(call).map_err(BlockingError::into_any)?.map_err(BlockingError::Call)
    }
}

/// The pages of one list call, fetched as the iterator is advanced. Build it with
/// [`BlockingClient::paginate`] or [`BlockingClient::paginator`]; iterating it directly
/// iterates its pages.
#[must_use]
pub struct BlockingPaginator<S, O> {
    paginator: Paginator<S, O>,
    driver: Arc<Driver>,
}

impl<S: SendsOperationsOf<O::Service>, O: Paginated> BlockingPaginator<S, O> {
    /// Items per page. Default: the service's default.
    pub fn page_size(self, size: i32) -> Self {
        Self { paginator: self.paginator.page_size(size), ..self }
    }

    /// Each page, fetched when asked for.
    pub fn pages(self) -> Pages<O> {
        Iter { stream: Some(self.paginator.pages()), driver: self.driver }
    }

    /// Every item of every page, each page fetched when its first item is asked for.
    pub fn items(self) -> Items<O> {
        Iter { stream: Some(self.paginator.items()), driver: self.driver }
    }
}

impl<S: SendsOperationsOf<O::Service>, O: Paginated> IntoIterator for BlockingPaginator<S, O> {
    type Item = BlockingResult<O>;
    type IntoIter = Pages<O>;

    fn into_iter(self) -> Pages<O> {
        self.pages()
    }
}

/// The pages of a [`BlockingPaginator`].
pub type Pages<O> = Iter<Response<<O as Operation>::Output>, Error<<O as Operation>::Error>>;

/// The items of a [`BlockingPaginator`].
pub type Items<O> = Iter<<O as Paginated>::Item, Error<<O as Operation>::Error>>;

/// A stream of results of the async API as an iterator: each `next()` blocks until the next
/// result is in. After an error, or a refusal, it ends.
pub struct Iter<T, E> {
    stream: Option<BoxStream<Result<T, E>>>,
    driver: Arc<Driver>,
}

impl<T, E> Iterator for Iter<T, E> {
    type Item = Result<T, BlockingError<E>>;

    fn next(&mut self) -> Option<Self::Item> {
        let stream = self.stream.as_mut()?;
        let next = match self.driver.block_on(stream.next()) {
            Ok(Some(Ok(value))) => return Some(Ok(value)),
            Ok(Some(Err(e))) => Some(Err(BlockingError::Call(e))),
            Ok(None) => None,
            Err(refused) => Some(Err(refused.into_any())),
        };
        // Ended, or failed: a `for` loop that logs errors and goes on must still stop.
        self.stream = None;
        next
    }
}

impl<T, E> fmt::Debug for Iter<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Iter").field("done", &self.stream.is_none()).finish_non_exhaustive()
    }
}

impl BlockingError {
    /// The same refusal, as the error of a call whose own errors are `E`.
    fn into_any<E>(self) -> BlockingError<E> {
        match self {
            Self::InAsyncRuntime => BlockingError::InAsyncRuntime,
            Self::Runtime(e) => BlockingError::Runtime(e),
            Self::Call(never) => match never {},
        }
    }
}

/// The runtime of blocking clients and the thread that drives it.
///
/// A current-thread runtime, driven by a thread of its own that sits in `Runtime::block_on`
/// until the client is dropped, and entered by callers with `Handle::block_on`, which polls the
/// call on the caller's thread while that thread drives I/O and timers (tokio documents this
/// arrangement on `Handle::block_on`). Not a current-thread runtime driven only by the calls:
/// between calls nothing would run the tasks that hold pooled connections, so a connection the
/// server closed while idle would only be noticed when the next call took it from the pool,
/// and async code sharing the client's pool could be handed a connection whose task never runs.
/// Not a multi-thread runtime either: it needs one more tokio feature for the same single
/// background thread, since a script's calls come one at a time and each is polled on its
/// caller's thread anyway.
struct Driver {
    handle: tokio::runtime::Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Driver {
    fn start() -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        let handle = runtime.handle().clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new().name("aws-operation-blocking".to_owned()).spawn(move || {
            // Either a stop or the sender dropped: both end the thread, dropping the runtime
            // and with it the tasks of idle connections.
            runtime.block_on(async move {
                let _ = stopped.await;
            });
        })?;
        Ok(Self { handle, stop: Some(stop), thread: Some(thread) })
    }

    /// `future`, run to its end on the caller's thread; refused inside an async runtime, where
    /// tokio would panic.
    fn block_on<F: Future>(&self, future: F) -> Result<F::Output, BlockingError> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(BlockingError::InAsyncRuntime);
        }
        Ok(self.handle.block_on(future))
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Waiting for the thread inside an async runtime would stall it; the thread ends by
        // itself, having been told to.
        if let Some(thread) = self.thread.take()
            && tokio::runtime::Handle::try_current().is_err()
        {
            let _ = thread.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_driver_runs_timers_and_tasks_between_and_during_calls() {
        let driver = Driver::start().unwrap();
        let started = std::time::Instant::now();
        driver.block_on(async { tokio::time::sleep(Duration::from_millis(20)).await }).unwrap();
        assert!(started.elapsed() >= Duration::from_millis(20));
        // A task spawned during a call goes on running after it, on the driver's thread.
        let (done, finished) = std::sync::mpsc::channel();
        driver
            .block_on(async move {
                tokio::spawn(async move {
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    done.send(std::thread::current().name().map(str::to_owned)).unwrap();
                });
            })
            .unwrap();
        let thread = finished.recv_timeout(Duration::from_secs(5)).expect("the task ran between calls");
        assert_eq!(thread.as_deref(), Some("aws-operation-blocking"));
    }

    #[test]
    fn blocking_clients_and_their_iterators_go_to_other_threads() {
        fn send_sync<T: Send + Sync>() {}
        fn send<T: Send>() {}
        send_sync::<BlockingClient<()>>();
        send_sync::<BlockingError<Error<Infallible>>>();
        send::<Iter<u8, Infallible>>();
    }

    #[tokio::test]
    async fn inside_a_runtime_the_driver_refuses_and_drops_without_blocking() {
        let driver = Driver::start().unwrap();
        let refused = driver.block_on(async {}).unwrap_err();
        assert!(matches!(refused, BlockingError::InAsyncRuntime));
        assert!(refused.to_string().contains("`.await` the client's async API"), "{refused}");
        drop(driver);
    }
}
