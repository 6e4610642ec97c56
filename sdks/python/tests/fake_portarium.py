"""A small stateful fake of the Portarium control plane, for the SDK's behaviour tests.

    with FakePortarium() as server:
        server.add_runs(7)
        ...  # point an AuthenticatedClient at server.url
        assert server.requests[0].headers["authorization"] == "Bearer t"

It serves, on a free port of 127.0.0.1, what a static mock cannot: runs that are created
and paged through with real cursors, idempotency keys that replay the first answer, failures
with `Retry-After` on demand, and the two event streams, which resume after `Last-Event-ID`
and can be held open until the client hangs up; also a list of one workspace. Every
request is recorded in `requests`; other paths get a 404 problem.
"""

import json
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

WORKSPACE = r"/v1/workspaces/(?P<workspace>[^/]+)"
MAX_LIMIT = 200
# How often the server loop checks for shutdown; the default half second slows every test.
SHUTDOWN_POLL_SECONDS = 0.02


@dataclass(frozen=True)
class Recorded:
    """A request the fake received. Header names are lower case."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Reply:
    """An answer: a whole body, or `chunks` sent one at a time (chunked encoding)."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    chunks: list[bytes] | None = None
    hold_open: bool = False

    @classmethod
    def json(cls, status: int, value: object) -> "Reply":
        return cls(status, {"Content-Type": "application/json"}, json.dumps(value).encode())

    @classmethod
    def problem(cls, status: int, title: str, detail: str, **headers: str) -> "Reply":
        document = {"type": "about:blank", "title": title, "status": status, "detail": detail}
        return cls(
            status,
            {"Content-Type": "application/problem+json", **headers},
            json.dumps(document).encode(),
        )


@dataclass(frozen=True)
class _Failure:
    status: int
    retry_after: str | None
    handled: bool


class FakePortarium:
    """The fake server; use it as a context manager, which starts and always stops it.

    State tests may set directly: `invocation_events` and `location_events` (the JSON
    objects the streams send, in order), `hold_streams_open` (keep a stream's connection
    open after its events until the client closes it; `disconnected` is then set), and
    `repeat_cursor` (the next list page asked for with a cursor hands that cursor back,
    once, so that a client without a guard would fetch it again and not loop for ever).
    """

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.runs: list[dict[str, object]] = []
        self.invocation_events: list[dict[str, object]] = []
        self.location_events: list[dict[str, object]] = []
        self.hold_streams_open = False
        self.repeat_cursor = False
        self.disconnected = threading.Event()
        self._failures: list[_Failure] = []
        self._replies_by_key: dict[str, tuple[bytes, Reply]] = {}
        self._lock = threading.Lock()
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Reply]]] = [
            ("GET", re.compile("/v1/workspaces"), self._list_workspaces),
            ("GET", re.compile(WORKSPACE + "/runs"), self._list_runs),
            ("POST", re.compile(WORKSPACE + "/runs"), self._start_run),
            ("GET", re.compile(WORKSPACE + r"/runs/(?P<run>[^/]+)"), self._get_run),
            (
                "GET",
                re.compile(WORKSPACE + r"/machines/[^/]+/invocations/[^/]+/events"),
                self._invocation_events,
            ),
            ("GET", re.compile(WORKSPACE + "/location-events/stream"), self._location_events),
        ]
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_class(self))
        self._httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, args=(SHUTDOWN_POLL_SECONDS,), daemon=True
        )

    def __enter__(self) -> "FakePortarium":
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def add_runs(self, count: int) -> list[str]:
        """Create `count` runs, as if started earlier, and return their IDs."""
        with self._lock:
            return [str(self._new_run("wf-1", "Seeded")["id"]) for _ in range(count)]

    def fail_next(
        self, times: int, status: int, *, retry_after: str | None = None, handled: bool = False
    ) -> None:
        """Answer the next `times` requests with a `status` problem.

        With `handled`, each request is handled first and only its answer is replaced, as
        when a gateway loses the answer of a request the server acted on.
        """
        with self._lock:
            self._failures += [_Failure(status, retry_after, handled)] * times

    def reply_to(self, request: Recorded) -> Reply:
        """Record `request` and answer it."""
        with self._lock:
            self.requests.append(request)
            if not self._failures:
                return self._route(request)
            failure = self._failures.pop(0)
            if failure.handled:
                self._route(request)
            headers = {} if failure.retry_after is None else {"Retry-After": failure.retry_after}
            return Reply.problem(failure.status, "Injected failure", "Try again.", **headers)

    def _route(self, request: Recorded) -> Reply:
        for method, pattern, handle in self._routes:
            match = pattern.fullmatch(request.path)
            if match is not None and method == request.method:
                return handle(request, **match.groupdict())
        return Reply.problem(404, "Not Found", f"No route for {request.method} {request.path}.")

    def _list_workspaces(self, request: Recorded) -> Reply:
        workspace = {
            "id": "ws-acme",
            "name": "Acme Corp",
            "region": "eu-west",
            "createdAt": "2025-11-03T09:00:00Z",
        }
        return Reply.json(200, {"items": [workspace], "nextCursor": None})

    def _list_runs(self, request: Recorded, workspace: str) -> Reply:
        limit = int(request.query.get("limit", ["50"])[0])
        cursor = request.query.get("cursor", [None])[0]
        start = 0 if cursor is None else _offset(cursor)
        if not 1 <= limit <= MAX_LIMIT or start is None or start > len(self.runs):
            return Reply.problem(400, "Bad Request", "Bad limit or cursor.")
        end = start + limit
        next_cursor = f"offset-{end}" if end < len(self.runs) else None
        if self.repeat_cursor and cursor is not None:
            self.repeat_cursor = False
            next_cursor = cursor
        return Reply.json(200, {"items": self.runs[start:end], "nextCursor": next_cursor})

    def _start_run(self, request: Recorded, workspace: str) -> Reply:
        key = request.headers.get("idempotency-key")
        if key is not None and key in self._replies_by_key:
            body, reply = self._replies_by_key[key]
            if body == request.body:
                return reply
            return Reply.problem(422, "Unprocessable Entity", "Key reused with another body.")
        started = json.loads(request.body)
        run = self._new_run(started["workflowId"], started.get("objective", "Unstated"))
        reply = Reply.json(202, run)
        if key is not None:
            self._replies_by_key[key] = (request.body, reply)
        return reply

    def _get_run(self, request: Recorded, workspace: str, run: str) -> Reply:
        for found in self.runs:
            if found["id"] == run:
                return Reply.json(200, found)
        return Reply.problem(404, "Not Found", f"Run {run} was not found in {workspace}.")

    def _invocation_events(self, request: Recorded, workspace: str) -> Reply:
        after = int(request.headers.get("last-event-id", "0"))
        blocks = [
            _event_block(str(event["sequence"]), str(event["type"]), event)
            for event in self.invocation_events
            if int(str(event["sequence"])) > after
        ]
        return self._stream(blocks)

    def _location_events(self, request: Recorded, workspace: str) -> Reply:
        blocks = [b": keep-alive\r\n\r\n"]
        blocks += [
            _event_block(str(event["id"]), "location", event).replace(b"\n", b"\r\n")
            for event in self.location_events
        ]
        # Cut into pieces that split lines, and even CR from LF, between chunks.
        body = b"".join(blocks)
        return self._stream([body[i : i + 7] for i in range(0, len(body), 7)])

    def _stream(self, chunks: list[bytes]) -> Reply:
        headers = {"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
        return Reply(200, headers, chunks=chunks, hold_open=self.hold_streams_open)

    def _new_run(self, workflow_id: str, objective: str) -> dict[str, object]:
        run: dict[str, object] = {
            "id": f"run-{len(self.runs) + 1}",
            "schemaVersion": 1,
            "workflowId": workflow_id,
            "workflowVersion": 1,
            "status": "Pending",
            "charter": {"objective": objective, "executionTier": "Auto", "budget": {"maxSteps": 5}},
            "startedBy": "usr-ada",
            "createdAt": "2026-03-02T09:50:00Z",
        }
        self.runs.append(run)
        return run


def _offset(cursor: str) -> int | None:
    prefix, _, number = cursor.partition("-")
    return int(number) if prefix == "offset" and number.isdigit() else None


def _event_block(event_id: str, event_type: str, payload: object) -> bytes:
    """One server-sent event whose JSON payload spans several `data:` lines."""
    lines = [f"id: {event_id}", f"event: {event_type}"]
    lines += [f"data: {line}" for line in json.dumps(payload, indent=2).splitlines()]
    return ("\n".join(lines) + "\n\n").encode()


def _handler_class(server: FakePortarium) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            url = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            reply = server.reply_to(
                Recorded(
                    method=self.command,
                    path=url.path,
                    query=parse_qs(url.query),
                    headers={name.lower(): value for name, value in self.headers.items()},
                    body=self.rfile.read(length),
                )
            )
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.chunks is None:
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            else:
                self._send_chunks(reply.chunks, reply.hold_open)

        def _send_chunks(self, chunks: Iterable[bytes], hold_open: bool) -> None:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            self.close_connection = True
            try:
                for chunk in chunks:
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
                if hold_open:
                    self.rfile.read(1)  # returns at end of file, when the client hangs up
                    server.disconnected.set()
                else:
                    self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                server.disconnected.set()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler
