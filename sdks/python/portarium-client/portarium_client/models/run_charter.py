from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .execution_tier import ExecutionTier
from .run_charter_budget import RunCharterBudget


@attrs.define
class RunCharter:
    """What the run is for and the limits it works within.

    Attributes:
        execution_tier: How much human involvement an action needs.
    """

    budget: RunCharterBudget
    execution_tier: ExecutionTier
    objective: str
    constraints: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["budget"] = self.budget.to_dict()
        data["executionTier"] = self.execution_tier.value
        data["objective"] = self.objective
        if not isinstance(self.constraints, Unset):
            data["constraints"] = self.constraints
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RunCharter:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            budget=RunCharterBudget.from_dict(data.pop("budget")),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            objective=data.pop("objective"),
            constraints=data.pop("constraints", UNSET),
        )
        obj.additional_properties = data
        return obj
