from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .invocation_status import InvocationStatus


@attrs.define
class MachineInvocation:
    """A command invoked on a machine.

    Attributes:
        status: Where a machine invocation is in its life cycle.
    """

    arguments: dict[str, str]
    command: str
    created_at: datetime.datetime
    id: str
    machine_id: str
    status: InvocationStatus
    exit_code: int | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["arguments"] = self.arguments
        data["command"] = self.command
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["machineId"] = self.machine_id
        data["status"] = self.status.value
        if not isinstance(self.exit_code, Unset):
            data["exitCode"] = self.exit_code
        if not isinstance(self.finished_at, Unset):
            data["finishedAt"] = (
                None if self.finished_at is None else format_datetime(self.finished_at)
            )
        if not isinstance(self.started_at, Unset):
            data["startedAt"] = (
                None if self.started_at is None else format_datetime(self.started_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MachineInvocation:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            arguments=data.pop("arguments"),
            command=data.pop("command"),
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            machine_id=data.pop("machineId"),
            status=InvocationStatus(data.pop("status")),
            exit_code=data.pop("exitCode", UNSET),
            finished_at=_parse_finished_at(data.pop("finishedAt", UNSET)),
            started_at=_parse_started_at(data.pop("startedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_finished_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_started_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
