from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .labels import Labels


@attrs.define
class StartRunRequest:
    """StartRunRequest object.

    Attributes:
        inputs: Values for the workflow's inputs, by name.
        labels: Free-form string labels, by key.
        objective: What the run is for; defaults to the workflow's description.
        workflow_id: The workflow to run.
    """

    workflow_id: str
    inputs: dict[str, str] | Unset = UNSET
    labels: Labels | Unset = UNSET
    objective: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["workflowId"] = self.workflow_id
        if not isinstance(self.inputs, Unset):
            data["inputs"] = self.inputs
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        if not isinstance(self.objective, Unset):
            data["objective"] = self.objective
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> StartRunRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            workflow_id=data.pop("workflowId"),
            inputs=data.pop("inputs", UNSET),
            labels=_parse_labels(data.pop("labels", UNSET)),
            objective=data.pop("objective", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
