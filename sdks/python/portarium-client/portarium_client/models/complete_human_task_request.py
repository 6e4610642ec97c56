from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .complete_human_task_request_outcome import CompleteHumanTaskRequestOutcome


@attrs.define
class CompleteHumanTaskRequest:
    """CompleteHumanTaskRequest object.

    Attributes:
        output: The values of the task's form fields, by field name.
    """

    outcome: CompleteHumanTaskRequestOutcome
    comment: str | Unset = UNSET
    output: dict[str, str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["outcome"] = self.outcome.value
        if not isinstance(self.comment, Unset):
            data["comment"] = self.comment
        if not isinstance(self.output, Unset):
            data["output"] = self.output
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CompleteHumanTaskRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            outcome=CompleteHumanTaskRequestOutcome(data.pop("outcome")),
            comment=data.pop("comment", UNSET),
            output=data.pop("output", UNSET),
        )
        obj.additional_properties = data
        return obj
