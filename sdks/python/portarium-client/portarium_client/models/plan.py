from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .plan_status import PlanStatus
from .plan_step import PlanStep


@attrs.define
class Plan:
    """A step-by-step plan proposed by an agent before it acts."""

    created_at: datetime.datetime
    id: str
    status: PlanStatus
    steps: list[PlanStep]
    title: str
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["status"] = self.status.value
        data["steps"] = [item.to_dict() for item in self.steps]
        data["title"] = self.title
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Plan:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            status=PlanStatus(data.pop("status")),
            steps=[PlanStep.from_dict(item) for item in data.pop("steps")],
            title=data.pop("title"),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj
