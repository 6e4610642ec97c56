from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .map_layer_bounds import MapLayerBounds
from .map_layer_kind import MapLayerKind


@attrs.define
class MapLayer:
    """A tiled map layer.

    Attributes:
        bounds: The area the layer covers.
        tile_url_template: An XYZ tile URL template with `{z}`, `{x}` and `{y}` placeholders.
        visible: Whether the layer is shown by default.
    """

    bounds: MapLayerBounds
    id: str
    kind: MapLayerKind
    name: str
    tile_url_template: str
    updated_at: datetime.datetime
    visible: bool
    attribution: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["bounds"] = self.bounds.to_dict()
        data["id"] = self.id
        data["kind"] = self.kind.value
        data["name"] = self.name
        data["tileUrlTemplate"] = self.tile_url_template
        data["updatedAt"] = format_datetime(self.updated_at)
        data["visible"] = self.visible
        if not isinstance(self.attribution, Unset):
            data["attribution"] = self.attribution
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> MapLayer:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            bounds=MapLayerBounds.from_dict(data.pop("bounds")),
            id=data.pop("id"),
            kind=MapLayerKind(data.pop("kind")),
            name=data.pop("name"),
            tile_url_template=data.pop("tileUrlTemplate"),
            updated_at=parse_datetime(data.pop("updatedAt")),
            visible=data.pop("visible"),
            attribution=data.pop("attribution", UNSET),
        )
        obj.additional_properties = data
        return obj
