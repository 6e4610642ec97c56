from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .run import Run


@attrs.define
class ListRunsResponse200:
    """ListRunsResponse200 object."""

    items: list[Run]
    next_cursor: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["items"] = [item.to_dict() for item in self.items]
        if not isinstance(self.next_cursor, Unset):
            data["nextCursor"] = self.next_cursor
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ListRunsResponse200:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            items=[Run.from_dict(item) for item in data.pop("items")],
            next_cursor=data.pop("nextCursor", UNSET),
        )
        obj.additional_properties = data
        return obj
