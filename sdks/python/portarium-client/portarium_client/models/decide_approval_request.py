from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .approval_decision import ApprovalDecision


@attrs.define
class DecideApprovalRequest:
    """DecideApprovalRequest object.

    Attributes:
        decision: The decision on an approval.
        rationale: Why; required for `Denied` and `RequestChanges`.
    """

    decision: ApprovalDecision
    rationale: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["decision"] = self.decision.value
        if not isinstance(self.rationale, Unset):
            data["rationale"] = self.rationale
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> DecideApprovalRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            decision=ApprovalDecision(data.pop("decision")),
            rationale=data.pop("rationale", UNSET),
        )
        obj.additional_properties = data
        return obj
