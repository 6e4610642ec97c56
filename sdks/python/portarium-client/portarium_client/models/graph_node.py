from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .labels import Labels


@attrs.define
class GraphNode:
    """GraphNode object.

    Attributes:
        properties: Free-form string labels, by key.
    """

    id: str
    label: str
    type: str
    properties: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["id"] = self.id
        data["label"] = self.label
        data["type"] = self.type
        if not isinstance(self.properties, Unset):
            data["properties"] = self.properties.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GraphNode:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            id=data.pop("id"),
            label=data.pop("label"),
            type=data.pop("type"),
            properties=_parse_properties(data.pop("properties", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_properties(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
