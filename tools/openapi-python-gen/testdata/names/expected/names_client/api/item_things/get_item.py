"""GET /items/{item-id}"""

import httpx

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.import_ import Import
from ...types import UNSET, Response, Unset


def _request(
    *,
    item_id: str,
    class_: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    client_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path=f"/items/{path_segment(item_id)}",
        params={
            "class": class_,
            "type": type_,
            "client": client_,
        },
        headers={
            "X-Trace.Id": x_trace_id,
        },
    )


def _is_success(response: httpx.Response) -> bool:
    return response.status_code == 200


def _parse(response: httpx.Response) -> Import:
    """Read the body of a documented success response."""
    return Import.from_dict(response.json())


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    item_id: str,
    class_: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    client_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> Response[Import]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        item_id=item_id,
        class_=class_,
        type_=type_,
        client_=client_,
        x_trace_id=x_trace_id,
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
    item_id: str,
    class_: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    client_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> Import:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        item_id=item_id,
        class_=class_,
        type_=type_,
        client_=client_,
        x_trace_id=x_trace_id,
    )
    response = send(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    item_id: str,
    class_: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    client_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> Response[Import]:
    """Call the operation and return the whole response, whatever its status.

    `parsed` holds the decoded body of a documented success and is None otherwise.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        item_id=item_id,
        class_=class_,
        type_=type_,
        client_=client_,
        x_trace_id=x_trace_id,
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
    item_id: str,
    class_: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    client_: str | Unset = UNSET,
    x_trace_id: str | Unset = UNSET,
) -> Import:
    """Call the operation and return its decoded result.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        item_id=item_id,
        class_=class_,
        type_=type_,
        client_=client_,
        x_trace_id=x_trace_id,
    )
    response = await asend(client, request)
    if not _is_success(response):
        raise error_for_response(response)
    return _parse(response)
