from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .plan_step import PlanStep


@attrs.define
class CreatePlanRequest:
    """CreatePlanRequest object."""

    steps: list[PlanStep]
    title: str
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["steps"] = [item.to_dict() for item in self.steps]
        data["title"] = self.title
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreatePlanRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            steps=[PlanStep.from_dict(item) for item in data.pop("steps")],
            title=data.pop("title"),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj
