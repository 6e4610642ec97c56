from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime


@attrs.define
class ConnectionTestResult:
    """ConnectionTestResult object.

    Attributes:
        latency_ms: The round-trip time, or `null` if the machine did not answer.
    """

    checked_at: datetime.datetime
    machine_id: str
    ok: bool
    latency_ms: int | None | Unset = UNSET
    message: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["checkedAt"] = format_datetime(self.checked_at)
        data["machineId"] = self.machine_id
        data["ok"] = self.ok
        if not isinstance(self.latency_ms, Unset):
            data["latencyMs"] = self.latency_ms
        if not isinstance(self.message, Unset):
            data["message"] = self.message
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ConnectionTestResult:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            checked_at=parse_datetime(data.pop("checkedAt")),
            machine_id=data.pop("machineId"),
            ok=data.pop("ok"),
            latency_ms=data.pop("latencyMs", UNSET),
            message=data.pop("message", UNSET),
        )
        obj.additional_properties = data
        return obj
