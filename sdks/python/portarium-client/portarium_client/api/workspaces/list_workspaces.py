"""List workspaces

Returns the workspaces the caller is a member of, ordered by name.

GET /v1/workspaces
"""

from collections.abc import AsyncIterator, Iterator

import httpx

from ... import pagination
from ..._http import ApiRequest, asend, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.workspace import Workspace
from ...models.workspace_list import WorkspaceList
from ...types import UNSET, Response, Unset


def _request(*, limit: int = 50, cursor: str | Unset = UNSET) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path="/v1/workspaces",
        params={
            "limit": limit,
            "cursor": cursor,
        },
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> WorkspaceList:
    """Read the body of a documented success response."""
    return WorkspaceList.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> Response[WorkspaceList]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        limit: The largest number of items to return in one page.
        cursor: The `nextCursor` of the previous page. Leave it out to get the first page.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        limit=limit,
        cursor=cursor,
    )
    response = send(client, request)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse(response) if _is_success(response) else None,
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> WorkspaceList:
    """Call the operation and return its decoded result.

    Args:
        limit: The largest number of items to return in one page.
        cursor: The `nextCursor` of the previous page. Leave it out to get the first page.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        limit=limit,
        cursor=cursor,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> Response[WorkspaceList]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Args:
        limit: The largest number of items to return in one page.
        cursor: The `nextCursor` of the previous page. Leave it out to get the first page.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        limit=limit,
        cursor=cursor,
    )
    response = await asend(client, request)
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse(response) if _is_success(response) else None,
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> WorkspaceList:
    """Call the operation and return its decoded result.

    Args:
        limit: The largest number of items to return in one page.
        cursor: The `nextCursor` of the previous page. Leave it out to get the first page.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        limit=limit,
        cursor=cursor,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


def iter_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> Iterator[WorkspaceList]:
    """Yield every page, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.iter_pages(
        lambda page_cursor: sync(
            client=client,
            limit=limit,
            cursor=page_cursor,
        ),
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def iter_items(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> Iterator[Workspace]:
    """Yield every item, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.iter_items(
        lambda page_cursor: sync(
            client=client,
            limit=limit,
            cursor=page_cursor,
        ),
        lambda page: page.items,
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> AsyncIterator[WorkspaceList]:
    """Yield every page, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.aiter_pages(
        lambda page_cursor: asyncio(
            client=client,
            limit=limit,
            cursor=page_cursor,
        ),
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def aiter_items(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 50,
    cursor: str | Unset = UNSET,
) -> AsyncIterator[Workspace]:
    """Yield every item, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.aiter_items(
        lambda page_cursor: asyncio(
            client=client,
            limit=limit,
            cursor=page_cursor,
        ),
        lambda page: page.items,
        lambda page: page.next_cursor,
        cursor=cursor,
    )
