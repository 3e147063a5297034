//! A small HTTP/1.1 server for tests, std only: bound to 127.0.0.1 on a port the
//! system chose, one thread per connection, one request per connection (`Connection:
//! close`). Every request is logged with its headers so a test can ask what the client
//! sent. Dropping the server stops it: the accept loop is woken and joined; a stalled
//! connection ends when its client gives up, or after [`STALL_BOUND`] at most.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The longest a stalled connection is held when its client never gives up.
pub const STALL_BOUND: Duration = Duration::from_secs(20);

/// A request as the server read it: path and headers (names in lower case).
#[derive(Debug, Clone)]
pub struct Request {
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// What to answer.
pub enum Reply {
    /// Status, headers, body (`Content-Length` is added).
    Full { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// Accept, read the request, and never answer.
    Stall,
    /// A 200 of `total` bytes of `chunk` repeated, without `Content-Length` unless
    /// `declare`; how much the client took is counted in [`Server::streamed`].
    Stream { content_type: String, chunk: Vec<u8>, total: usize, declare: bool },
}

impl Reply {
    pub fn status(status: u16) -> Reply {
        Reply::Full { status, headers: vec![], body: format!("{status}").into_bytes() }
    }

    pub fn html(body: impl Into<Vec<u8>>) -> Reply {
        Reply::with("text/html; charset=utf-8", body)
    }

    pub fn with(content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Full {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }

    pub fn redirect(status: u16, to: &str) -> Reply {
        Reply::Full { status, headers: vec![("Location".into(), to.into())], body: vec![] }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Full { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

type Handler = dyn Fn(&Request) -> Reply + Send + Sync;

pub struct Server {
    addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    log: Arc<Mutex<Vec<Request>>>,
    streamed: Arc<AtomicUsize>,
}

impl Server {
    pub fn start(handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let addr = listener.local_addr().expect("local addr");
        let stop = Arc::new(AtomicBool::new(false));
        let log = Arc::new(Mutex::new(Vec::new()));
        let streamed = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let (s, l, n) = (stop.clone(), log.clone(), streamed.clone());
        let accept = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (h, l, n) = (handler.clone(), l.clone(), n.clone());
                std::thread::spawn(move || serve(conn, &*h, &l, &n));
            }
        });
        Server { addr, stop, accept: Some(accept), log, streamed }
    }

    /// `http://127.0.0.1:PORT/path`.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every request so far, in arrival order.
    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Body bytes of [`Reply::Stream`] the client accepted before it hung up.
    pub fn streamed(&self) -> usize {
        self.streamed.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wakes the blocking accept, which then sees the flag.
        let _ = TcpStream::connect(self.addr);
        if let Some(t) = self.accept.take() {
            let _ = t.join();
        }
    }
}

fn serve(conn: TcpStream, handler: &Handler, log: &Mutex<Vec<Request>>, streamed: &AtomicUsize) {
    let _ = conn.set_read_timeout(Some(STALL_BOUND));
    let Ok(mut reader) = conn.try_clone().map(BufReader::new) else { return };
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return; // the wake-up connection, or a client that went away
    }
    let path = line.split_whitespace().nth(1).unwrap_or("/").to_owned();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_owned()));
        }
    }
    let request = Request { path, headers };
    let reply = handler(&request);
    if let Ok(mut l) = log.lock() {
        l.push(request);
    }
    let mut out = conn;
    match reply {
        Reply::Full { status, headers, body } => {
            let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
            for (k, v) in headers {
                head.push_str(&format!("{k}: {v}\r\n"));
            }
            head.push_str(&format!("Content-Length: {}\r\nConnection: close\r\n\r\n", body.len()));
            let _ = out.write_all(head.as_bytes());
            let _ = out.write_all(&body);
        }
        Reply::Stall => {
            // Hold the connection, answering nothing, until the client hangs up.
            let mut sink = [0u8; 256];
            while matches!(reader.read(&mut sink), Ok(n) if n > 0) {}
        }
        Reply::Stream { content_type, chunk, total, declare } => {
            let length =
                if declare { format!("Content-Length: {total}\r\n") } else { String::new() };
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n{length}Connection: close\r\n\r\n"
            );
            if out.write_all(head.as_bytes()).is_err() {
                return;
            }
            let mut sent = 0;
            while sent < total {
                let n = chunk.len().min(total - sent);
                if out.write_all(&chunk[..n]).is_err() {
                    break;
                }
                sent += n;
                streamed.fetch_add(n, Ordering::SeqCst);
            }
        }
    }
    let _ = out.flush();
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Status",
    }
}

/// `data` as a gzip member of stored (uncompressed) deflate blocks: a real gzip stream
/// a client must decode, written without a compression library.
pub fn gzip_stored(data: &[u8]) -> Vec<u8> {
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let mut blocks = data.chunks(65_535).peekable();
    if blocks.peek().is_none() {
        out.extend([1, 0, 0, 0xff, 0xff]);
    }
    while let Some(block) = blocks.next() {
        out.push(u8::from(blocks.peek().is_none()));
        let len = block.len() as u16;
        out.extend(len.to_le_bytes());
        out.extend((!len).to_le_bytes());
        out.extend(block);
    }
    out.extend(crc32(data).to_le_bytes());
    out.extend((data.len() as u32).to_le_bytes());
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
