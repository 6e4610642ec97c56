from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .geo_point import GeoPoint
from .location_event_subject_kind import LocationEventSubjectKind


@attrs.define
class LocationEvent:
    """A position reported by a machine, user or agent.

    Attributes:
        position: A WGS 84 position.
    """

    id: str
    position: GeoPoint
    recorded_at: datetime.datetime
    schema_version: Literal[1]
    subject_id: str
    subject_kind: LocationEventSubjectKind
    accuracy_meters: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["id"] = self.id
        data["position"] = self.position.to_dict()
        data["recordedAt"] = format_datetime(self.recorded_at)
        data["schemaVersion"] = self.schema_version
        data["subjectId"] = self.subject_id
        data["subjectKind"] = self.subject_kind.value
        if not isinstance(self.accuracy_meters, Unset):
            data["accuracyMeters"] = self.accuracy_meters
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> LocationEvent:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            id=data.pop("id"),
            position=GeoPoint.from_dict(data.pop("position")),
            recorded_at=parse_datetime(data.pop("recordedAt")),
            schema_version=_parse_schema_version(data.pop("schemaVersion")),
            subject_id=data.pop("subjectId"),
            subject_kind=LocationEventSubjectKind(data.pop("subjectKind")),
            accuracy_meters=data.pop("accuracyMeters", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_schema_version(value: Any) -> Literal[1]:
    if value != 1:
        raise ValueError(f"schemaVersion must be 1, got {value!r}")
    return 1
