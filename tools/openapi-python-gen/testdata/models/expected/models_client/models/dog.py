from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class Dog:
    """Dog object."""

    bark: str
    id: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["bark"] = self.bark
        data["id"] = self.id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Dog:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            bark=data.pop("bark"),
            id=data.pop("id"),
        )
        obj.additional_properties = data
        return obj
