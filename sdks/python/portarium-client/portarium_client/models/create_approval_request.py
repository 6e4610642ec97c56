from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .approval_subject import ApprovalSubject
from .execution_tier import ExecutionTier
from .proposed_action import ProposedAction


@attrs.define
class CreateApprovalRequest:
    """CreateApprovalRequest object.

    Attributes:
        execution_tier: How much human involvement an action needs.
        expires_at: When the approval expires if undecided; defaults to 24 hours from now.
        proposed_action: The tool call an agent wants to make.
        subject: What an approval is about.
    """

    execution_tier: ExecutionTier
    proposed_action: ProposedAction
    subject: ApprovalSubject
    expires_at: datetime.datetime | Unset = UNSET
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["executionTier"] = self.execution_tier.value
        data["proposedAction"] = self.proposed_action.to_dict()
        data["subject"] = self.subject.to_dict()
        if not isinstance(self.expires_at, Unset):
            data["expiresAt"] = format_datetime(self.expires_at)
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateApprovalRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            execution_tier=ExecutionTier(data.pop("executionTier")),
            proposed_action=ProposedAction.from_dict(data.pop("proposedAction")),
            subject=ApprovalSubject.from_dict(data.pop("subject")),
            expires_at=_parse_expires_at(data.pop("expiresAt", UNSET)),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_expires_at(value: Any) -> datetime.datetime | Unset:
    if isinstance(value, Unset):
        return value
    return parse_datetime(value)
