"""Cursor pagination: `iter_*` and `aiter_*` follow `nextCursor` across pages and stop at
its end, or at a cursor the server sends twice."""

import asyncio

import pytest
from portarium_client import AuthenticatedClient, PaginationError
from portarium_client.api.runs import list_runs

from fake_portarium import FakePortarium

WS = "ws-acme"


def cursors_sent(server: FakePortarium) -> list[str | None]:
    return [request.query.get("cursor", [None])[0] for request in server.requests]


def test_iter_pages_follows_next_cursor_to_the_last_page(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)

    with client:
        pages = list(list_runs.iter_pages(client=client, workspace_id=WS, limit=3))

    assert [[run.id for run in page.items] for page in pages] == [ids[:3], ids[3:6], ids[6:]]
    assert [page.next_cursor for page in pages] == ["offset-3", "offset-6", None]
    assert cursors_sent(server) == [None, "offset-3", "offset-6"]
    assert all(request.query["limit"] == ["3"] for request in server.requests)


def test_iter_items_yields_every_item_of_every_page_in_order(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)

    with client:
        runs = list(list_runs.iter_items(client=client, workspace_id=WS, limit=3))

    assert [run.id for run in runs] == ids
    assert len(server.requests) == 3


def test_pages_are_fetched_only_when_iteration_reaches_them(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)

    with client:
        items = list_runs.iter_items(client=client, workspace_id=WS, limit=3)
        first = [next(items).id for _ in range(4)]

    assert first == ids[:4]
    assert cursors_sent(server) == [None, "offset-3"]


def test_iteration_starts_at_the_given_cursor(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)

    with client:
        runs = list(
            list_runs.iter_items(client=client, workspace_id=WS, limit=2, cursor="offset-3")
        )

    assert [run.id for run in runs] == ids[3:]
    assert cursors_sent(server) == ["offset-3", "offset-5"]


def test_a_repeated_cursor_raises_pagination_error_instead_of_looping(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)
    server.repeat_cursor = True
    seen = []

    with client, pytest.raises(PaginationError, match="offset-3"):
        for run in list_runs.iter_items(client=client, workspace_id=WS, limit=3):
            seen.append(run.id)

    assert seen == ids[:3] + ids[3:6]
    assert cursors_sent(server) == [None, "offset-3"]


def test_aiter_pages_and_aiter_items_follow_next_cursor_to_the_last_page(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)

    async def collect() -> tuple[list[list[str]], list[str]]:
        async with client:
            pages = [
                [run.id for run in page.items]
                async for page in list_runs.aiter_pages(client=client, workspace_id=WS, limit=3)
            ]
            items = [
                run.id
                async for run in list_runs.aiter_items(client=client, workspace_id=WS, limit=3)
            ]
        return pages, items

    pages, items = asyncio.run(collect())

    assert pages == [ids[:3], ids[3:6], ids[6:]]
    assert items == ids
    assert cursors_sent(server) == [None, "offset-3", "offset-6"] * 2


def test_aiter_items_raises_pagination_error_on_a_repeated_cursor(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    ids = server.add_runs(7)
    server.repeat_cursor = True
    seen = []

    async def collect() -> None:
        async with client:
            async for run in list_runs.aiter_items(client=client, workspace_id=WS, limit=3):
                seen.append(run.id)

    with pytest.raises(PaginationError, match="offset-3"):
        asyncio.run(collect())

    assert seen == ids[:6]
    assert cursors_sent(server) == [None, "offset-3"]
