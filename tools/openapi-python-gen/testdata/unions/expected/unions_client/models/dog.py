from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class Dog:
    """Dog object."""

    barks: int
    pet_type: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["barks"] = self.barks
        data["petType"] = self.pet_type
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Dog:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            barks=data.pop("barks"),
            pet_type=data.pop("petType"),
        )
        obj.additional_properties = data
        return obj
