from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset


@attrs.define
class MachineActor:
    """A machine's runner."""

    kind: Literal["Machine"]
    machine_id: str
    hostname: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["kind"] = self.kind
        data["machineId"] = self.machine_id
        if not isinstance(self.hostname, Unset):
            data["hostname"] = self.hostname
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MachineActor:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            kind=_parse_kind(data.pop("kind")),
            machine_id=data.pop("machineId"),
            hostname=data.pop("hostname", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_kind(value: Any) -> Literal["Machine"]:
    if value != "Machine":
        raise ValueError(f'kind must be "Machine", got {value!r}')
    return "Machine"
