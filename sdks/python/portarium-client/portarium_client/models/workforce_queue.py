from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime


@attrs.define
class WorkforceQueue:
    """A queue that routes human tasks to its members."""

    created_at: datetime.datetime
    id: str
    member_ids: list[str]
    name: str
    open_task_count: int
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["memberIds"] = self.member_ids
        data["name"] = self.name
        data["openTaskCount"] = self.open_task_count
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkforceQueue:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            member_ids=data.pop("memberIds"),
            name=data.pop("name"),
            open_task_count=data.pop("openTaskCount"),
            description=data.pop("description", UNSET),
        )
        obj.additional_properties = data
        return obj
