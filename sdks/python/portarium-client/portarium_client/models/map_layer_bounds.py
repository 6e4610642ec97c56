from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .geo_point import GeoPoint


@attrs.define
class MapLayerBounds:
    """The area the layer covers.

    Attributes:
        north_east: A WGS 84 position.
        south_west: A WGS 84 position.
    """

    north_east: GeoPoint
    south_west: GeoPoint
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["northEast"] = self.north_east.to_dict()
        data["southWest"] = self.south_west.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MapLayerBounds:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            north_east=GeoPoint.from_dict(data.pop("northEast")),
            south_west=GeoPoint.from_dict(data.pop("southWest")),
        )
        obj.additional_properties = data
        return obj
