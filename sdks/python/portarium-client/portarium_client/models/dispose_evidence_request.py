from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .disposition_action import DispositionAction


@attrs.define
class DisposeEvidenceRequest:
    """DisposeEvidenceRequest object.

    Attributes:
        action: What happens to evidence at the end of its retention.
    """

    action: DispositionAction
    evidence_ids: list[str]
    reason: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["action"] = self.action.value
        data["evidenceIds"] = self.evidence_ids
        data["reason"] = self.reason
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DisposeEvidenceRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            action=DispositionAction(data.pop("action")),
            evidence_ids=data.pop("evidenceIds"),
            reason=data.pop("reason"),
        )
        obj.additional_properties = data
        return obj
