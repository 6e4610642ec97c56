from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class RetrievalHit:
    """RetrievalHit object.

    Attributes:
        score: The relevance, from 0 to 1.
    """

    document_id: str
    score: float
    snippet: str
    title: str
    source_uri: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["documentId"] = self.document_id
        data["score"] = self.score
        data["snippet"] = self.snippet
        data["title"] = self.title
        if not isinstance(self.source_uri, Unset):
            data["sourceUri"] = self.source_uri
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RetrievalHit:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            document_id=data.pop("documentId"),
            score=data.pop("score"),
            snippet=data.pop("snippet"),
            title=data.pop("title"),
            source_uri=data.pop("sourceUri", UNSET),
        )
        obj.additional_properties = data
        return obj
