from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .labels import Labels
from .run_charter import RunCharter
from .run_status import RunStatus


@attrs.define
class Run:
    """An execution of a workflow.

    Attributes:
        charter: What the run is for and the limits it works within.
        labels: Free-form string labels, by key.
        schema_version: The version of this resource's shape.
        started_by: The user who started the run.
        status: Where a run is in its life cycle.
        workflow_version: The workflow version the run executes.
    """

    charter: RunCharter
    created_at: datetime.datetime
    id: str
    schema_version: Literal[1]
    started_by: str
    status: RunStatus
    workflow_id: str
    workflow_version: int
    failure_reason: str | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    inputs: dict[str, str] | Unset = UNSET
    labels: Labels | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["charter"] = self.charter.to_dict()
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["schemaVersion"] = self.schema_version
        data["startedBy"] = self.started_by
        data["status"] = self.status.value
        data["workflowId"] = self.workflow_id
        data["workflowVersion"] = self.workflow_version
        if not isinstance(self.failure_reason, Unset):
            data["failureReason"] = self.failure_reason
        if not isinstance(self.finished_at, Unset):
            data["finishedAt"] = (
                None if self.finished_at is None else format_datetime(self.finished_at)
            )
        if not isinstance(self.inputs, Unset):
            data["inputs"] = self.inputs
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        if not isinstance(self.started_at, Unset):
            data["startedAt"] = (
                None if self.started_at is None else format_datetime(self.started_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Run:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            charter=RunCharter.from_dict(data.pop("charter")),
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            schema_version=_parse_schema_version(data.pop("schemaVersion")),
            started_by=data.pop("startedBy"),
            status=RunStatus(data.pop("status")),
            workflow_id=data.pop("workflowId"),
            workflow_version=data.pop("workflowVersion"),
            failure_reason=data.pop("failureReason", UNSET),
            finished_at=_parse_finished_at(data.pop("finishedAt", UNSET)),
            inputs=data.pop("inputs", UNSET),
            labels=_parse_labels(data.pop("labels", UNSET)),
            started_at=_parse_started_at(data.pop("startedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_schema_version(value: Any) -> Literal[1]:
    if value != 1:
        raise ValueError(f"schemaVersion must be 1, got {value!r}")
    return 1


def _parse_finished_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)


def _parse_started_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
