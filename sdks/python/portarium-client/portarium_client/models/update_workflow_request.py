from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .execution_tier import ExecutionTier
from .labels import Labels
from .workflow_step import WorkflowStep


@attrs.define
class UpdateWorkflowRequest:
    """UpdateWorkflowRequest object.

    Attributes:
        execution_tier: How much human involvement an action needs.
        labels: Free-form string labels, by key.
    """

    description: str | None | Unset = UNSET
    execution_tier: ExecutionTier | Unset = UNSET
    labels: Labels | Unset = UNSET
    name: str | Unset = UNSET
    steps: list[WorkflowStep] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        if not isinstance(self.execution_tier, Unset):
            data["executionTier"] = self.execution_tier.value
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        if not isinstance(self.name, Unset):
            data["name"] = self.name
        if not isinstance(self.steps, Unset):
            data["steps"] = [item.to_dict() for item in self.steps]
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateWorkflowRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            description=data.pop("description", UNSET),
            execution_tier=_parse_execution_tier(data.pop("executionTier", UNSET)),
            labels=_parse_labels(data.pop("labels", UNSET)),
            name=data.pop("name", UNSET),
            steps=_parse_steps(data.pop("steps", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_execution_tier(value: Any) -> ExecutionTier | Unset:
    if isinstance(value, Unset):
        return value
    return ExecutionTier(value)


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)


def _parse_steps(value: Any) -> list[WorkflowStep] | Unset:
    if isinstance(value, Unset):
        return value
    return [WorkflowStep.from_dict(item) for item in value]
