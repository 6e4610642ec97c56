"""GET /health"""

import httpx

from ..._http import ApiRequest, asend, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...types import UNSET, Response, Unset


def _request(
    *,
    verbose: bool | Unset = UNSET,
    x_count: int | Unset = UNSET,
) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path="/health",
        params={
            "verbose": verbose,
        },
        headers={
            "X-Count": x_count if isinstance(x_count, Unset) else str(x_count),
        },
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> str:
    """Read the body of a documented success response."""
    return response.text


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
    x_count: int | Unset = UNSET,
) -> Response[str]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        verbose=verbose,
        x_count=x_count,
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
    verbose: bool | Unset = UNSET,
    x_count: int | Unset = UNSET,
) -> str:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        verbose=verbose,
        x_count=x_count,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    verbose: bool | Unset = UNSET,
    x_count: int | Unset = UNSET,
) -> Response[str]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        verbose=verbose,
        x_count=x_count,
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
    verbose: bool | Unset = UNSET,
    x_count: int | Unset = UNSET,
) -> str:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        verbose=verbose,
        x_count=x_count,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
