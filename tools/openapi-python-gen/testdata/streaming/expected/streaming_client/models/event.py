from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class Event:
    """Event object."""

    kind: str
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["kind"] = self.kind
        if not isinstance(self.count, Unset):
            data["count"] = self.count
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Event:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            kind=data.pop("kind"),
            count=data.pop("count", UNSET),
        )
        obj.additional_properties = data
        return obj
