from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .run_status import RunStatus


@attrs.define
class Run:
    """Run object."""

    id: str
    status: RunStatus
    started_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["id"] = self.id
        data["status"] = self.status.value
        if not isinstance(self.started_at, Unset):
            data["startedAt"] = format_datetime(self.started_at)
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Run:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            id=data.pop("id"),
            status=RunStatus(data.pop("status")),
            started_at=_parse_started_at(data.pop("startedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_started_at(value: Any) -> datetime.datetime | Unset:
    if isinstance(value, Unset):
        return value
    return parse_datetime(value)
