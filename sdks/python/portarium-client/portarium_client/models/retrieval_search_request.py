from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class RetrievalSearchRequest:
    """RetrievalSearchRequest object.

    Attributes:
        filters: Only match documents whose metadata has these values.
    """

    query: str
    filters: dict[str, str] | Unset = UNSET
    top_k: int = 10
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["query"] = self.query
        if not isinstance(self.filters, Unset):
            data["filters"] = self.filters
        data["topK"] = self.top_k
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RetrievalSearchRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            query=data.pop("query"),
            filters=data.pop("filters", UNSET),
            top_k=data.pop("topK", 10),
        )
        obj.additional_properties = data
        return obj
