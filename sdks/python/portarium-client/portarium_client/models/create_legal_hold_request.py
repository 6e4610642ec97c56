from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .evidence_filter import EvidenceFilter


@attrs.define
class CreateLegalHoldRequest:
    """CreateLegalHoldRequest object.

    Attributes:
        evidence_filter: Selects evidence entries by run and time; all given criteria must match.
        matter: The legal matter the hold is for.
    """

    evidence_filter: EvidenceFilter
    matter: str
    name: str
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["evidenceFilter"] = self.evidence_filter.to_dict()
        data["matter"] = self.matter
        data["name"] = self.name
        if not isinstance(self.reason, Unset):
            data["reason"] = self.reason
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateLegalHoldRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            evidence_filter=EvidenceFilter.from_dict(data.pop("evidenceFilter")),
            matter=data.pop("matter"),
            name=data.pop("name"),
            reason=data.pop("reason", UNSET),
        )
        obj.additional_properties = data
        return obj
