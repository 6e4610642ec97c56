"""Generated operations against a real HTTP server on 127.0.0.1.

The packages come from testdata/operations and testdata/streaming. Each test
starts its own server, scripts its answers, and looks at what arrived.
"""

import asyncio
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

pytest.importorskip("portarium_client")

from portarium_client import (  # noqa: E402
    AuthenticatedClient,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PortariumError,
)
from portarium_client.api.default import health  # noqa: E402
from portarium_client.api.runs import cancel_run, get_run, list_runs, start_run  # noqa: E402
from portarium_client.models import Run, RunStatus, StartRunRequest  # noqa: E402
from streaming_client import Client as StreamingClient  # noqa: E402
from streaming_client.api.default import stream_lines  # noqa: E402
from streaming_client.api.events import stream_events  # noqa: E402
from streaming_client.models import Event  # noqa: E402

Answer = tuple[int, dict[str, str], bytes]


class Server:
    """Answers requests from a script, a function of (method, raw path, headers, body)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answer = lambda method, path, headers, body: (200, {}, b"")
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                server.requests.append(
                    {"method": self.command, "path": self.path, "headers": headers, "body": body}
                )
                status, out_headers, content = server.answer(self.command, self.path, headers, body)
                self.send_response(status)
                for key, value in out_headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_DELETE = _handle

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    s = Server()
    yield s
    s.close()


def json_answer(status: int, value: object, content_type: str = "application/json") -> Answer:
    return status, {"Content-Type": content_type}, json.dumps(value).encode()


RUN = {"id": "r1", "status": "queued", "startedAt": "2024-01-02T03:04:05Z"}


def client(server: Server, **kwargs: Any) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token="secret-token", **kwargs)


def test_start_run_sends_auth_workspace_idempotency_and_body(server: Server) -> None:
    server.answer = lambda *_: json_answer(201, RUN)
    with client(server) as c:
        run = start_run.sync(
            client=c, workspace_id="ws-acme", body=StartRunRequest(workflow_id="wf-1")
        )
    assert run == Run.from_dict(RUN) and run.status is RunStatus.QUEUED
    (request,) = server.requests
    assert request["method"] == "POST" and request["path"] == "/v1/workspaces/ws-acme/runs"
    assert request["headers"]["authorization"] == "Bearer secret-token"
    assert request["headers"]["x-workspace-id"] == "ws-acme"
    assert request["headers"]["idempotency-key"]
    assert json.loads(request["body"]) == {"workflowId": "wf-1"}
    assert "secret-token" not in repr(c)


def test_idempotency_key_is_reused_on_retry(server: Server) -> None:
    answers = iter([(503, {"Retry-After": "0"}, b"busy"), json_answer(201, RUN)])
    server.answer = lambda *_: next(answers)
    with client(server, sleep=lambda _: None) as c:
        start_run.sync(
            client=c,
            workspace_id="w",
            body=StartRunRequest(workflow_id="wf"),
            idempotency_key="k-1",
        )
    keys = [r["headers"]["idempotency-key"] for r in server.requests]
    assert keys == ["k-1", "k-1"]


def test_path_parameters_cannot_change_the_path(server: Server) -> None:
    server.answer = lambda *_: json_answer(200, RUN)
    with client(server) as c:
        get_run.sync(client=c, workspace_id="a/b", run_id="../x")
    assert server.requests[0]["path"] == "/v1/workspaces/a%2Fb/runs/..%2Fx"


def test_errors_are_typed_and_keep_the_body(server: Server) -> None:
    problem = {
        "type": "urn:not-found",
        "title": "No such run",
        "status": 404,
        "detail": "r9",
        "hint": 1,
    }
    server.answer = lambda *_: json_answer(404, problem, "application/problem+json")
    with client(server) as c:
        with pytest.raises(NotFoundError) as caught:
            get_run.sync(client=c, workspace_id="w", run_id="r9")
        detailed = get_run.sync_detailed(client=c, workspace_id="w", run_id="r9")
    assert isinstance(caught.value, PortariumError)
    assert caught.value.problem is not None and caught.value.problem.extensions == {"hint": 1}
    assert detailed.status_code == 404 and detailed.parsed is None

    server.answer = lambda *_: (500, {"Content-Type": "text/html"}, b"<h1>down</h1>")
    with client(server, max_retries=0) as c:
        with pytest.raises(InternalServerError) as failed:
            get_run.sync(client=c, workspace_id="w", run_id="r1")
    assert failed.value.response.text == "<h1>down</h1>" and failed.value.problem is None


def test_detailed_keeps_statuses_python_does_not_know(server: Server) -> None:
    server.answer = lambda *_: (599, {"Content-Type": "text/plain"}, b"odd gateway")
    with client(server, max_retries=0) as c:
        detailed = get_run.sync_detailed(client=c, workspace_id="w", run_id="r1")
    assert detailed.status_code == 599 and detailed.content == b"odd gateway"


def test_no_content_and_text_responses(server: Server) -> None:
    server.answer = lambda *_: (204, {}, b"")
    with client(server) as c:
        assert cancel_run.sync(client=c, workspace_id="w", run_id="r1") is None
    server.answer = lambda *_: (200, {"Content-Type": "text/plain"}, b"ok")
    with client(server) as c:
        assert health.sync(client=c, verbose=True, x_count=3) == "ok"
    request = server.requests[-1]
    assert request["path"] == "/health?verbose=true" and request["headers"]["x-count"] == "3"


def pages(method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
    cursor = path.partition("cursor=")[2].partition("&")[0]
    following = {"": "c2", "c2": "c3", "c3": None, "loop": "loop"}[cursor]
    items = [{"id": f"{cursor or 'c1'}-{i}", "status": "done"} for i in range(2)]
    return json_answer(200, {"items": items, "nextCursor": following})


def test_pagination_follows_next_cursor(server: Server) -> None:
    server.answer = pages
    with client(server) as c:
        ids = [run.id for run in list_runs.iter_items(client=c, workspace_id="w", limit=2)]
        assert ids == ["c1-0", "c1-1", "c2-0", "c2-1", "c3-0", "c3-1"]
        assert len(list(list_runs.iter_pages(client=c, workspace_id="w", cursor="c2"))) == 2
        with pytest.raises(PaginationError):
            list(list_runs.iter_pages(client=c, workspace_id="w", cursor="loop"))
    assert "limit=2" in server.requests[0]["path"]


def test_async_twins(server: Server) -> None:
    async def main() -> list[str]:
        server.answer = lambda *_: json_answer(201, RUN)
        async with client(server) as c:
            run = await start_run.asyncio(
                client=c, workspace_id="w", body=StartRunRequest(workflow_id="wf")
            )
            assert run.id == "r1"
            server.answer = pages
            return [r.id async for r in list_runs.aiter_items(client=c, workspace_id="w")]

    assert len(asyncio.run(main())) == 6


SSE = (
    b": comment\r\n"
    b'event: tick\r\ndata: {"kind": "tick",\r\ndata:  "count": 1}\r\n\r\n'
    b'data: {"kind": "tock"}\n\n'
)


def test_event_stream_yields_typed_events(server: Server) -> None:
    server.answer = lambda *_: (200, {"Content-Type": "text/event-stream"}, SSE)
    with StreamingClient(base_url=server.url) as c:
        with stream_events.sync(client=c, since="0") as events:
            assert list(events) == [Event(kind="tick", count=1), Event(kind="tock")]
        with stream_lines.sync(client=c) as lines:
            assert next(iter(lines)) == '{"kind": "tick",\n "count": 1}'

    async def main() -> list[Event]:
        async with StreamingClient(base_url=server.url) as c:
            async with await stream_events.asyncio(client=c) as events:
                return [event async for event in events]

    assert [e.kind for e in asyncio.run(main())] == ["tick", "tock"]


def test_event_stream_detailed_returns_the_stream_or_the_error_body(server: Server) -> None:
    server.answer = lambda *_: (200, {"Content-Type": "text/event-stream"}, SSE)
    with StreamingClient(base_url=server.url, max_retries=0) as c:
        opened = stream_events.sync_detailed(client=c)
        assert opened.status_code == 200 and opened.parsed is not None
        with opened.parsed as events:
            assert [e.kind for e in events] == ["tick", "tock"]

        server.answer = lambda *_: (503, {"Content-Type": "text/plain"}, b"draining")
        refused = stream_events.sync_detailed(client=c)
        assert (refused.status_code, refused.parsed, refused.content) == (503, None, b"draining")

    async def main() -> tuple[int, bytes]:
        async with StreamingClient(base_url=server.url, max_retries=0) as c:
            response = await stream_events.asyncio_detailed(client=c)
            return response.status_code, response.content

    assert asyncio.run(main()) == (503, b"draining")


def test_readme_examples_run(server: Server) -> None:
    import os
    import re
    from pathlib import Path

    readme = Path(os.environ["GENERATED_DIR"], "operations", "README.md").read_text()
    blocks = re.findall(r"```python\n(.*?)```", readme, re.DOTALL)
    setup, call = blocks[0], blocks[1]
    server.answer = lambda *_: (200, {"Content-Type": "text/plain"}, b"ok")
    namespace: dict[str, Any] = {}
    exec(setup.replace("https://portarium.example.com", server.url) + call, namespace)
    assert namespace["result"] == "ok"
    assert server.requests[0]["headers"]["authorization"] == "Bearer ..."
