from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .execution_tier import ExecutionTier


@attrs.define
class WorkflowStep:
    """WorkflowStep object.

    Attributes:
        action: The tool or adapter operation the step performs.
        execution_tier: How much human involvement an action needs.
        id: Unique within the workflow.
    """

    action: str
    execution_tier: ExecutionTier
    id: str
    name: str
    timeout_seconds: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action
        data["executionTier"] = self.execution_tier.value
        data["id"] = self.id
        data["name"] = self.name
        if not isinstance(self.timeout_seconds, Unset):
            data["timeoutSeconds"] = self.timeout_seconds
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkflowStep:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=data.pop("action"),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            id=data.pop("id"),
            name=data.pop("name"),
            timeout_seconds=data.pop("timeoutSeconds", UNSET),
        )
        obj.additional_properties = data
        return obj
