from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .policy_rule_effect import PolicyRuleEffect


@attrs.define
class PolicyRule:
    """PolicyRule object.

    Attributes:
        action: The action the rule matches, such as a tool name; `*` matches any.
        conditions: Extra conditions on the action's arguments, by name.
        resource: The resource the rule matches; `*` matches any.
    """

    action: str
    effect: PolicyRuleEffect
    id: str
    resource: str
    conditions: dict[str, str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action
        data["effect"] = self.effect.value
        data["id"] = self.id
        data["resource"] = self.resource
        if not isinstance(self.conditions, Unset):
            data["conditions"] = self.conditions
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PolicyRule:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=data.pop("action"),
            effect=PolicyRuleEffect(data.pop("effect")),
            id=data.pop("id"),
            resource=data.pop("resource"),
            conditions=data.pop("conditions", UNSET),
        )
        obj.additional_properties = data
        return obj
