from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .approval_subject_kind import ApprovalSubjectKind


@attrs.define
class ApprovalSubject:
    """What an approval is about.

    Attributes:
        reference: The ID or path of the thing to approve.
        summary: A one-line summary for the approver.
    """

    kind: ApprovalSubjectKind
    reference: str
    summary: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["kind"] = self.kind.value
        data["reference"] = self.reference
        data["summary"] = self.summary
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ApprovalSubject:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            kind=ApprovalSubjectKind(data.pop("kind")),
            reference=data.pop("reference"),
            summary=data.pop("summary"),
        )
        obj.additional_properties = data
        return obj
