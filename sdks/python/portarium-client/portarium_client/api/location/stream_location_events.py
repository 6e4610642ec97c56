"""Stream location events

Streams new location events as server-sent events, one `LocationEvent` as JSON in each event's
`data`, with the event's `id` as the SSE `id`. The stream stays open; the server sends a comment
line every 15 seconds to keep it alive. To resume, send the last `id` seen in `Last-Event-ID`.

GET /v1/workspaces/{workspaceId}/location-events/stream
"""

import json

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.location_event import LocationEvent
from ...sse import AsyncEventStream, EventStream, ServerSentEvent
from ...types import UNSET, Response, Unset


def _request(
    *,
    workspace_id: str,
    subject_id: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/location-events/stream",
        params={
            "subjectId": subject_id,
        },
        headers={
            "Last-Event-ID": last_event_id,
        },
        workspace_id=workspace_id,
    )


def _decode_event(event: ServerSentEvent) -> LocationEvent:
    return LocationEvent.from_dict(json.loads(event.data))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    subject_id: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[EventStream[LocationEvent]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Args:
        workspace_id: The workspace's ID.
        subject_id: Only stream events of this machine, user or agent.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        subject_id=subject_id,
        last_event_id=last_event_id,
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
    workspace_id: str,
    subject_id: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> EventStream[LocationEvent]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Args:
        workspace_id: The workspace's ID.
        subject_id: Only stream events of this machine, user or agent.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        subject_id=subject_id,
        last_event_id=last_event_id,
    )
    response = send(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return EventStream(response, _decode_event)


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    subject_id: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> Response[AsyncEventStream[LocationEvent]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Args:
        workspace_id: The workspace's ID.
        subject_id: Only stream events of this machine, user or agent.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        subject_id=subject_id,
        last_event_id=last_event_id,
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
    workspace_id: str,
    subject_id: str | Unset = UNSET,
    last_event_id: str | Unset = UNSET,
) -> AsyncEventStream[LocationEvent]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Args:
        workspace_id: The workspace's ID.
        subject_id: Only stream events of this machine, user or agent.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        subject_id=subject_id,
        last_event_id=last_event_id,
    )
    response = await asend(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return AsyncEventStream(response, _decode_event)
