from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .evidence_filter import EvidenceFilter
from .legal_hold_status import LegalHoldStatus


@attrs.define
class LegalHold:
    """A hold that exempts matching evidence from disposition.

    Attributes:
        evidence_filter: Selects evidence entries by run and time; all given criteria must match.
    """

    created_at: datetime.datetime
    evidence_filter: EvidenceFilter
    id: str
    matter: str
    name: str
    status: LegalHoldStatus
    reason: str | None | Unset = UNSET
    released_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["evidenceFilter"] = self.evidence_filter.to_dict()
        data["id"] = self.id
        data["matter"] = self.matter
        data["name"] = self.name
        data["status"] = self.status.value
        if not isinstance(self.reason, Unset):
            data["reason"] = self.reason
        if not isinstance(self.released_at, Unset):
            data["releasedAt"] = (
                None if self.released_at is None else format_datetime(self.released_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> LegalHold:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            evidence_filter=EvidenceFilter.from_dict(data.pop("evidenceFilter")),
            id=data.pop("id"),
            matter=data.pop("matter"),
            name=data.pop("name"),
            status=LegalHoldStatus(data.pop("status")),
            reason=data.pop("reason", UNSET),
            released_at=_parse_released_at(data.pop("releasedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_released_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
