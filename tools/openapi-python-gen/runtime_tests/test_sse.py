"""The server-sent-events decoder (WHATWG examples) and typed event streams."""

import asyncio
import gc
import json

import httpx
import pytest
from rtpkg import _http, errors
from rtpkg.client import Client
from rtpkg.sse import AsyncEventStream, EventStream, ServerSentEvent, SSEDecoder

from fakeserver import FakeServer, Reply


def decode_all(*chunks: bytes) -> list[ServerSentEvent]:
    decoder = SSEDecoder()
    return [event for chunk in chunks for event in decoder.feed(chunk)]


def decode_bytewise(stream: bytes) -> list[ServerSentEvent]:
    return decode_all(*(stream[i : i + 1] for i in range(len(stream))))


def test_spec_example_comments_ids_and_leading_space():
    stream = (
        b": test stream\n\ndata: first event\nid: 1\n\n"
        b"data:second event\nid\n\ndata:  third event\n\n"
    )

    assert decode_all(stream) == [
        ServerSentEvent(data="first event", id="1"),
        ServerSentEvent(data="second event", id=""),
        ServerSentEvent(data=" third event", id=""),
    ]


def test_spec_example_empty_data_and_unterminated_last_block():
    stream = b"data\n\ndata\ndata\n\ndata:"

    assert [e.data for e in decode_all(stream)] == ["", "\n"]


def test_spec_example_optional_space_after_colon():
    assert [e.data for e in decode_all(b"data:test\n\ndata: test\n\n")] == [
        "test",
        "test",
    ]


def test_multi_line_data_is_joined_with_newlines():
    events = decode_all(b"data: YHOO\ndata: +2\ndata: 10\n\n")

    assert events == [ServerSentEvent(data="YHOO\n+2\n10")]


def test_event_names_and_the_default_type():
    stream = b"event: add\ndata: 1\n\nevent: remove\ndata: 2\n\ndata: 3\n\n"

    assert [(e.event, e.data) for e in decode_all(stream)] == [
        ("add", "1"),
        ("remove", "2"),
        ("message", "3"),
    ]


def test_block_without_data_is_not_dispatched_and_resets_the_event_type():
    assert decode_all(b"event: ping\n\ndata: x\n\n") == [ServerSentEvent(data="x")]


def test_id_persists_and_an_id_with_nul_is_ignored():
    stream = b"id: 7\ndata: a\n\ndata: b\n\nid: 8\x00\ndata: c\n\n"

    assert [e.id for e in decode_all(stream)] == ["7", "7", "7"]


def test_retry_takes_only_ascii_digits():
    decoder = SSEDecoder()
    events = decoder.feed(
        "retry: 1500\ndata: a\n\nretry: 10a\ndata: b\n\nretry: ١٢\ndata: c\n\n".encode()
    )

    assert [e.retry for e in events] == [1500, None, None]
    assert decoder.retry == 1500


def test_unknown_fields_and_comments_are_ignored():
    events = decode_all(b": hi\nfoo: bar\ndata: x\n:another\n\n")

    assert events == [ServerSentEvent(data="x")]


@pytest.mark.parametrize("line_end", [b"\n", b"\r", b"\r\n"])
def test_every_line_ending_is_accepted(line_end):
    stream = b"event: e\ndata: a\ndata: b\n\ndata: c\n\n".replace(b"\n", line_end)

    expected = [ServerSentEvent(event="e", data="a\nb"), ServerSentEvent(data="c")]
    assert decode_all(stream) == expected
    assert decode_bytewise(stream) == expected


def test_crlf_split_across_chunks_is_one_line_end():
    assert decode_all(b"data: a\r", b"\ndata: b\r", b"\n\r", b"\n") == [
        ServerSentEvent(data="a\nb")
    ]


def test_final_event_without_blank_line_is_discarded():
    assert decode_all(b"data: done\n\ndata: partial\n") == [ServerSentEvent(data="done")]


def test_leading_bom_is_skipped_even_when_split():
    stream = "\ufeffdata: x\n\n".encode()

    assert decode_all(stream) == [ServerSentEvent(data="x")]
    assert decode_bytewise(stream) == [ServerSentEvent(data="x")]


def test_multibyte_characters_split_across_chunks():
    stream = "data: ünïcødé ✓\n\n".encode()

    assert decode_bytewise(stream) == [ServerSentEvent(data="ünïcødé ✓")]


EVENT_STREAM = {"Content-Type": "text/event-stream"}
FIRST_TWO = [b'id: 1\ndata: {"n": 1}\n\n', b'id: 2\ndata: {"n": 2}\n', b"\n"]


def number(event: ServerSentEvent) -> int:
    return json.loads(event.data)["n"]


def open_stream(server: FakeServer) -> EventStream[int]:
    request = _http.ApiRequest(method="GET", path="/events")
    response = _http.send(Client(server.url), request, stream=True)
    return EventStream(response, number)


def test_stream_decodes_a_chunked_response_and_closes_at_the_end(server: FakeServer):
    server.on("GET", "/events", Reply(headers=EVENT_STREAM, chunks=FIRST_TWO))
    stream = open_stream(server)

    assert list(stream) == [1, 2]
    assert stream.response.is_closed
    assert stream.last_event_id == "2"


def test_break_closes_the_connection(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)
    stream = open_stream(server)

    for n in stream:
        assert n == 1
        break

    assert stream.response.is_closed
    assert server.disconnected.wait(5)


def test_leaving_with_closes_the_connection(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)

    with open_stream(server) as stream:
        assert next(stream) == 1
        assert stream.last_event_id == "1"

    assert stream.response.is_closed
    assert server.disconnected.wait(5)


def test_connection_cut_mid_stream_raises_api_connection_error(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO[:1], cut_off=True)
    server.on("GET", "/events", reply)
    received = []

    with pytest.raises(errors.ApiConnectionError) as caught:
        received.extend(open_stream(server))

    assert received == [1]
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert "reading the event stream of GET /events" in str(caught.value)


def test_stream_context_manager_leaves_success_bodies_unread_and_closes(
    server: FakeServer,
):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)
    request = _http.ApiRequest(method="GET", path="/events")

    with _http.stream(Client(server.url), request) as response:
        assert next(response.iter_bytes()).startswith(b"id: 1")

    assert response.is_closed
    assert server.disconnected.wait(5)


def test_stream_context_manager_reads_error_bodies(server: FakeServer):
    server.on("GET", "/events", Reply.problem(404, "Not Found", "no such run"))
    request = _http.ApiRequest(method="GET", path="/events")

    with _http.stream(Client(server.url), request) as response:
        error = errors.error_for_response(response)

    assert isinstance(error, errors.NotFoundError)
    assert str(error) == "HTTP 404 Not Found: no such run"


async def async_open_stream(client: Client) -> AsyncEventStream[int]:
    request = _http.ApiRequest(method="GET", path="/events")
    response = await _http.asend(client, request, stream=True)
    return AsyncEventStream(response, number)


def test_async_stream_decodes_and_closes_at_the_end(server: FakeServer):
    server.on("GET", "/events", Reply(headers=EVENT_STREAM, chunks=FIRST_TWO))

    async def collect() -> tuple[list[int], bool]:
        async with Client(server.url) as client:
            stream = await async_open_stream(client)
            numbers = [n async for n in stream]
            assert stream.last_event_id == "2"
            return numbers, stream.response.is_closed

    assert asyncio.run(collect()) == ([1, 2], True)


def test_async_break_closes_the_connection(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)

    async def take_one() -> bool:
        async with Client(server.url) as client:
            stream = await async_open_stream(client)
            async for n in stream:
                assert n == 1
                break
            # The loop finalizes the abandoned iterator while this waits.
            return await asyncio.to_thread(server.disconnected.wait, 5)

    assert asyncio.run(take_one())


def test_async_with_closes_the_connection(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)

    async def take_one() -> tuple[int, bool]:
        async with Client(server.url) as client, await async_open_stream(client) as stream:
            first = await anext(stream)
        return first, stream.response.is_closed

    assert asyncio.run(take_one()) == (1, True)
    assert server.disconnected.wait(5)


def test_async_break_inside_async_with_closes_once_without_errors(server: FakeServer):
    reply = Reply(headers=EVENT_STREAM, chunks=FIRST_TWO, hold_open=True)
    server.on("GET", "/events", reply)
    loop_errors = []

    async def take_one() -> None:
        asyncio.get_running_loop().set_exception_handler(
            lambda loop, context: loop_errors.append(context)
        )
        async with Client(server.url) as client:
            async with await async_open_stream(client) as stream:
                async for n in stream:
                    assert n == 1
                    break
            # Let the loop finalize the abandoned iterator (it closes the stream too).
            for _ in range(10):
                await asyncio.sleep(0)
            gc.collect()

    asyncio.run(take_one())

    assert loop_errors == []
    assert server.disconnected.wait(5)


def test_async_stream_context_manager_reads_error_bodies(server: FakeServer):
    server.on("GET", "/events", Reply.problem(401, "Unauthorized"))
    request = _http.ApiRequest(method="GET", path="/events")

    async def fetch() -> errors.ApiError:
        async with Client(server.url) as client, _http.astream(client, request) as response:
            return errors.error_for_response(response)

    assert isinstance(asyncio.run(fetch()), errors.AuthenticationError)
