"""Iterators over cursor-paginated list operations.

Each takes a function that fetches one page given a cursor (`UNSET` for the first
page) and a function that reads the next cursor from a page. Iteration stops when
the next cursor is absent (`None`, `UNSET` or empty) and raises `PaginationError`
when the server sends a cursor it sent before, instead of looping for ever.
"""

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from typing import TypeVar

from .errors import PaginationError
from .types import UNSET, Unset

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


def iter_pages(
    fetch_page: Callable[[str | Unset], PageT],
    next_cursor: Callable[[PageT], str | None | Unset],
    *,
    cursor: str | Unset = UNSET,
) -> Iterator[PageT]:
    """Yield pages, starting at `cursor`, fetching each only when asked for."""
    seen = _SeenCursors(cursor)
    while True:
        page = fetch_page(cursor)
        yield page
        found = seen.next(next_cursor(page))
        if found is None:
            return
        cursor = found


def iter_items(
    fetch_page: Callable[[str | Unset], PageT],
    items: Callable[[PageT], Iterable[ItemT]],
    next_cursor: Callable[[PageT], str | None | Unset],
    *,
    cursor: str | Unset = UNSET,
) -> Iterator[ItemT]:
    """Yield the items of every page in turn."""
    for page in iter_pages(fetch_page, next_cursor, cursor=cursor):
        yield from items(page)


async def aiter_pages(
    fetch_page: Callable[[str | Unset], Awaitable[PageT]],
    next_cursor: Callable[[PageT], str | None | Unset],
    *,
    cursor: str | Unset = UNSET,
) -> AsyncIterator[PageT]:
    """The async twin of `iter_pages`."""
    seen = _SeenCursors(cursor)
    while True:
        page = await fetch_page(cursor)
        yield page
        found = seen.next(next_cursor(page))
        if found is None:
            return
        cursor = found


async def aiter_items(
    fetch_page: Callable[[str | Unset], Awaitable[PageT]],
    items: Callable[[PageT], Iterable[ItemT]],
    next_cursor: Callable[[PageT], str | None | Unset],
    *,
    cursor: str | Unset = UNSET,
) -> AsyncIterator[ItemT]:
    """The async twin of `iter_items`."""
    async for page in aiter_pages(fetch_page, next_cursor, cursor=cursor):
        for item in items(page):
            yield item


class _SeenCursors:
    def __init__(self, first: str | Unset) -> None:
        self._seen = set() if isinstance(first, Unset) else {first}

    def next(self, cursor: str | None | Unset) -> str | None:
        """Return the cursor of the next page, or `None` at the end."""
        if cursor is None or isinstance(cursor, Unset) or cursor == "":
            return None
        if cursor in self._seen:
            raise PaginationError(
                f"the server returned page cursor {cursor!r} a second time;"
                " stopping instead of fetching the same pages again"
            )
        self._seen.add(cursor)
        return cursor
