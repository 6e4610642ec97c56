"""GET /v1/workspaces/{workspaceId}/runs"""

from collections.abc import AsyncIterator, Iterator

import httpx

from ... import pagination
from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.list_runs_response200 import ListRunsResponse200
from ...models.run import Run
from ...models.run_status import RunStatus
from ...types import UNSET, Response, Unset


def _request(
    *,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/runs",
        params={
            "limit": limit,
            "cursor": cursor,
            "status": status if isinstance(status, Unset) else status.value,
        },
        workspace_id=workspace_id,
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> ListRunsResponse200:
    """Read the body of a documented success response."""
    return ListRunsResponse200.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> Response[ListRunsResponse200]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        limit=limit,
        cursor=cursor,
        status=status,
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
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> ListRunsResponse200:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        limit=limit,
        cursor=cursor,
        status=status,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> Response[ListRunsResponse200]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        limit=limit,
        cursor=cursor,
        status=status,
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
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> ListRunsResponse200:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        limit=limit,
        cursor=cursor,
        status=status,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


def iter_pages(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> Iterator[ListRunsResponse200]:
    """Yield every page, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.iter_pages(
        lambda page_cursor: sync(
            client=client,
            workspace_id=workspace_id,
            limit=limit,
            cursor=page_cursor,
            status=status,
        ),
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def iter_items(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> Iterator[Run]:
    """Yield every item, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.iter_items(
        lambda page_cursor: sync(
            client=client,
            workspace_id=workspace_id,
            limit=limit,
            cursor=page_cursor,
            status=status,
        ),
        lambda page: page.items,
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def aiter_pages(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> AsyncIterator[ListRunsResponse200]:
    """Yield every page, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.aiter_pages(
        lambda page_cursor: asyncio(
            client=client,
            workspace_id=workspace_id,
            limit=limit,
            cursor=page_cursor,
            status=status,
        ),
        lambda page: page.next_cursor,
        cursor=cursor,
    )


def aiter_items(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    status: RunStatus | Unset = UNSET,
) -> AsyncIterator[Run]:
    """Yield every item, following \"nextCursor\" from page to page, starting at `cursor`.

    Pages are fetched as iteration reaches them. Iteration stops when a page has no
    next cursor, and raises PaginationError if the server repeats a cursor.
    """
    return pagination.aiter_items(
        lambda page_cursor: asyncio(
            client=client,
            workspace_id=workspace_id,
            limit=limit,
            cursor=page_cursor,
            status=status,
        ),
        lambda page: page.items,
        lambda page: page.next_cursor,
        cursor=cursor,
    )
