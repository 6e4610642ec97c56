from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .execution_tier import ExecutionTier
from .labels import Labels
from .workflow_step import WorkflowStep


@attrs.define
class Workflow:
    """A workflow definition. Every update creates a new `version`.

    Attributes:
        execution_tier: How much human involvement an action needs.
        labels: Free-form string labels, by key.
    """

    created_at: datetime.datetime
    execution_tier: ExecutionTier
    id: str
    name: str
    steps: list[WorkflowStep]
    updated_at: datetime.datetime
    version: int
    description: str | None | Unset = UNSET
    labels: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["executionTier"] = self.execution_tier.value
        data["id"] = self.id
        data["name"] = self.name
        data["steps"] = [item.to_dict() for item in self.steps]
        data["updatedAt"] = format_datetime(self.updated_at)
        data["version"] = self.version
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Workflow:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            id=data.pop("id"),
            name=data.pop("name"),
            steps=[WorkflowStep.from_dict(item) for item in data.pop("steps")],
            updated_at=parse_datetime(data.pop("updatedAt")),
            version=data.pop("version"),
            description=data.pop("description", UNSET),
            labels=_parse_labels(data.pop("labels", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
