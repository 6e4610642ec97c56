"""Retries, backoff, Retry-After, idempotency keys and transport errors."""

import asyncio
import email.utils
import io
import logging
import socket
import threading
import time
import uuid

import httpx
import pytest
from rtpkg import _http, errors
from rtpkg.client import AuthenticatedClient, Client

from calls import run_asend
from fakeserver import FakeServer, Reply

TOKEN = "secret-token-123"
UNAVAILABLE = Reply.problem(503, "Unavailable")
OK = Reply.json({"ok": True})


class Sleeps:
    """Records the delays the client asks for instead of sleeping."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    def sleep(self, delay: float) -> None:
        self.delays.append(delay)

    async def async_sleep(self, delay: float) -> None:
        self.delays.append(delay)


def client_for(url: str, sleeps: Sleeps, **kwargs) -> AuthenticatedClient:
    return AuthenticatedClient(
        url, TOKEN, sleep=sleeps.sleep, async_sleep=sleeps.async_sleep, **kwargs
    )


def get(path: str = "/thing") -> _http.ApiRequest:
    return _http.ApiRequest(method="GET", path=path)


def refused_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_retry_after_seconds_is_honoured(server: FakeServer):
    server.on("GET", "/thing", Reply.problem(503, "Busy", headers={"Retry-After": "2"}), OK)
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps), get())

    assert response.status_code == 200
    assert sleeps.delays == [2.0]
    assert len(server.requests) == 2


def test_retry_after_http_date_is_honoured(server: FakeServer):
    later = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.on("GET", "/thing", Reply.problem(429, "Slow", headers={"Retry-After": later}), OK)
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps), get())

    assert response.status_code == 200
    assert len(sleeps.delays) == 1
    assert 25 < sleeps.delays[0] <= 30


def test_retry_after_is_capped(server: FakeServer):
    server.on("GET", "/thing", Reply.problem(503, "Busy", headers={"Retry-After": "3600"}), OK)
    sleeps = Sleeps()

    _http.send(client_for(server.url, sleeps), get())

    assert sleeps.delays == [60.0]


def test_backoff_without_retry_after_grows_with_jitter(server: FakeServer):
    server.on("GET", "/thing", UNAVAILABLE)
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps, max_retries=5), get())

    assert response.status_code == 503
    assert len(server.requests) == 6
    ceilings = [0.5, 1.0, 2.0, 4.0, 8.0]
    assert all(0 <= d <= c for d, c in zip(sleeps.delays, ceilings, strict=True))


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(server: FakeServer, status):
    server.on("GET", "/thing", Reply(status=status), OK)
    sleeps = Sleeps()

    assert _http.send(client_for(server.url, sleeps), get()).status_code == 200
    assert len(sleeps.delays) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 409, 412, 422])
def test_client_errors_are_not_retried(server: FakeServer, status):
    server.on("GET", "/thing", Reply(status=status), OK)
    sleeps = Sleeps()

    assert _http.send(client_for(server.url, sleeps), get()).status_code == status
    assert sleeps.delays == []


def test_retries_stop_at_max_retries_and_return_the_last_response(server: FakeServer):
    server.on("GET", "/thing", UNAVAILABLE)
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps), get())

    assert response.status_code == 503
    assert response.json()["title"] == "Unavailable"
    assert len(server.requests) == 3
    assert len(sleeps.delays) == 2


def test_max_retries_zero_disables_retries(server: FakeServer):
    server.on("GET", "/thing", UNAVAILABLE, OK)
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps, max_retries=0), get())

    assert response.status_code == 503
    assert sleeps.delays == []


def test_post_without_idempotency_header_is_not_retried(server: FakeServer):
    server.on("POST", "/runs", UNAVAILABLE, OK)
    sleeps = Sleeps()
    request = _http.ApiRequest(method="POST", path="/runs", json={})

    response = _http.send(client_for(server.url, sleeps), request)

    assert response.status_code == 503
    assert len(server.requests) == 1
    assert "idempotency-key" not in server.requests[0].headers


def test_put_and_delete_are_retried_freely(server: FakeServer):
    server.on("PUT", "/thing", UNAVAILABLE, OK)
    server.on("DELETE", "/thing", UNAVAILABLE, Reply(status=204))
    sleeps = Sleeps()
    client = client_for(server.url, sleeps)

    assert _http.send(client, _http.ApiRequest(method="PUT", path="/thing")).is_success
    assert _http.send(client, _http.ApiRequest(method="DELETE", path="/thing")).is_success
    assert len(sleeps.delays) == 2


def post_with_key(**headers: str) -> _http.ApiRequest:
    return _http.ApiRequest(
        method="POST",
        path="/runs",
        json={"workflowId": "wf-1"},
        headers=headers,
        idempotency_header="Idempotency-Key",
    )


def test_idempotency_key_is_generated_once_and_reused_on_retries(server: FakeServer):
    server.on("POST", "/runs", UNAVAILABLE, Reply(status=502), Reply.json({}, 201))
    sleeps = Sleeps()

    response = _http.send(client_for(server.url, sleeps), post_with_key())

    assert response.status_code == 201
    keys = [r.headers["idempotency-key"] for r in server.requests]
    assert len(keys) == 3
    assert len(set(keys)) == 1
    assert uuid.UUID(keys[0]).version == 4
    assert all(r.json() == {"workflowId": "wf-1"} for r in server.requests)


def test_each_logical_call_gets_its_own_key(server: FakeServer):
    server.on("POST", "/runs", Reply.json({}, 201))
    client = client_for(server.url, Sleeps())

    _http.send(client, post_with_key())
    _http.send(client, post_with_key())

    first, second = (r.headers["idempotency-key"] for r in server.requests)
    assert first != second


def test_callers_idempotency_key_is_used_on_every_attempt(server: FakeServer):
    server.on("POST", "/runs", UNAVAILABLE, Reply.json({}, 201))

    _http.send(client_for(server.url, Sleeps()), post_with_key(**{"Idempotency-Key": "k-1"}))

    assert [r.headers["idempotency-key"] for r in server.requests] == ["k-1", "k-1"]


def test_connection_refused_raises_api_connection_error_after_retries():
    sleeps = Sleeps()

    with pytest.raises(errors.ApiConnectionError) as caught:
        _http.send(client_for(refused_url(), sleeps), get())

    assert type(caught.value) is errors.ApiConnectionError
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert str(caught.value).startswith("GET /thing: ConnectError")
    assert len(sleeps.delays) == 2


def test_post_is_not_retried_after_a_connection_error():
    sleeps = Sleeps()
    request = _http.ApiRequest(method="POST", path="/runs", json={})

    with pytest.raises(errors.ApiConnectionError):
        _http.send(client_for(refused_url(), sleeps), request)

    assert sleeps.delays == []


def test_timeout_raises_api_timeout_error(server: FakeServer):
    server.on("GET", "/slow", Reply(wait_for=threading.Event()))
    client = client_for(server.url, Sleeps(), max_retries=0, timeout=httpx.Timeout(0.2))

    with pytest.raises(errors.ApiTimeoutError) as caught:
        _http.send(client, get("/slow"))

    assert isinstance(caught.value, errors.ApiConnectionError)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert str(caught.value).startswith("GET /slow: ReadTimeout")


def test_retries_are_logged_without_the_token(server: FakeServer, caplog):
    server.on("GET", "/thing", UNAVAILABLE, OK)
    caplog.set_level(logging.DEBUG)

    _http.send(client_for(server.url, Sleeps(), workspace_id="ws-1"), get())

    retries = [r for r in caplog.records if r.name == "rtpkg"]
    assert len(retries) == 1
    assert "retrying GET /thing" in retries[0].getMessage()
    assert "HTTP 503" in retries[0].getMessage()
    assert TOKEN not in caplog.text


def test_async_retry_after_and_idempotency_key_reuse(server: FakeServer):
    busy = Reply.problem(503, "Busy", headers={"Retry-After": "3"})
    server.on("POST", "/runs", busy, Reply.problem(429, "Slow"), Reply.json({}, 201))
    sleeps = Sleeps()
    client = client_for(server.url, sleeps)

    async def call() -> httpx.Response:
        async with client:
            return await _http.asend(client, post_with_key())

    assert asyncio.run(call()).status_code == 201
    assert sleeps.delays[0] == 3.0
    assert len(sleeps.delays) == 2
    assert len({r.headers["idempotency-key"] for r in server.requests}) == 1


def test_async_post_without_idempotency_header_is_not_retried(server: FakeServer):
    server.on("POST", "/runs", UNAVAILABLE, OK)
    sleeps = Sleeps()
    request = _http.ApiRequest(method="POST", path="/runs", json={})

    response = run_asend(client_for(server.url, sleeps), request)

    assert response.status_code == 503
    assert len(server.requests) == 1


def test_async_connection_refused_raises_api_connection_error():
    sleeps = Sleeps()

    with pytest.raises(errors.ApiConnectionError) as caught:
        run_asend(client_for(refused_url(), sleeps), get())

    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert len(sleeps.delays) == 2


def test_async_timeout_raises_api_timeout_error(server: FakeServer):
    server.on("GET", "/slow", Reply(wait_for=threading.Event()))
    client = Client(server.url, max_retries=0, timeout=httpx.Timeout(0.2))

    with pytest.raises(errors.ApiTimeoutError) as caught:
        run_asend(client, get("/slow"))

    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_multipart_file_is_sent_whole_on_every_attempt(server: FakeServer):
    server.on("POST", "/uploads", UNAVAILABLE, Reply.json({}, 201))
    upload = io.BytesIO(b"file contents")
    request = _http.ApiRequest(
        method="POST",
        path="/uploads",
        files=[("file", ("a.txt", upload, "text/plain")), ("note", (None, "hi", None))],
        idempotency_header="Idempotency-Key",
    )

    response = _http.send(client_for(server.url, Sleeps()), request)

    assert response.status_code == 201
    assert len(server.requests) == 2
    assert all(b"file contents" in r.body and b"hi" in r.body for r in server.requests)


def test_error_body_cut_off_raises_api_connection_error(server: FakeServer):
    server.on("GET", "/events", Reply(status=500, chunks=[b"partial"], cut_off=True))
    client = client_for(server.url, Sleeps(), max_retries=0)

    with pytest.raises(errors.ApiConnectionError) as caught:
        _http.send(client, get("/events"), stream=True)

    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
