from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .retrieval_hit import RetrievalHit


@attrs.define
class RetrievalSearchResult:
    """RetrievalSearchResult object."""

    hits: list[RetrievalHit]
    query: str
    took_ms: int
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["hits"] = [item.to_dict() for item in self.hits]
        data["query"] = self.query
        data["tookMs"] = self.took_ms
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RetrievalSearchResult:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            hits=[RetrievalHit.from_dict(item) for item in data.pop("hits")],
            query=data.pop("query"),
            took_ms=data.pop("tookMs"),
        )
        obj.additional_properties = data
        return obj
