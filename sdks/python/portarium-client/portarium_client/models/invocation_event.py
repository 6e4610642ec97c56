from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .invocation_event_type import InvocationEventType


@attrs.define
class InvocationEvent:
    """One event of a machine invocation, sent as the `data` of a server-sent event.

    Attributes:
        exit_code: Set on `Completed` and `Failed`.
        sequence: Starts at 1 and increases by 1 per event of the invocation.
    """

    emitted_at: datetime.datetime
    invocation_id: str
    schema_version: Literal[1]
    sequence: int
    type: InvocationEventType
    exit_code: int | None | Unset = UNSET
    message: str | None | Unset = UNSET
    progress_percent: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["emittedAt"] = format_datetime(self.emitted_at)
        data["invocationId"] = self.invocation_id
        data["schemaVersion"] = self.schema_version
        data["sequence"] = self.sequence
        data["type"] = self.type.value
        if not isinstance(self.exit_code, Unset):
            data["exitCode"] = self.exit_code
        if not isinstance(self.message, Unset):
            data["message"] = self.message
        if not isinstance(self.progress_percent, Unset):
            data["progressPercent"] = self.progress_percent
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InvocationEvent:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            emitted_at=parse_datetime(data.pop("emittedAt")),
            invocation_id=data.pop("invocationId"),
            schema_version=_parse_schema_version(data.pop("schemaVersion")),
            sequence=data.pop("sequence"),
            type=InvocationEventType(data.pop("type")),
            exit_code=data.pop("exitCode", UNSET),
            message=data.pop("message", UNSET),
            progress_percent=data.pop("progressPercent", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_schema_version(value: Any) -> Literal[1]:
    if value != 1:
        raise ValueError(f"schemaVersion must be 1, got {value!r}")
    return 1
