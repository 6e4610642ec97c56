from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import format_datetime, parse_datetime
from .disposition_action import DispositionAction
from .evidence_disposition_status import EvidenceDispositionStatus


@attrs.define
class EvidenceDisposition:
    """A request to archive or delete evidence ahead of its schedule.

    Attributes:
        action: What happens to evidence at the end of its retention.
        blocked_evidence_ids: The entries left alone because a legal hold covers them.
        evidence_ids: The entries that will be disposed of.
    """

    action: DispositionAction
    blocked_evidence_ids: list[str]
    evidence_ids: list[str]
    id: str
    requested_at: datetime.datetime
    status: EvidenceDispositionStatus
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action.value
        data["blockedEvidenceIds"] = self.blocked_evidence_ids
        data["evidenceIds"] = self.evidence_ids
        data["id"] = self.id
        data["requestedAt"] = format_datetime(self.requested_at)
        data["status"] = self.status.value
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EvidenceDisposition:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=DispositionAction(data.pop("action")),
            blocked_evidence_ids=data.pop("blockedEvidenceIds"),
            evidence_ids=data.pop("evidenceIds"),
            id=data.pop("id"),
            requested_at=parse_datetime(data.pop("requestedAt")),
            status=EvidenceDispositionStatus(data.pop("status")),
        )
        obj.additional_properties = data
        return obj
