"""A small real HTTP server on 127.0.0.1 for tests of HTTP clients.

    with FakeServer() as server:
        server.on("GET", "/runs", Reply.json({"items": []}))
        ...  # point a client at server.url
        assert server.requests[0].headers["authorization"] == "Bearer t"

Routes match the method and the raw (still percent-encoded) path without the query;
a `{name}` in a route's path matches one segment, decoded into `path_params`. A
route answers with its replies in turn and repeats the last one; a reply may be a
function of the request, which is how a stateful fake is written (such functions
run one at a time). Unrouted requests get a 404 problem document. Every request is
recorded in `server.requests`.
"""

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote, urlsplit

if TYPE_CHECKING:
    from typing import Self


@dataclass(frozen=True)
class Recorded:
    """A request the server received. Header names are lower case."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    path_params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    """What the server answers.

    `chunks` sends the body with chunked transfer encoding, one chunk at a time.
    `hold_open` then keeps the connection open until the client closes it, and
    `FakeServer.disconnected` is set when it does; `cut_off` instead closes the
    connection without ending the body. `wait_for` makes the server wait
    for that event before answering (set it to release the server; `stop` sets it).
    """

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    chunks: Iterable[bytes] | None = None
    hold_open: bool = False
    cut_off: bool = False
    wait_for: threading.Event | None = None

    @classmethod
    def json(cls, value: Any, status: int = 200, headers: dict[str, str] | None = None) -> "Reply":
        return cls(
            status=status,
            body=json.dumps(value).encode(),
            headers={"Content-Type": "application/json", **(headers or {})},
        )

    @classmethod
    def problem(
        cls,
        status: int,
        title: str,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
        **extensions: Any,
    ) -> "Reply":
        document = {"type": "about:blank", "title": title, "status": status}
        if detail is not None:
            document["detail"] = detail
        return cls(
            status=status,
            body=json.dumps({**document, **extensions}).encode(),
            headers={"Content-Type": "application/problem+json", **(headers or {})},
        )


Responder = Reply | Callable[[Recorded], Reply]


class FakeServer:
    """A threaded HTTP/1.1 server on a free port of 127.0.0.1."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.disconnected = threading.Event()
        self._routes: dict[tuple[str, str], list[Responder]] = {}
        self._patterns: dict[tuple[str, str], re.Pattern[str]] = {}
        self._waits: list[threading.Event] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.01,), daemon=True)

    def on(self, method: str, path: str, *replies: Responder) -> None:
        """Answer `method path` with `replies` in turn, repeating the last one."""
        pattern = re.sub(r"\\{(\w+)\\}", r"(?P<\1>[^/]+)", re.escape(path))
        with self._lock:
            self._routes[(method, path)] = list(replies)
            self._patterns[(method, path)] = re.compile(pattern)

    def start(self) -> "Self":
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._lock:
            for event in self._waits:
                event.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "Self":
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def _reply_to(self, request: Recorded) -> Reply:
        with self._lock:
            replies, request = self._route(request)
            self.requests.append(request)
            if replies is None:
                return Reply.problem(404, "Not Found", request.path)
            reply = replies.pop(0) if len(replies) > 1 else replies[0]
            reply = reply(request) if callable(reply) else reply
            if reply.wait_for is not None:
                self._waits.append(reply.wait_for)
            return reply

    def _route(self, request: Recorded) -> tuple[list[Responder] | None, Recorded]:
        for (method, path), pattern in self._patterns.items():
            match = pattern.fullmatch(request.path)
            if method == request.method and match is not None:
                params = {name: unquote(v) for name, v in match.groupdict().items()}
                return self._routes[(method, path)], replace(request, path_params=params)
        return None, request


def _handler_class(server: FakeServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = Recorded(
                method=self.command,
                path=url.path,
                query=parse_qs(url.query, keep_blank_values=True),
                headers={name.lower(): value for name, value in self.headers.items()},
                body=self.rfile.read(length) if length else b"",
            )
            reply = server._reply_to(request)
            if reply.wait_for is not None:
                reply.wait_for.wait()
            try:
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True
                server.disconnected.set()

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.chunks is None:
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.close_connection = True
            for chunk in reply.chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
            if reply.hold_open:
                self.rfile.read(1)  # returns at EOF, when the client closes
                server.disconnected.set()
            elif not reply.cut_off:
                self.wfile.write(b"0\r\n\r\n")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
