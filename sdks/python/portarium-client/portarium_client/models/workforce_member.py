from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .workforce_availability import WorkforceAvailability


@attrs.define
class WorkforceMember:
    """A person who handles human tasks.

    Attributes:
        availability: Whether a workforce member can take tasks.
    """

    availability: WorkforceAvailability
    display_name: str
    id: str
    queue_ids: list[str]
    skills: list[str]
    user_id: str
    available_again_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["availability"] = self.availability.value
        data["displayName"] = self.display_name
        data["id"] = self.id
        data["queueIds"] = self.queue_ids
        data["skills"] = self.skills
        data["userId"] = self.user_id
        if not isinstance(self.available_again_at, Unset):
            data["availableAgainAt"] = (
                None
                if self.available_again_at is None
                else format_datetime(self.available_again_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkforceMember:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            availability=WorkforceAvailability(data.pop("availability")),
            display_name=data.pop("displayName"),
            id=data.pop("id"),
            queue_ids=data.pop("queueIds"),
            skills=data.pop("skills"),
            user_id=data.pop("userId"),
            available_again_at=_parse_available_again_at(
                data.pop("availableAgainAt", UNSET)
            ),
        )
        obj.additional_properties = data
        return obj


def _parse_available_again_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
