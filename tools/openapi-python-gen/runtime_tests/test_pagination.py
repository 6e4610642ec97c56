"""Cursor pagination over a real server's list endpoint."""

import asyncio

import pytest
from rtpkg import _http, errors, pagination
from rtpkg.client import Client
from rtpkg.types import UNSET, Unset

from fakeserver import FakeServer, Recorded, Reply

ITEMS = [f"run-{n}" for n in range(7)]
PAGE_SIZE = 3


def list_runs(request: Recorded) -> Reply:
    start = int(request.query.get("cursor", ["0"])[0])
    end = start + PAGE_SIZE
    page = {"items": ITEMS[start:end]}
    if end < len(ITEMS):
        page["nextCursor"] = str(end)
    return Reply.json(page)


def fetcher(client: Client):
    def fetch_page(cursor: str | Unset) -> dict:
        params = {"limit": PAGE_SIZE, "cursor": cursor}
        request = _http.ApiRequest(method="GET", path="/runs", params=params)
        return _http.send(client, request).json()

    return fetch_page


def async_fetcher(client: Client):
    async def fetch_page(cursor: str | Unset) -> dict:
        params = {"limit": PAGE_SIZE, "cursor": cursor}
        request = _http.ApiRequest(method="GET", path="/runs", params=params)
        return (await _http.asend(client, request)).json()

    return fetch_page


def items(page: dict) -> list[str]:
    return page["items"]


def next_cursor(page: dict) -> str | None | Unset:
    return page.get("nextCursor", UNSET)


def sent_cursors(server: FakeServer) -> list[str | None]:
    return [r.query.get("cursor", [None])[0] for r in server.requests]


def test_items_across_several_pages(server: FakeServer):
    server.on("GET", "/runs", list_runs)

    found = list(pagination.iter_items(fetcher(Client(server.url)), items, next_cursor))

    assert found == ITEMS
    assert sent_cursors(server) == [None, "3", "6"]


def test_pages_are_fetched_only_when_asked_for(server: FakeServer):
    server.on("GET", "/runs", list_runs)
    pages = pagination.iter_pages(fetcher(Client(server.url)), next_cursor)

    assert next(pages)["items"] == ITEMS[:3]
    assert len(server.requests) == 1


def test_iteration_can_start_at_a_cursor(server: FakeServer):
    server.on("GET", "/runs", list_runs)
    fetch_page = fetcher(Client(server.url))

    found = list(pagination.iter_items(fetch_page, items, next_cursor, cursor="3"))

    assert found == ITEMS[3:]


@pytest.mark.parametrize("last_cursor", [None, ""])
def test_null_or_empty_next_cursor_ends_iteration(server: FakeServer, last_cursor):
    server.on(
        "GET",
        "/runs",
        Reply.json({"items": ["a"], "nextCursor": "c1"}),
        Reply.json({"items": ["b"], "nextCursor": last_cursor}),
    )

    found = list(pagination.iter_items(fetcher(Client(server.url)), items, next_cursor))

    assert found == ["a", "b"]


def test_repeated_cursor_raises_instead_of_looping(server: FakeServer):
    server.on(
        "GET",
        "/runs",
        Reply.json({"items": ["a"], "nextCursor": "c1"}),
        Reply.json({"items": ["b"], "nextCursor": "c2"}),
        Reply.json({"items": ["c"], "nextCursor": "c1"}),
    )
    found = []

    with pytest.raises(errors.PaginationError, match="'c1'"):
        found.extend(pagination.iter_items(fetcher(Client(server.url)), items, next_cursor))

    assert found == ["a", "b", "c"]
    assert len(server.requests) == 3
    assert isinstance(errors.PaginationError("x"), errors.RtpkgError)


def test_a_page_pointing_back_at_the_start_cursor_is_refused(server: FakeServer):
    server.on("GET", "/runs", Reply.json({"items": ["a"], "nextCursor": "start"}))
    pages = pagination.iter_pages(fetcher(Client(server.url)), next_cursor, cursor="start")

    with pytest.raises(errors.PaginationError):
        list(pages)
    assert len(server.requests) == 1


def test_async_items_across_several_pages(server: FakeServer):
    server.on("GET", "/runs", list_runs)
    client = Client(server.url)

    async def collect() -> list[str]:
        fetch_page = async_fetcher(client)
        async with client:
            return [item async for item in pagination.aiter_items(fetch_page, items, next_cursor)]

    assert asyncio.run(collect()) == ITEMS
    assert sent_cursors(server) == [None, "3", "6"]


def test_async_repeated_cursor_raises(server: FakeServer):
    server.on("GET", "/runs", Reply.json({"items": ["a"], "nextCursor": "same"}))
    client = Client(server.url)
    pages = []

    async def collect() -> None:
        async with client:
            async for page in pagination.aiter_pages(async_fetcher(client), next_cursor):
                pages.append(page)

    with pytest.raises(errors.PaginationError, match="'same'"):
        asyncio.run(collect())
    assert len(pages) == 2
