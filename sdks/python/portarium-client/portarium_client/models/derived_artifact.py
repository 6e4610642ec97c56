from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .derived_artifact_kind import DerivedArtifactKind
from .labels import Labels


@attrs.define
class DerivedArtifact:
    """A file derived from a run, such as a report or a dataset.

    Attributes:
        download_url: A download link valid for 15 minutes; only set by `getDerivedArtifact`.
        metadata: Free-form string labels, by key.
    """

    created_at: datetime.datetime
    id: str
    kind: DerivedArtifactKind
    media_type: str
    run_id: str
    sha256: str
    size_bytes: int
    download_url: str | None | Unset = UNSET
    metadata: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["kind"] = self.kind.value
        data["mediaType"] = self.media_type
        data["runId"] = self.run_id
        data["sha256"] = self.sha256
        data["sizeBytes"] = self.size_bytes
        if not isinstance(self.download_url, Unset):
            data["downloadUrl"] = self.download_url
        if not isinstance(self.metadata, Unset):
            data["metadata"] = self.metadata.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DerivedArtifact:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            kind=DerivedArtifactKind(data.pop("kind")),
            media_type=data.pop("mediaType"),
            run_id=data.pop("runId"),
            sha256=data.pop("sha256"),
            size_bytes=data.pop("sizeBytes"),
            download_url=data.pop("downloadUrl", UNSET),
            metadata=_parse_metadata(data.pop("metadata", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_metadata(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
