from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class GeoPoint:
    """A WGS 84 position."""

    latitude: float
    longitude: float
    altitude_meters: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["latitude"] = self.latitude
        data["longitude"] = self.longitude
        if not isinstance(self.altitude_meters, Unset):
            data["altitudeMeters"] = self.altitude_meters
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GeoPoint:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            latitude=data.pop("latitude"),
            longitude=data.pop("longitude"),
            altitude_meters=data.pop("altitudeMeters", UNSET),
        )
        obj.additional_properties = data
        return obj
