"""The client's headers, auth, copies and httpx wiring, against a real server."""

import asyncio

import httpx
import pytest
from rtpkg import _http
from rtpkg.client import AuthenticatedClient, Client

from calls import run_asend
from fakeserver import FakeServer, Reply

TOKEN = "secret-token-123"


def test_bearer_token_extra_headers_and_client_workspace_are_sent(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = AuthenticatedClient(server.url, TOKEN, workspace_id="ws-1", headers={"X-Trace": "t1"})

    response = _http.send(client, _http.ApiRequest(method="GET", path="/ping"))

    assert response.status_code == 200
    headers = server.requests[0].headers
    assert headers["authorization"] == f"Bearer {TOKEN}"
    assert headers["x-workspace-id"] == "ws-1"
    assert headers["x-trace"] == "t1"


def test_request_workspace_and_headers_override_the_clients(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = AuthenticatedClient(server.url, TOKEN, workspace_id="ws-client")
    request = _http.ApiRequest(
        method="GET",
        path="/ping",
        workspace_id="ws-call",
        headers={"If-Match": '"v1"', "X-Absent": _http.UNSET},
    )

    _http.send(client, request)

    headers = server.requests[0].headers
    assert headers["x-workspace-id"] == "ws-call"
    assert headers["if-match"] == '"v1"'
    assert "x-absent" not in headers


def test_plain_client_sends_no_authorization(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))

    _http.send(Client(server.url), _http.ApiRequest(method="GET", path="/ping"))

    assert "authorization" not in server.requests[0].headers
    assert "x-workspace-id" not in server.requests[0].headers


def test_prefix_and_header_name_are_configurable(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = AuthenticatedClient(server.url, TOKEN, prefix="", auth_header_name="X-Api-Key")

    _http.send(client, _http.ApiRequest(method="GET", path="/ping"))

    assert server.requests[0].headers["x-api-key"] == TOKEN
    assert "authorization" not in server.requests[0].headers


def test_token_never_appears_in_repr():
    client = AuthenticatedClient("https://api.example.com", TOKEN)
    refreshed = client.with_headers({"Authorization": f"Bearer {TOKEN}"})

    assert TOKEN not in repr(client)
    assert TOKEN not in repr(refreshed)
    assert "https://api.example.com" in repr(client)


def test_with_headers_replaces_the_token_and_shares_the_pool(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = AuthenticatedClient(server.url, "old")
    pool = client.get_httpx_client()
    refreshed = client.with_headers({"Authorization": "Bearer new"})

    _http.send(refreshed, _http.ApiRequest(method="GET", path="/ping"))

    assert server.requests[0].headers["authorization"] == "Bearer new"
    assert client.request_headers()["Authorization"] == "Bearer old"
    assert refreshed.get_httpx_client() is pool
    assert isinstance(refreshed, AuthenticatedClient)


def test_with_timeout_applies_to_each_request(server: FakeServer):
    client = Client(server.url)
    copy = client.with_timeout(httpx.Timeout(3.0))

    assert client.timeout == httpx.Timeout(30.0, connect=10.0)
    assert copy.timeout == httpx.Timeout(3.0)
    request = _http._build(
        copy.get_httpx_client(), copy, _http.ApiRequest(method="GET", path="/p"), {}
    )
    assert request.extensions["timeout"] == httpx.Timeout(3.0).as_dict()


def test_with_cookies_sends_cookies(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = Client(server.url).with_cookies({"session": "s1"})

    _http.send(client, _http.ApiRequest(method="GET", path="/ping"))

    assert server.requests[0].headers["cookie"] == "session=s1"


def test_injected_httpx_client_is_used_and_still_gets_auth(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    seen = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    client = AuthenticatedClient(server.url, TOKEN).set_httpx_client(http)

    _http.send(client, _http.ApiRequest(method="GET", path="/ping"))

    assert len(seen) == 1
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"


def test_constructor_injected_async_client_is_used(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    seen = []

    async def record(request: httpx.Request) -> None:
        seen.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    client = AuthenticatedClient(server.url, TOKEN, async_httpx_client=http)

    async def call() -> None:
        async with client:
            await _http.asend(client, _http.ApiRequest(method="GET", path="/ping"))

    asyncio.run(call())

    assert len(seen) == 1
    assert http.is_closed


def test_sync_context_manager_closes_the_pool(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    with AuthenticatedClient(server.url, TOKEN) as client:
        _http.send(client, _http.ApiRequest(method="GET", path="/ping"))
    assert client.get_httpx_client().is_closed


def test_async_send_sends_the_same_headers(server: FakeServer):
    server.on("GET", "/ping", Reply.json({}))
    client = AuthenticatedClient(server.url, TOKEN, workspace_id="ws-1")

    async def call() -> httpx.Response:
        async with client:
            return await _http.asend(client, _http.ApiRequest(method="GET", path="/ping"))

    assert asyncio.run(call()).status_code == 200
    assert server.requests[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert server.requests[0].headers["x-workspace-id"] == "ws-1"


def test_base_url_with_a_path_and_query_and_json_body(server: FakeServer):
    server.on("POST", "/api/v1/runs", Reply.json({"id": "r1"}, status=201))
    client = Client(server.url + "/api/v1/")
    request = _http.ApiRequest(
        method="POST",
        path="/runs",
        params={"limit": 10, "tag": ["a", "b"], "cursor": _http.UNSET, "q": None},
        json={"workflowId": "wf-1"},
    )

    response = _http.send(client, request)

    assert response.json() == {"id": "r1"}
    recorded = server.requests[0]
    assert recorded.query == {"limit": ["10"], "tag": ["a", "b"]}
    assert recorded.json() == {"workflowId": "wf-1"}


def test_form_and_raw_bodies_are_sent(server: FakeServer):
    server.on("POST", "/form", Reply.json({}))
    server.on("PUT", "/blob", Reply.json({}))
    client = Client(server.url)

    _http.send(
        client,
        _http.ApiRequest(method="POST", path="/form", data={"a": "1", "b": "x y"}),
    )
    _http.send(
        client,
        _http.ApiRequest(
            method="PUT",
            path="/blob",
            content=b"\x00\x01",
            headers={"Content-Type": "application/octet-stream"},
        ),
    )

    form, blob = server.requests
    assert form.headers["content-type"] == "application/x-www-form-urlencoded"
    assert form.body == b"a=1&b=x+y"
    assert blob.body == b"\x00\x01"
    assert blob.headers["content-type"] == "application/octet-stream"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("../x", "..%2Fx"),
        ("a/b", "a%2Fb"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a b?c#d%", "a%20b%3Fc%23d%25"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("run-1_~.x", "run-1_~.x"),
        (42, "42"),
        (True, "true"),
    ],
)
def test_path_segment_encodes_everything_that_could_change_the_path(value, expected):
    assert _http.path_segment(value) == expected


def test_path_segment_rejects_an_empty_value():
    with pytest.raises(ValueError, match="must not be empty"):
        _http.path_segment("")


@pytest.mark.parametrize("value", ["../x", "a/b", "..", "."])
def test_encoded_path_segments_reach_the_server_unchanged(server: FakeServer, value):
    path = f"/runs/{_http.path_segment(value)}/events"
    server.on("GET", path, Reply.json({"ok": True}))

    response = _http.send(Client(server.url), _http.ApiRequest(method="GET", path=path))

    assert response.status_code == 200
    assert server.requests[0].path == path


def test_async_encoded_path_segments_reach_the_server(server: FakeServer):
    path = f"/runs/{_http.path_segment('../x')}/{_http.path_segment('a/b')}"
    server.on("GET", path, Reply.json({}))
    request = _http.ApiRequest(method="GET", path=path)

    response = run_asend(Client(server.url), request)

    assert response.status_code == 200
    assert server.requests[0].path == "/runs/..%2Fx/a%2Fb"


def test_redirects_are_followed_only_when_asked(server: FakeServer):
    server.on("GET", "/old", Reply(status=307, headers={"Location": "/new"}))
    server.on("GET", "/new", Reply.json({"moved": True}))
    request = _http.ApiRequest(method="GET", path="/old")

    assert _http.send(Client(server.url), request).status_code == 307
    followed = _http.send(Client(server.url, follow_redirects=True), request)
    assert followed.json() == {"moved": True}
