"""Server-sent events: a decoder following the WHATWG rules, and typed streams.

https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation
"""

import codecs
import re
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Generator, Iterator
from types import TracebackType
from typing import Generic, TypeVar

import attrs
import httpx

from .errors import error_for_transport

T = TypeVar("T")

_LINE_END = re.compile(r"\r\n|\r|\n")


@attrs.frozen
class ServerSentEvent:
    """One dispatched event.

    Attributes:
        event: The event type (`message` when the stream names none).
        data: The data lines joined with `\\n`.
        id: The last event ID seen so far on the stream (it persists across events).
        retry: The reconnection time in milliseconds, if this event's block set one.
    """

    event: str = "message"
    data: str = ""
    id: str = ""
    retry: int | None = None


class SSEDecoder:
    """An incremental `text/event-stream` decoder.

    Feed it the body's bytes in chunks of any size; it returns the events each
    chunk completes. An event is dispatched only by a blank line, so a last event
    without one is discarded, as the standard requires.
    """

    def __init__(self) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._started = False
        self._after_cr = False
        self._line = ""
        self._event = ""
        self._data: list[str] = []
        self._retry: int | None = None
        self.last_event_id = ""
        """The last event ID buffer; send it as `Last-Event-ID` to resume."""
        self.retry: int | None = None
        """The latest reconnection time (milliseconds) the stream asked for."""

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode `chunk` and return the events it completes."""
        text = self._text.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            text = text.removeprefix("\ufeff")
        if self._after_cr and text.startswith("\n"):
            text = text[1:]
        buffer = self._line + text
        # A CR at the end ends a line; an LF at the start of the next chunk is its pair.
        self._after_cr = buffer.endswith("\r")
        events = []
        start = 0
        for line_end in _LINE_END.finditer(buffer):
            event = self._process_line(buffer[start : line_end.start()])
            if event is not None:
                events.append(event)
            start = line_end.end()
        self._line = buffer[start:]
        return events

    def _process_line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            self._event = value
        elif name == "data":
            self._data.append(value)
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = self.retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        event = None
        if self._data:
            event = ServerSentEvent(
                event=self._event or "message",
                data="\n".join(self._data),
                id=self.last_event_id,
                retry=self._retry,
            )
        self._event = ""
        self._data = []
        self._retry = None
        return event


def _describe(response: httpx.Response) -> str:
    request = response.request
    return f"reading the event stream of {request.method} {request.url.path}"


class EventStream(Generic[T]):
    """The typed events of a streaming `text/event-stream` response.

    Iterate over it, preferably inside `with`. The response is closed when the
    `with` block ends, when a `for` loop over it ends or is left by `break` or an
    exception, when the stream ends, or on `close()`.
    """

    def __init__(
        self, response: httpx.Response, decode: Callable[[ServerSentEvent], T]
    ) -> None:
        self.response = response
        self._decode = decode
        self.last_event_id = ""
        """The ID of the last event returned; send it as `Last-Event-ID` to resume."""
        self._events = self._generate()

    def _generate(self) -> Generator[T, None, None]:
        decoder = SSEDecoder()
        try:
            for chunk in self.response.iter_bytes():
                for event in decoder.feed(chunk):
                    self.last_event_id = event.id
                    yield self._decode(event)
        except httpx.TransportError as exc:
            raise error_for_transport(exc, _describe(self.response)) from exc
        finally:
            self.response.close()

    def __next__(self) -> T:
        return next(self._events)

    def __iter__(self) -> Iterator[T]:
        try:
            yield from self._events
        finally:
            self.close()

    def close(self) -> None:
        """Stop reading and close the response."""
        self._events.close()
        self.response.close()

    def __enter__(self) -> "EventStream[T]":
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncEventStream(Generic[T]):
    """The async twin of `EventStream`, for `async for` and `async with`.

    A `break` out of `async for` closes the response once the event loop finalizes
    the abandoned iterator; `async with` closes it at once.
    """

    def __init__(
        self, response: httpx.Response, decode: Callable[[ServerSentEvent], T]
    ) -> None:
        self.response = response
        self._decode = decode
        self.last_event_id = ""
        """The ID of the last event returned; send it as `Last-Event-ID` to resume."""
        self._closing = False
        self._events = self._generate()

    async def _generate(self) -> AsyncGenerator[T, None]:
        decoder = SSEDecoder()
        try:
            async for chunk in self.response.aiter_bytes():
                for event in decoder.feed(chunk):
                    self.last_event_id = event.id
                    yield self._decode(event)
        except httpx.TransportError as exc:
            raise error_for_transport(exc, _describe(self.response)) from exc
        finally:
            await self.response.aclose()

    async def __anext__(self) -> T:
        return await anext(self._events)

    async def __aiter__(self) -> AsyncIterator[T]:
        try:
            async for event in self._events:
                yield event
        finally:
            await self.aclose()

    async def aclose(self) -> None:
        """Stop reading and close the response."""
        # Leaving `async with` and finalizing an abandoned `async for` may overlap.
        if self._closing:
            return
        self._closing = True
        await self._events.aclose()
        await self.response.aclose()

    async def __aenter__(self) -> "AsyncEventStream[T]":
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
