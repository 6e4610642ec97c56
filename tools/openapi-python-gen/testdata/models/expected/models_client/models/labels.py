from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class Labels:
    """Labels object."""

    additional_properties: dict[str, str] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Labels:
        """Read a value from a decoded JSON object."""
        obj = cls()
        obj.additional_properties = dict(src)
        return obj
