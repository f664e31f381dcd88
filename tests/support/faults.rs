//! A scripted HTTP/1.1 server on 127.0.0.1 that misbehaves on cue, for the fault-injection tests.
//!
//! Each request, whatever connection it arrives on, takes the next [`Step`] of the script (the
//! last one repeats) and is recorded as it arrived. Connections are served concurrently, so a
//! step that stalls one does not hold up the next attempt. Everything stops when the server is
//! dropped, and after [`MAX_REQUESTS`] requests in any case. Include it next to `support` with
//! `#[path = "support/faults.rs"] mod faults;`.

#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

use crate::support::{Recorded, Reply, read_request};

/// No script serves more requests than this; later ones find the connection closed.
pub const MAX_REQUESTS: usize = 512;

/// What the server does with one request.
#[derive(Debug, Clone)]
pub enum Step {
    /// Answer in full.
    Reply(Reply),
    /// Answer in full with a chunked body, so the client learns its length only by reading it.
    Chunked(Reply),
    /// Read the request, then reset the connection (TCP RST) without a byte of answer.
    Reset,
    /// Send the head (with the full `content-length`) and the first `after` bytes of the body,
    /// then close the connection.
    CloseMidBody(Reply, usize),
    /// Wait, then answer in full.
    Delay(Reply, Duration),
    /// Send the head and the first `after` bytes of the body, wait `stall`, then send the rest.
    StallMidBody(Reply, usize, Duration),
}

/// A running fault server; it stops when dropped.
pub struct FaultServer {
    pub url: String,
    requests: Arc<Mutex<Vec<Recorded>>>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultServer {
    /// Serves `script` in order, one step per request; after the last, repeats it.
    pub async fn start(script: Vec<Step>) -> Self {
        assert!(!script.is_empty(), "a script needs at least one step");
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let shared = Arc::new(Shared { script, next: AtomicUsize::new(0), requests: Arc::clone(&requests) });
        let task = tokio::spawn(async move {
            // Dropped with the accept loop: aborting the server aborts every connection.
            let mut connections = JoinSet::new();
            while shared.next.load(Ordering::Relaxed) < MAX_REQUESTS {
                let Ok((stream, _)) = listener.accept().await else { return };
                connections.spawn(serve(stream, Arc::clone(&shared)));
                while connections.try_join_next().is_some() {}
            }
        });
        Self { url, requests, task }
    }

    /// The requests received so far, in arrival order.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

struct Shared {
    script: Vec<Step>,
    next: AtomicUsize,
    requests: Arc<Mutex<Vec<Recorded>>>,
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut buf = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buf).await else { return };
        let n = shared.next.fetch_add(1, Ordering::Relaxed);
        if n >= MAX_REQUESTS {
            return;
        }
        shared.requests.lock().unwrap().push(request);
        let step = &shared.script[n.min(shared.script.len() - 1)];
        if !answer(&mut stream, step).await {
            return;
        }
    }
}

/// Plays `step`; `false` when the connection is done with.
async fn answer(stream: &mut TcpStream, step: &Step) -> bool {
    match step {
        Step::Reply(reply) => write(stream, &[head(reply, false).as_bytes(), reply.body.as_bytes()]).await,
        Step::Chunked(reply) => {
            let mut body = Vec::new();
            for piece in reply.body.as_bytes().chunks(4096) {
                body.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
                body.extend_from_slice(piece);
                body.extend_from_slice(b"\r\n");
            }
            body.extend_from_slice(b"0\r\n\r\n");
            write(stream, &[head(reply, true).as_bytes(), &body]).await
        }
        Step::Reset => {
            let _ = stream.set_zero_linger();
            false
        }
        Step::CloseMidBody(reply, after) => {
            let part = &reply.body.as_bytes()[..(*after).min(reply.body.len())];
            let _ = write(stream, &[head(reply, false).as_bytes(), part]).await;
            let _ = stream.shutdown().await;
            false
        }
        Step::Delay(reply, delay) => {
            tokio::time::sleep(*delay).await;
            write(stream, &[head(reply, false).as_bytes(), reply.body.as_bytes()]).await
        }
        Step::StallMidBody(reply, after, stall) => {
            let (part, rest) = reply.body.as_bytes().split_at((*after).min(reply.body.len()));
            if !write(stream, &[head(reply, false).as_bytes(), part]).await {
                return false;
            }
            tokio::time::sleep(*stall).await;
            write(stream, &[rest]).await
        }
    }
}

fn head(reply: &Reply, chunked: bool) -> String {
    let mut out = format!("HTTP/1.1 {} X\r\n", reply.status);
    if chunked {
        out.push_str("transfer-encoding: chunked\r\n");
    } else {
        out.push_str(&format!("content-length: {}\r\n", reply.body.len()));
    }
    for (k, v) in &reply.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out
}

async fn write(stream: &mut TcpStream, parts: &[&[u8]]) -> bool {
    for part in parts {
        if stream.write_all(part).await.is_err() {
            return false;
        }
    }
    stream.flush().await.is_ok()
}
