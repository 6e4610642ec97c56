from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class Owner:
    """Owner object."""

    name: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = {}
        data["name"] = self.name
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Owner:
        """Read a value from a decoded JSON object."""
        return cls(
            name=src["name"],
        )
