from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import format_datetime, parse_datetime
from .disposition_action import DispositionAction


@attrs.define
class RetentionSchedule:
    """How long evidence of some types is kept, and what happens to it then.

    Attributes:
        action: What happens to evidence at the end of its retention.
    """

    action: DispositionAction
    created_at: datetime.datetime
    evidence_types: list[str]
    id: str
    name: str
    retention_days: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action.value
        data["createdAt"] = format_datetime(self.created_at)
        data["evidenceTypes"] = self.evidence_types
        data["id"] = self.id
        data["name"] = self.name
        data["retentionDays"] = self.retention_days
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RetentionSchedule:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=DispositionAction(data.pop("action")),
            created_at=parse_datetime(data.pop("createdAt")),
            evidence_types=data.pop("evidenceTypes"),
            id=data.pop("id"),
            name=data.pop("name"),
            retention_days=data.pop("retentionDays"),
        )
        obj.additional_properties = data
        return obj
