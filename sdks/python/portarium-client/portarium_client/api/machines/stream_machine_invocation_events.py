"""Stream an invocation's events

Streams the invocation's events as server-sent events, one `InvocationEvent` as JSON in each
event's `data`, with the event's `sequence` as its `id`. The stream starts with the events
already recorded and ends after the `Completed` or `Failed` event. To resume, send the last
`id` seen in `Last-Event-ID`.

GET /v1/workspaces/{workspaceId}/machines/{machineId}/invocations/{invocationId}/events
"""

import json

from ..._http import ApiRequest, asend, path_segment, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...models.invocation_event import InvocationEvent
from ...sse import AsyncEventStream, EventStream, ServerSentEvent
from ...types import UNSET, Response, Unset


def _request(
    *,
    workspace_id: str,
    machine_id: str,
    invocation_id: str,
    last_event_id: str | Unset = UNSET,
) -> ApiRequest:
    return ApiRequest(
        method="GET",
        path=f"/v1/workspaces/{path_segment(workspace_id)}/machines/{path_segment(machine_id)}/invocations/{path_segment(invocation_id)}/events",
        headers={
            "Last-Event-ID": last_event_id,
        },
        workspace_id=workspace_id,
    )


def _decode_event(event: ServerSentEvent) -> InvocationEvent:
    return InvocationEvent.from_dict(json.loads(event.data))


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workspace_id: str,
    machine_id: str,
    invocation_id: str,
    last_event_id: str | Unset = UNSET,
) -> Response[EventStream[InvocationEvent]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Args:
        workspace_id: The workspace's ID.
        machine_id: The machine's ID.
        invocation_id: The invocation's ID.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        machine_id=machine_id,
        invocation_id=invocation_id,
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
    machine_id: str,
    invocation_id: str,
    last_event_id: str | Unset = UNSET,
) -> EventStream[InvocationEvent]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Args:
        workspace_id: The workspace's ID.
        machine_id: The machine's ID.
        invocation_id: The invocation's ID.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        machine_id=machine_id,
        invocation_id=invocation_id,
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
    machine_id: str,
    invocation_id: str,
    last_event_id: str | Unset = UNSET,
) -> Response[AsyncEventStream[InvocationEvent]]:
    """Open the event stream and return the response, whatever its status.

    On a documented success `parsed` is the open stream (iterate over it inside
    `with`); otherwise it is None and `content` holds the error body.

    Args:
        workspace_id: The workspace's ID.
        machine_id: The machine's ID.
        invocation_id: The invocation's ID.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        machine_id=machine_id,
        invocation_id=invocation_id,
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
    machine_id: str,
    invocation_id: str,
    last_event_id: str | Unset = UNSET,
) -> AsyncEventStream[InvocationEvent]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Args:
        workspace_id: The workspace's ID.
        machine_id: The machine's ID.
        invocation_id: The invocation's ID.
        last_event_id: The `id` of the last event received, to resume a stream after it.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request(
        workspace_id=workspace_id,
        machine_id=machine_id,
        invocation_id=invocation_id,
        last_event_id=last_event_id,
    )
    response = await asend(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return AsyncEventStream(response, _decode_event)
