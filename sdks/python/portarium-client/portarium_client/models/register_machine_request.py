from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .labels import Labels
from .machine_platform import MachinePlatform


@attrs.define
class RegisterMachineRequest:
    """RegisterMachineRequest object.

    Attributes:
        labels: Free-form string labels, by key.
        platform: The operating system a machine runs.
    """

    hostname: str
    name: str
    platform: MachinePlatform
    labels: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["hostname"] = self.hostname
        data["name"] = self.name
        data["platform"] = self.platform.value
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RegisterMachineRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            hostname=data.pop("hostname"),
            name=data.pop("name"),
            platform=MachinePlatform(data.pop("platform")),
            labels=_parse_labels(data.pop("labels", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
