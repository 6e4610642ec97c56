"""The errors this package raises.

Every error derives from `PortariumError`. Responses with an error status become an
`ApiError` subclass chosen by `error_for_response`; failures before any response
arrived become `ApiConnectionError` (or its subclass `ApiTimeoutError`).
"""

import email.utils
import json
import time

import attrs
import httpx

from .types import JsonValue

_BODY_PREVIEW_CHARS = 200


class PortariumError(Exception):
    """Base class of every error this package raises."""


class ApiConnectionError(PortariumError):
    """No response arrived: the connection failed or broke. The cause is chained."""


class ApiTimeoutError(ApiConnectionError):
    """No response arrived in time. The httpx timeout exception is chained."""


class PaginationError(PortariumError):
    """The server sent a page cursor it had sent before; iterating would never end."""


@attrs.frozen
class Problem:
    """An RFC 9457 problem details object (`application/problem+json`).

    Members of the wrong JSON type are ignored, as RFC 9457 asks; members other than
    the five standard ones are kept in `extensions`.
    """

    type: str = "about:blank"
    title: str | None = None
    status: int | None = None
    detail: str | None = None
    instance: str | None = None
    extensions: dict[str, JsonValue] = attrs.field(factory=dict)

    @classmethod
    def from_dict(cls, value: dict[str, JsonValue]) -> "Problem":
        """Read a problem from a decoded JSON object."""
        return cls(
            type=_string(value, "type") or "about:blank",
            title=_string(value, "title"),
            status=_integer(value, "status"),
            detail=_string(value, "detail"),
            instance=_string(value, "instance"),
            extensions={
                key: member
                for key, member in value.items()
                if key not in ("type", "title", "status", "detail", "instance")
            },
        )


def _string(value: dict[str, JsonValue], key: str) -> str | None:
    member = value.get(key)
    return member if isinstance(member, str) else None


def _integer(value: dict[str, JsonValue], key: str) -> int | None:
    member = value.get(key)
    return member if isinstance(member, int) and not isinstance(member, bool) else None


class ApiError(PortariumError):
    """The server answered with a status that is not a documented success.

    `response` keeps the whole response, so its body (`response.content`,
    `response.text`) is available even when it is not a problem document.
    """

    status_code: int
    problem: Problem | None
    response: httpx.Response

    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.status_code = response.status_code
        self.problem = _parse_problem(response)
        super().__init__(self._message())

    def _message(self) -> str:
        if self.problem is None:
            title = self.response.reason_phrase
            detail = self.response.text.strip()
            if len(detail) > _BODY_PREVIEW_CHARS:
                detail = detail[:_BODY_PREVIEW_CHARS] + "..."
        else:
            title = self.problem.title or self.response.reason_phrase
            detail = self.problem.detail or ""
        message = f"HTTP {self.status_code} {title}".rstrip()
        return f"{message}: {detail}" if detail else message


class BadRequestError(ApiError):
    """400 Bad Request."""


class AuthenticationError(ApiError):
    """401 Unauthorized: the token is missing, invalid or expired."""


class PermissionDeniedError(ApiError):
    """403 Forbidden."""


class NotFoundError(ApiError):
    """404 Not Found."""


class ConflictError(ApiError):
    """409 Conflict."""


class PreconditionFailedError(ApiError):
    """412 Precondition Failed."""


class UnprocessableEntityError(ApiError):
    """422 Unprocessable Entity."""


class RateLimitError(ApiError):
    """429 Too Many Requests.

    `retry_after` is the server's `Retry-After` in seconds, or `None` if absent.
    """

    retry_after: float | None

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(ApiError):
    """Any 5xx status."""


class UnexpectedStatus(ApiError):
    """A status the document does not describe and no other class covers."""


_ERRORS_BY_STATUS: dict[int, type[ApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_for_response(response: httpx.Response) -> ApiError:
    """Return the error for a response whose status is not a documented success.

    The response body must have been read.
    """
    status = response.status_code
    if 500 <= status <= 599:
        return InternalServerError(response)
    return _ERRORS_BY_STATUS.get(status, UnexpectedStatus)(response)


def parse_retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from `retry-after-ms` or `Retry-After` (seconds or HTTP date).

    Returns `None` when neither header is present or readable. A date in the past
    gives 0.
    """
    milliseconds = _non_negative_float(headers.get("retry-after-ms"))
    if milliseconds is not None:
        return milliseconds / 1000
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = _non_negative_float(value)
    if seconds is not None:
        return seconds
    try:
        date = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, date.timestamp() - time.time())


def _non_negative_float(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number >= 0 and number != float("inf") else None


def _parse_problem(response: httpx.Response) -> Problem | None:
    content_type = response.headers.get("content-type", "")
    media_type = content_type.partition(";")[0].strip().lower()
    if not (media_type == "application/json" or media_type.endswith("+json")):
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        return None
    return Problem.from_dict(body) if isinstance(body, dict) else None


def error_for_transport(exc: httpx.TransportError, during: str) -> ApiConnectionError:
    """Wrap an httpx transport failure; raise the result `from exc` to chain it.

    `during` names what failed, e.g. `GET /v1/runs`.
    """
    message = f"{during}: {type(exc).__name__}" + (f": {exc}" if str(exc) else "")
    if isinstance(exc, httpx.TimeoutException):
        return ApiTimeoutError(message)
    return ApiConnectionError(message)
