from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class GraphQueryRequest:
    """GraphQueryRequest object.

    Attributes:
        parameters: Values for the query's `$` parameters, by name.
        query: A read-only openCypher query.
    """

    query: str
    limit: int = 100
    parameters: dict[str, str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["query"] = self.query
        data["limit"] = self.limit
        if not isinstance(self.parameters, Unset):
            data["parameters"] = self.parameters
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> GraphQueryRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            query=data.pop("query"),
            limit=data.pop("limit", 100),
            parameters=data.pop("parameters", UNSET),
        )
        obj.additional_properties = data
        return obj
