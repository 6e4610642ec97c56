from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .labels import Labels
from .machine_platform import MachinePlatform
from .machine_status import MachineStatus


@attrs.define
class Machine:
    """A machine whose runner executes commands for the workspace.

    Attributes:
        capabilities: The commands the machine's runner offers.
        labels: Free-form string labels, by key.
        platform: The operating system a machine runs.
        status: Whether a machine's runner is connected.
    """

    capabilities: list[str]
    hostname: str
    id: str
    name: str
    platform: MachinePlatform
    registered_at: datetime.datetime
    status: MachineStatus
    labels: Labels | Unset = UNSET
    last_seen_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["capabilities"] = self.capabilities
        data["hostname"] = self.hostname
        data["id"] = self.id
        data["name"] = self.name
        data["platform"] = self.platform.value
        data["registeredAt"] = format_datetime(self.registered_at)
        data["status"] = self.status.value
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        if not isinstance(self.last_seen_at, Unset):
            data["lastSeenAt"] = (
                None
                if self.last_seen_at is None
                else format_datetime(self.last_seen_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Machine:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            capabilities=data.pop("capabilities"),
            hostname=data.pop("hostname"),
            id=data.pop("id"),
            name=data.pop("name"),
            platform=MachinePlatform(data.pop("platform")),
            registered_at=parse_datetime(data.pop("registeredAt")),
            status=MachineStatus(data.pop("status")),
            labels=_parse_labels(data.pop("labels", UNSET)),
            last_seen_at=_parse_last_seen_at(data.pop("lastSeenAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)


def _parse_last_seen_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
