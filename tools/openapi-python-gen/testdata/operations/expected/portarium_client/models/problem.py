from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class Problem:
    """Problem object."""

    detail: str | Unset = UNSET
    status: int | Unset = UNSET
    title: str | Unset = UNSET
    type: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.detail, Unset):
            data["detail"] = self.detail
        if not isinstance(self.status, Unset):
            data["status"] = self.status
        if not isinstance(self.title, Unset):
            data["title"] = self.title
        if not isinstance(self.type, Unset):
            data["type"] = self.type
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Problem:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            detail=data.pop("detail", UNSET),
            status=data.pop("status", UNSET),
            title=data.pop("title", UNSET),
            type=data.pop("type", UNSET),
        )
        obj.additional_properties = data
        return obj
