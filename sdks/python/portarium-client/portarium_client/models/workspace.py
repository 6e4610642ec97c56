from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .labels import Labels
from .workspace_region import WorkspaceRegion


@attrs.define
class Workspace:
    """A tenant of the control plane. Every other resource belongs to one workspace.

    Attributes:
        labels: Free-form string labels, by key.
        region: Where the workspace's data is stored.
    """

    created_at: datetime.datetime
    id: str
    name: str
    region: WorkspaceRegion
    labels: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["name"] = self.name
        data["region"] = self.region.value
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Workspace:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            name=data.pop("name"),
            region=WorkspaceRegion(data.pop("region")),
            labels=_parse_labels(data.pop("labels", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
