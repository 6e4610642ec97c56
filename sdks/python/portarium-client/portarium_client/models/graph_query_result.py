from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .graph_edge import GraphEdge
from .graph_node import GraphNode


@attrs.define
class GraphQueryResult:
    """GraphQueryResult object."""

    edges: list[GraphEdge]
    nodes: list[GraphNode]
    truncated: bool
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["edges"] = [item.to_dict() for item in self.edges]
        data["nodes"] = [item.to_dict() for item in self.nodes]
        data["truncated"] = self.truncated
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GraphQueryResult:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            edges=[GraphEdge.from_dict(item) for item in data.pop("edges")],
            nodes=[GraphNode.from_dict(item) for item in data.pop("nodes")],
            truncated=data.pop("truncated"),
        )
        obj.additional_properties = data
        return obj
