from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class GraphEdge:
    """GraphEdge object.

    Attributes:
        source: The ID of the node the edge starts at.
        target: The ID of the node the edge ends at.
    """

    id: str
    relation: str
    source: str
    target: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["id"] = self.id
        data["relation"] = self.relation
        data["source"] = self.source
        data["target"] = self.target
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GraphEdge:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            id=data.pop("id"),
            relation=data.pop("relation"),
            source=data.pop("source"),
            target=data.pop("target"),
        )
        obj.additional_properties = data
        return obj
