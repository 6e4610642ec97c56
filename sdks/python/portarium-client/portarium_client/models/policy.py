from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .policy_rule import PolicyRule


@attrs.define
class Policy:
    """An ordered list of rules that decide whether an action is allowed, denied or needs approval."""

    created_at: datetime.datetime
    enabled: bool
    id: str
    name: str
    rules: list[PolicyRule]
    updated_at: datetime.datetime
    version: int
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["enabled"] = self.enabled
        data["id"] = self.id
        data["name"] = self.name
        data["rules"] = [item.to_dict() for item in self.rules]
        data["updatedAt"] = format_datetime(self.updated_at)
        data["version"] = self.version
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Policy:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            enabled=data.pop("enabled"),
            id=data.pop("id"),
            name=data.pop("name"),
            rules=[PolicyRule.from_dict(item) for item in data.pop("rules")],
            updated_at=parse_datetime(data.pop("updatedAt")),
            version=data.pop("version"),
            description=data.pop("description", UNSET),
        )
        obj.additional_properties = data
        return obj
