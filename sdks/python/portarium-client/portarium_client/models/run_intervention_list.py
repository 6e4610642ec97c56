from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .run_intervention import RunIntervention


@attrs.define
class RunInterventionList:
    """A page of run interventions.

    Attributes:
        next_cursor: The cursor for the next page, or `null` on the last page.
    """

    items: list[RunIntervention]
    next_cursor: str | None
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["items"] = [item.to_dict() for item in self.items]
        data["nextCursor"] = self.next_cursor
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RunInterventionList:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            items=[RunIntervention.from_dict(item) for item in data.pop("items")],
            next_cursor=data.pop("nextCursor"),
        )
        obj.additional_properties = data
        return obj
