from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .execution_tier import ExecutionTier


@attrs.define
class PlanStep:
    """PlanStep object.

    Attributes:
        execution_tier: How much human involvement an action needs.
        tool_name: The tool the step calls, if any.
    """

    description: str
    execution_tier: ExecutionTier
    order: int
    tool_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["description"] = self.description
        data["executionTier"] = self.execution_tier.value
        data["order"] = self.order
        if not isinstance(self.tool_name, Unset):
            data["toolName"] = self.tool_name
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PlanStep:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            description=data.pop("description"),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            order=data.pop("order"),
            tool_name=data.pop("toolName", UNSET),
        )
        obj.additional_properties = data
        return obj
