from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .policy_rule import PolicyRule


@attrs.define
class UpdatePolicyRequest:
    """UpdatePolicyRequest object."""

    description: str | None | Unset = UNSET
    enabled: bool | Unset = UNSET
    name: str | Unset = UNSET
    rules: list[PolicyRule] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        if not isinstance(self.enabled, Unset):
            data["enabled"] = self.enabled
        if not isinstance(self.name, Unset):
            data["name"] = self.name
        if not isinstance(self.rules, Unset):
            data["rules"] = [item.to_dict() for item in self.rules]
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdatePolicyRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            description=data.pop("description", UNSET),
            enabled=data.pop("enabled", UNSET),
            name=data.pop("name", UNSET),
            rules=_parse_rules(data.pop("rules", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_rules(value: Any) -> list[PolicyRule] | Unset:
    if isinstance(value, Unset):
        return value
    return [PolicyRule.from_dict(item) for item in value]
