"""GET /events"""

import json

from ..._http import ApiRequest, asend, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.event import Event
from ...sse import AsyncEventStream, EventStream, ServerSentEvent
from ...types import UNSET, Response, Unset


def _request(*, since: str | Unset = UNSET) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path="/events",
        params={
            "since": since,
        },
    )


def _decode_event(event: ServerSentEvent) -> Event:
    return Event.from_dict(json.loads(event.data))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
) -> Response[EventStream[Event]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        since=since,
    )
    response = send(client, request, stream=True)
    if not response.is_success:
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=None,
        )
    return Response(
        status_code=response.status_code,
        content=b"",
        headers=response.headers,
        parsed=EventStream(response, _decode_event),
    )


def sync(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
) -> EventStream[Event]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        since=since,
    )
    response = send(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return EventStream(response, _decode_event)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
) -> Response[AsyncEventStream[Event]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        since=since,
    )
    response = await asend(client, request, stream=True)
    if not response.is_success:
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=None,
        )
    return Response(
        status_code=response.status_code,
        content=b"",
        headers=response.headers,
        parsed=AsyncEventStream(response, _decode_event),
    )


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: str | Unset = UNSET,
) -> AsyncEventStream[Event]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        since=since,
    )
    response = await asend(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return AsyncEventStream(response, _decode_event)
