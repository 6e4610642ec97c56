"""GET /lines"""

from ..._http import ApiRequest, asend, send
from ...client import AuthenticatedClient, Client
from ...errors import error_for_response
from ...sse import AsyncEventStream, EventStream, ServerSentEvent


def _request() -> ApiRequest:
    return ApiRequest(
        method="GET",
        path="/lines",
    )


def _decode_event(event: ServerSentEvent) -> str:
    return event.data


def sync(*, client: AuthenticatedClient | Client) -> EventStream[str]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request()
    response = send(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return EventStream(response, _decode_event)


async def asyncio(*, client: AuthenticatedClient | Client) -> AsyncEventStream[str]:
    """Open the event stream; iterate over it inside `with` to receive typed events.

    The connection is closed when the `with` block ends, when iteration stops, or
    when the stream ends.

    Raises:
        ApiError: The server answered with a status that is not a documented
            success; the subclass names the status (NotFoundError, ...).
        ApiConnectionError: No response arrived.
    """
    request = _request()
    response = await asend(client, request, stream=True)
    if not response.is_success:
        raise error_for_response(response)
    return AsyncEventStream(response, _decode_event)
