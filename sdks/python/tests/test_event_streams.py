"""Server-sent events: typed events from multi-line data, resuming, and closing on break."""

import asyncio

from portarium_client import AuthenticatedClient
from portarium_client.api.location import stream_location_events
from portarium_client.api.machines import stream_machine_invocation_events
from portarium_client.models import (
    InvocationEvent,
    InvocationEventType,
    LocationEvent,
    LocationEventSubjectKind,
)

from fake_portarium import FakePortarium

WS = "ws-acme"
INVOCATION = {"workspace_id": WS, "machine_id": "mach-01", "invocation_id": "inv-1"}
# Long enough for a client that hung up, short enough not to hang a broken test run.
DISCONNECT_WAIT_SECONDS = 10.0


def invocation_event(sequence: int, event_type: str, **members: object) -> dict[str, object]:
    return {
        "schemaVersion": 1,
        "invocationId": "inv-1",
        "sequence": sequence,
        "type": event_type,
        "emittedAt": f"2026-03-02T10:15:0{sequence}Z",
        **members,
    }


INVOCATION_EVENTS = [
    invocation_event(1, "Started"),
    invocation_event(2, "Output", message="line one\nline two"),
    invocation_event(3, "Completed", exitCode=0, progressPercent=100),
]


def location_event(number: int, latitude: float) -> dict[str, object]:
    return {
        "id": f"loc-{number}",
        "schemaVersion": 1,
        "subjectId": "mach-01",
        "subjectKind": "Machine",
        "position": {"latitude": latitude, "longitude": 4.8952, "altitudeMeters": None},
        "accuracyMeters": 4.5,
        "recordedAt": "2026-03-02T10:20:00Z",
    }


LOCATION_EVENTS = [location_event(1, 52.3702), location_event(2, 52.3710)]


def test_invocation_stream_yields_typed_events_from_multi_line_data(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.invocation_events = INVOCATION_EVENTS

    with client, stream_machine_invocation_events.sync(client=client, **INVOCATION) as events:
        received = list(events)

    assert [event.type for event in received] == [
        InvocationEventType.STARTED,
        InvocationEventType.OUTPUT,
        InvocationEventType.COMPLETED,
    ]
    assert [event.sequence for event in received] == [1, 2, 3]
    assert received[1].message == "line one\nline two"
    assert received[2].exit_code == 0
    assert received[0].emitted_at.isoformat() == "2026-03-02T10:15:01+00:00"
    assert events.last_event_id == "3"
    assert events.response.is_closed


def test_invocation_stream_resumes_after_last_event_id(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.invocation_events = INVOCATION_EVENTS

    async def receive() -> list[int]:
        async with client:
            stream = await stream_machine_invocation_events.asyncio(
                client=client, last_event_id="1", **INVOCATION
            )
            async with stream:
                return [event.sequence async for event in stream]

    assert asyncio.run(receive()) == [2, 3]
    assert server.requests[0].headers["last-event-id"] == "1"
    assert server.requests[0].headers["authorization"] == f"Bearer {client.token}"


def test_async_invocation_stream_yields_the_same_events_as_the_sync_one(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.invocation_events = INVOCATION_EVENTS

    async def receive() -> list[InvocationEvent]:
        async with client:
            async with await stream_machine_invocation_events.asyncio(
                client=client, **INVOCATION
            ) as stream:
                return [event async for event in stream]

    received = asyncio.run(receive())

    assert [event.to_dict() for event in received] == [
        InvocationEvent.from_dict(event).to_dict() for event in INVOCATION_EVENTS
    ]


def test_location_stream_decodes_events_split_across_chunks_with_crlf(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.location_events = LOCATION_EVENTS

    with client, stream_location_events.sync(client=client, workspace_id=WS) as events:
        received = list(events)

    assert all(isinstance(event, LocationEvent) for event in received)
    assert [event.id for event in received] == ["loc-1", "loc-2"]
    assert [event.position.latitude for event in received] == [52.3702, 52.3710]
    assert received[0].subject_kind is LocationEventSubjectKind.MACHINE
    assert events.last_event_id == "loc-2"


def test_async_location_stream_decodes_the_same_events(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.location_events = LOCATION_EVENTS

    async def receive() -> list[LocationEvent]:
        async with client:
            async with await stream_location_events.asyncio(client=client, workspace_id=WS) as s:
                return [event async for event in s]

    assert [event.to_dict() for event in asyncio.run(receive())] == [
        LocationEvent.from_dict(event).to_dict() for event in LOCATION_EVENTS
    ]


def test_breaking_out_of_a_stream_closes_its_connection(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.location_events = LOCATION_EVENTS
    server.hold_streams_open = True

    with client:
        # Held in a variable, so that no garbage collection closes the response for it.
        events = stream_location_events.sync(client=client, workspace_id=WS)
        received = []
        for event in events:
            received.append(event.id)
            break
        assert server.disconnected.wait(DISCONNECT_WAIT_SECONDS)

    assert received == ["loc-1"]
    assert events.response.is_closed


def test_leaving_an_async_stream_after_a_break_closes_its_connection(
    server: FakePortarium, client: AuthenticatedClient
) -> None:
    server.invocation_events = INVOCATION_EVENTS
    server.hold_streams_open = True

    received = []

    async def first_event() -> bool:
        async with client:
            stream = await stream_machine_invocation_events.asyncio(client=client, **INVOCATION)
            async with stream:
                async for event in stream:
                    received.append(event.sequence)
                    break
            # Still inside the client, whose closing would close the connection anyway.
            return await asyncio.to_thread(server.disconnected.wait, DISCONNECT_WAIT_SECONDS)

    assert asyncio.run(first_event())
    assert received == [1]
