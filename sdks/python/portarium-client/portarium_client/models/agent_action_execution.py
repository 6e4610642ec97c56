from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .agent_action_execution_status import AgentActionExecutionStatus


@attrs.define
class AgentActionExecution:
    """The execution of an approved agent action."""

    accepted_at: datetime.datetime
    approval_id: str
    dry_run: bool
    id: str
    status: AgentActionExecutionStatus
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["acceptedAt"] = format_datetime(self.accepted_at)
        data["approvalId"] = self.approval_id
        data["dryRun"] = self.dry_run
        data["id"] = self.id
        data["status"] = self.status.value
        if not isinstance(self.finished_at, Unset):
            data["finishedAt"] = (
                None if self.finished_at is None else format_datetime(self.finished_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AgentActionExecution:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            accepted_at=parse_datetime(data.pop("acceptedAt")),
            approval_id=data.pop("approvalId"),
            dry_run=data.pop("dryRun"),
            id=data.pop("id"),
            status=AgentActionExecutionStatus(data.pop("status")),
            finished_at=_parse_finished_at(data.pop("finishedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_finished_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
