from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class ProposedAction:
    """The tool call an agent wants to make."""

    agent_id: str
    arguments: dict[str, str]
    tool: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["agentId"] = self.agent_id
        data["arguments"] = self.arguments
        data["tool"] = self.tool
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ProposedAction:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            agent_id=data.pop("agentId"),
            arguments=data.pop("arguments"),
            tool=data.pop("tool"),
        )
        obj.additional_properties = data
        return obj
