from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .labels import Labels
from .work_item_priority import WorkItemPriority


@attrs.define
class CreateWorkItemRequest:
    """CreateWorkItemRequest object.

    Attributes:
        labels: Free-form string labels, by key.
    """

    title: str
    description: str | None | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    labels: Labels | Unset = UNSET
    priority: WorkItemPriority = WorkItemPriority.NORMAL
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["title"] = self.title
        if not isinstance(self.description, Unset):
            data["description"] = self.description
        if not isinstance(self.due_at, Unset):
            data["dueAt"] = (
                None if self.due_at is None else format_datetime(self.due_at)
            )
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        data["priority"] = self.priority.value
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateWorkItemRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            title=data.pop("title"),
            description=data.pop("description", UNSET),
            due_at=_parse_due_at(data.pop("dueAt", UNSET)),
            labels=_parse_labels(data.pop("labels", UNSET)),
            priority=WorkItemPriority(data.pop("priority", "Normal")),
        )
        obj.additional_properties = data
        return obj


def _parse_due_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
