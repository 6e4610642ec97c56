"""Types shared by the generated models and operations."""

import datetime
from typing import BinaryIO, Final, Generic, Literal, TypeAlias, TypeVar

import attrs
import httpx
from dateutil.parser import isoparse

JsonValue: TypeAlias = (
    str | int | float | bool | None | list["JsonValue"] | dict[str, "JsonValue"]
)
"""Any value a JSON document can hold, as `json.loads` returns it."""

T = TypeVar("T")


class Unset:
    """The type of `UNSET`: a value the caller did not give.

    Distinct from `None`, which is sent as JSON `null`. Falsy, so `if value:` skips it.
    """

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final[Unset] = Unset()

FileTuple: TypeAlias = tuple[str | None, BinaryIO, str | None]
"""A file as httpx takes it in `files=`: (file name, payload, MIME type)."""


@attrs.define
class File:
    """A file to upload in a multipart body, or a binary response body."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTuple:
        """Return the file in the form httpx takes for multipart uploads."""
        return self.file_name, self.payload, self.mime_type


@attrs.frozen
class Response(Generic[T]):
    """A complete HTTP response: status, headers, raw body and the parsed body.

    `parsed` is `None` when the status is not a documented success. `status_code` is
    the plain number, so statuses Python's `HTTPStatus` lacks (299, 520) arrive
    intact; it compares equal to `HTTPStatus` members.
    """

    status_code: int
    content: bytes
    headers: httpx.Headers
    parsed: T | None


def format_datetime(value: datetime.datetime) -> str:
    """Encode a `date-time` value as RFC 3339 text, which always carries an offset.

    Raises:
        ValueError: `value` is naive (no `tzinfo`): the server could only guess its
            timezone. Give it one, e.g. `datetime.now(timezone.utc)`.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{value!r} has no timezone; date-time values need one "
            "(e.g. tzinfo=datetime.timezone.utc)"
        )
    return value.isoformat()


def parse_datetime(text: str) -> datetime.datetime:
    """Decode `date-time` text: RFC 3339 quickly, other ISO 8601 spellings with dateutil."""
    try:
        if text.endswith(("Z", "z")):  # Python 3.10's fromisoformat has no "Z"
            text = text[:-1] + "+00:00"
        return datetime.datetime.fromisoformat(text)
    except ValueError:
        return isoparse(text)


def parse_date(text: str) -> datetime.date:
    """Decode `date` text: `YYYY-MM-DD` quickly, other ISO 8601 spellings with dateutil."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return isoparse(text).date()
