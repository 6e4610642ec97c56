from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, parse_date


@attrs.define
class PetCharter:
    """PetCharter object."""

    since: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.since, Unset):
            data["since"] = self.since.isoformat()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> PetCharter:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            since=_parse_since(data.pop("since", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_since(value: Any) -> datetime.date | Unset:
    if isinstance(value, Unset):
        return value
    return parse_date(value)
