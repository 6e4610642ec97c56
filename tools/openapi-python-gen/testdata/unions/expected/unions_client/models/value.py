from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeAlias

from ..types import format_datetime, parse_datetime
from .cat import Cat

Value: TypeAlias = int | datetime.datetime | str | Cat
"""One of several types.

When decoding, the members are tried in the order the document lists them;
the first that accepts the value wins.
"""


def parse_value(data: Any) -> Value:
    """Decode a Value from JSON."""
    if isinstance(data, int) and not isinstance(data, bool):
        return data
    if isinstance(data, str):
        try:
            return parse_datetime(data)
        except (KeyError, TypeError, ValueError):
            pass
    if isinstance(data, str):
        return data
    if isinstance(data, Mapping):
        try:
            return Cat.from_dict(data)
        except (KeyError, TypeError, ValueError):
            pass
    raise ValueError(f"{data!r} is none of the types of Value")


def serialize_value(value: Value) -> Any:
    """Return the JSON form of a Value."""
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    if isinstance(value, Cat):
        return value.to_dict()
    return value
