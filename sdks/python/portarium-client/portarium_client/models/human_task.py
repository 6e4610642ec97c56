from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .human_task_form_fields_item import HumanTaskFormFieldsItem
from .human_task_status import HumanTaskStatus


@attrs.define
class HumanTask:
    """A task that a run hands to a person, with a form to fill in.

    Attributes:
        form_fields: The fields the assignee fills in when completing the task.
        status: Where a human task is in its life cycle.
    """

    created_at: datetime.datetime
    escalation_level: int
    form_fields: list[HumanTaskFormFieldsItem]
    id: str
    status: HumanTaskStatus
    title: str
    assignee_id: str | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    queue_id: str | None | Unset = UNSET
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["createdAt"] = format_datetime(self.created_at)
        data["escalationLevel"] = self.escalation_level
        data["formFields"] = [item.to_dict() for item in self.form_fields]
        data["id"] = self.id
        data["status"] = self.status.value
        data["title"] = self.title
        if not isinstance(self.assignee_id, Unset):
            data["assigneeId"] = self.assignee_id
        if not isinstance(self.completed_at, Unset):
            data["completedAt"] = (
                None
                if self.completed_at is None
                else format_datetime(self.completed_at)
            )
        if not isinstance(self.due_at, Unset):
            data["dueAt"] = (
                None if self.due_at is None else format_datetime(self.due_at)
            )
        if not isinstance(self.queue_id, Unset):
            data["queueId"] = self.queue_id
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> HumanTask:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            created_at=parse_datetime(data.pop("createdAt")),
            escalation_level=data.pop("escalationLevel"),
            form_fields=[
                HumanTaskFormFieldsItem.from_dict(item)
                for item in data.pop("formFields")
            ],
            id=data.pop("id"),
            status=HumanTaskStatus(data.pop("status")),
            title=data.pop("title"),
            assignee_id=data.pop("assigneeId", UNSET),
            completed_at=_parse_completed_at(data.pop("completedAt", UNSET)),
            due_at=_parse_due_at(data.pop("dueAt", UNSET)),
            queue_id=data.pop("queueId", UNSET),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_completed_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_due_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
