from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class StartRunRequest:
    """StartRunRequest object."""

    workflow_id: str
    input: dict[str, Any] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["workflowId"] = self.workflow_id
        if not isinstance(self.input, Unset):
            data["input"] = self.input
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StartRunRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            workflow_id=data.pop("workflowId"),
            input=data.pop("input", UNSET),
        )
        obj.additional_properties = data
        return obj
