from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .disposition_action import DispositionAction


@attrs.define
class CreateRetentionScheduleRequest:
    """CreateRetentionScheduleRequest object.

    Attributes:
        action: What happens to evidence at the end of its retention.
        evidence_types: The evidence types the schedule applies to.
    """

    action: DispositionAction
    evidence_types: list[str]
    name: str
    retention_days: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action.value
        data["evidenceTypes"] = self.evidence_types
        data["name"] = self.name
        data["retentionDays"] = self.retention_days
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateRetentionScheduleRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=DispositionAction(data.pop("action")),
            evidence_types=data.pop("evidenceTypes"),
            name=data.pop("name"),
            retention_days=data.pop("retentionDays"),
        )
        obj.additional_properties = data
        return obj
