from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class RunCharterBudget:
    """RunCharterBudget object."""

    max_steps: int
    max_cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["maxSteps"] = self.max_steps
        if not isinstance(self.max_cost_usd, Unset):
            data["maxCostUsd"] = self.max_cost_usd
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RunCharterBudget:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            max_steps=data.pop("maxSteps"),
            max_cost_usd=data.pop("maxCostUsd", UNSET),
        )
        obj.additional_properties = data
        return obj
