from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .workforce_availability import WorkforceAvailability


@attrs.define
class SetWorkforceAvailabilityRequest:
    """SetWorkforceAvailabilityRequest object.

    Attributes:
        availability: Whether a workforce member can take tasks.
        until: When the member becomes `Available` again; `null` for no end.
    """

    availability: WorkforceAvailability
    until: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["availability"] = self.availability.value
        if not isinstance(self.until, Unset):
            data["until"] = None if self.until is None else format_datetime(self.until)
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SetWorkforceAvailabilityRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            availability=WorkforceAvailability(data.pop("availability")),
            until=_parse_until(data.pop("until", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_until(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
