from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .approval_decision import ApprovalDecision
from .approval_status import ApprovalStatus
from .approval_subject import ApprovalSubject
from .evidence_actor import (
    EvidenceActor,
    parse_evidence_actor,
    serialize_evidence_actor,
)
from .execution_tier import ExecutionTier
from .proposed_action import ProposedAction


@attrs.define
class Approval:
    """A request to approve an agent action before it is executed.

    Attributes:
        decided_by: The user who decided.
        decision: The decision, once one was made.
        execution_tier: How much human involvement an action needs.
        proposed_action: The tool call an agent wants to make.
        requested_by: Who or what recorded an evidence entry.
        run_id: The run that asked for the approval, if any.
        status: Where an approval is in its life cycle.
        subject: What an approval is about.
    """

    created_at: datetime.datetime
    execution_tier: ExecutionTier
    expires_at: datetime.datetime
    id: str
    proposed_action: ProposedAction
    requested_by: EvidenceActor
    status: ApprovalStatus
    subject: ApprovalSubject
    decided_at: datetime.datetime | None | Unset = UNSET
    decided_by: str | None | Unset = UNSET
    decision: ApprovalDecision | None | Unset = UNSET
    rationale: str | None | Unset = UNSET
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["executionTier"] = self.execution_tier.value
        data["expiresAt"] = format_datetime(self.expires_at)
        data["id"] = self.id
        data["proposedAction"] = self.proposed_action.to_dict()
        data["requestedBy"] = serialize_evidence_actor(self.requested_by)
        data["status"] = self.status.value
        data["subject"] = self.subject.to_dict()
        if not isinstance(self.decided_at, Unset):
            data["decidedAt"] = (
                None if self.decided_at is None else format_datetime(self.decided_at)
            )
        if not isinstance(self.decided_by, Unset):
            data["decidedBy"] = self.decided_by
        if not isinstance(self.decision, Unset):
            data["decision"] = None if self.decision is None else self.decision.value
        if not isinstance(self.rationale, Unset):
            data["rationale"] = self.rationale
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Approval:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            expires_at=parse_datetime(data.pop("expiresAt")),
            id=data.pop("id"),
            proposed_action=ProposedAction.from_dict(data.pop("proposedAction")),
            requested_by=parse_evidence_actor(data.pop("requestedBy")),
            status=ApprovalStatus(data.pop("status")),
            subject=ApprovalSubject.from_dict(data.pop("subject")),
            decided_at=_parse_decided_at(data.pop("decidedAt", UNSET)),
            decided_by=data.pop("decidedBy", UNSET),
            decision=_parse_decision(data.pop("decision", UNSET)),
            rationale=data.pop("rationale", UNSET),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_decided_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_decision(value: Any) -> ApprovalDecision | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return ApprovalDecision(value)
