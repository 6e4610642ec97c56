"""Sending one logical call: URL and headers, retries, transport error mapping."""

import contextlib
import logging
import random
import uuid
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from enum import Enum
from typing import BinaryIO, TypeAlias
from urllib.parse import quote

import attrs
import httpx

from .client import Client
from .errors import error_for_transport, parse_retry_after
from .types import UNSET, JsonValue, Unset

logger = logging.getLogger(__name__.rpartition(".")[0])

QueryScalar: TypeAlias = str | int | float | bool
QueryValue: TypeAlias = QueryScalar | Sequence[QueryScalar] | None | Unset
"""A query parameter value; `None` and `UNSET` leave the parameter out."""

MultipartPart: TypeAlias = tuple[str | None, BinaryIO | bytes | str, str | None]
"""One multipart part as httpx takes it: (file name, content, MIME type)."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
BACKOFF_BASE_SECONDS = 0.5
BACKOFF_CAP_SECONDS = 8.0
RETRY_AFTER_CAP_SECONDS = 60.0


def path_segment(value: object) -> str:
    """Percent-encode `value` as one path segment.

    Nothing is kept safe: `/` becomes `%2F`, and `.` and `..` become `%2E` and
    `%2E%2E`, so no value can change which path is called. Enum members are
    encoded by value and booleans as `true` / `false`.
    """
    if isinstance(value, Enum):
        value = value.value
    text = ("true" if value else "false") if isinstance(value, bool) else str(value)
    if not text:
        raise ValueError("a path parameter must not be empty")
    if text in (".", ".."):
        return text.replace(".", "%2E")
    return quote(text, safe="")


@attrs.frozen(kw_only=True)
class ApiRequest:
    """One operation call, before the client's settings are applied.

    Attributes:
        method: The HTTP method.
        path: The path below the client's `base_url`, starting with `/`, its
            parameters already encoded with `path_segment`.
        params: Query parameters; `None` and `UNSET` values are left out.
        headers: Header parameters; `UNSET` values are left out.
        json: A JSON body, or `UNSET` for none (a bare JSON `null` is not sent).
        content: A raw body.
        data: A form body.
        files: A multipart body.
        idempotency_header: The operation's idempotency-key header name, if it has
            one. The call then always sends that header (a new uuid4 unless given
            in `headers`), reuses it on every retry, and may retry even a POST.
        workspace_id: The call's workspace, sent as `X-Workspace-Id`.
    """

    method: str
    path: str
    params: Mapping[str, QueryValue] = attrs.field(factory=dict)
    headers: Mapping[str, str | Unset] = attrs.field(factory=dict)
    json: JsonValue | Unset = UNSET
    content: bytes | None = None
    data: Mapping[str, str | Sequence[str]] | None = None
    files: Sequence[tuple[str, MultipartPart]] | None = None
    idempotency_header: str | None = None
    workspace_id: str | None = None


def send(
    client: Client, request: ApiRequest, *, stream: bool = False
) -> httpx.Response:
    """Send `request` with the client's settings, retrying as the client allows.

    Returns the last response whatever its status. With `stream=True` the body of a
    successful response is left unread (the caller must close the response); error
    bodies are always read. Raises `ApiConnectionError` / `ApiTimeoutError` when no
    response arrived.
    """
    http = client.get_httpx_client()
    headers = _headers(client, request)
    attempt = 0
    while True:
        try:
            response = http.send(_build(http, client, request, headers), stream=stream)
            if not response.is_success:
                response.read()
        except httpx.TransportError as exc:
            delay = _retry_delay(client, request, attempt, None, type(exc).__name__)
            if delay is None:
                raise error_for_transport(exc, _describe(request)) from exc
        else:
            reason = f"HTTP {response.status_code}"
            delay = _retry_delay(client, request, attempt, response, reason)
            if delay is None:
                return response
            response.close()
        client.sleep(delay)
        attempt += 1


async def asend(
    client: Client, request: ApiRequest, *, stream: bool = False
) -> httpx.Response:
    """The async twin of `send`."""
    http = client.get_async_httpx_client()
    headers = _headers(client, request)
    attempt = 0
    while True:
        try:
            response = await http.send(
                _build(http, client, request, headers), stream=stream
            )
            if not response.is_success:
                await response.aread()
        except httpx.TransportError as exc:
            delay = _retry_delay(client, request, attempt, None, type(exc).__name__)
            if delay is None:
                raise error_for_transport(exc, _describe(request)) from exc
        else:
            reason = f"HTTP {response.status_code}"
            delay = _retry_delay(client, request, attempt, response, reason)
            if delay is None:
                return response
            await response.aclose()
        await client.async_sleep(delay)
        attempt += 1


@contextlib.contextmanager
def stream(client: Client, request: ApiRequest) -> Iterator[httpx.Response]:
    """Send `request` and yield the response with its body unread; close it on exit."""
    response = send(client, request, stream=True)
    try:
        yield response
    finally:
        response.close()


@contextlib.asynccontextmanager
async def astream(client: Client, request: ApiRequest) -> AsyncIterator[httpx.Response]:
    """The async twin of `stream`."""
    response = await asend(client, request, stream=True)
    try:
        yield response
    finally:
        await response.aclose()


def _describe(request: ApiRequest) -> str:
    return f"{request.method} {request.path}"


def _headers(client: Client, request: ApiRequest) -> httpx.Headers:
    headers = httpx.Headers(client.request_headers())
    if request.workspace_id is not None:
        headers["X-Workspace-Id"] = request.workspace_id
    for name, value in request.headers.items():
        if not isinstance(value, Unset):
            headers[name] = value
    key_header = request.idempotency_header
    if key_header is not None and key_header not in headers:
        headers[key_header] = str(uuid.uuid4())
    return headers


def _build(
    http: httpx.Client | httpx.AsyncClient,
    client: Client,
    request: ApiRequest,
    headers: httpx.Headers,
) -> httpx.Request:
    params = {
        name: value
        for name, value in request.params.items()
        if value is not None and not isinstance(value, Unset)
    }
    return http.build_request(
        request.method,
        client.base_url.rstrip("/") + request.path,
        # An empty mapping would still make httpx parse the URL again.
        params=params or None,
        headers=headers,
        json=None if isinstance(request.json, Unset) else request.json,
        content=request.content,
        data=request.data,
        files=request.files,
        timeout=client.timeout,
    )


def _retry_delay(
    client: Client,
    request: ApiRequest,
    attempt: int,
    response: httpx.Response | None,
    reason: str,
) -> float | None:
    """Seconds to wait before retrying, or `None` when this outcome is final.

    `response` is `None` after a transport error.
    """
    may_retry = (
        request.method.upper() in IDEMPOTENT_METHODS
        or request.idempotency_header is not None
    )
    if not may_retry or attempt >= client.max_retries:
        return None
    if response is not None:
        status = response.status_code
        if status not in (408, 429) and not 500 <= status <= 599:
            return None
        retry_after = parse_retry_after(response.headers)
    else:
        retry_after = None
    if retry_after is not None:
        delay = min(retry_after, RETRY_AFTER_CAP_SECONDS)
    else:
        ceiling = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2**attempt)
        delay = random.uniform(0, ceiling)
    logger.info(
        "retrying %s in %.2f s after %s (retry %d of %d)",
        _describe(request),
        delay,
        reason,
        attempt + 1,
        client.max_retries,
    )
    return delay
