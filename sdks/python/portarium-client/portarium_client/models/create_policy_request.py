from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .policy_rule import PolicyRule


@attrs.define
class CreatePolicyRequest:
    """CreatePolicyRequest object."""

    name: str
    rules: list[PolicyRule]
    description: str | None | Unset = UNSET
    enabled: bool = True
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["name"] = self.name
        data["rules"] = [item.to_dict() for item in self.rules]
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        data["enabled"] = self.enabled
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreatePolicyRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            name=data.pop("name"),
            rules=[PolicyRule.from_dict(item) for item in data.pop("rules")],
            description=data.pop("description", UNSET),
            enabled=data.pop("enabled", True),
        )
        obj.additional_properties = data
        return obj
