from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class AssignHumanTaskRequest:
    """AssignHumanTaskRequest object.

    Attributes:
        assignee_id: The workforce member to assign the task to.
    """

    assignee_id: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["assigneeId"] = self.assignee_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AssignHumanTaskRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            assignee_id=data.pop("assigneeId"),
        )
        obj.additional_properties = data
        return obj
