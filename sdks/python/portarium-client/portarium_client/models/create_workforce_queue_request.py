from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class CreateWorkforceQueueRequest:
    """CreateWorkforceQueueRequest object."""

    name: str
    description: str | None | Unset = UNSET
    member_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["name"] = self.name
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        if not isinstance(self.member_ids, Unset):
            data["memberIds"] = self.member_ids
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateWorkforceQueueRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            name=data.pop("name"),
            description=data.pop("description", UNSET),
            member_ids=data.pop("memberIds", UNSET),
        )
        obj.additional_properties = data
        return obj
