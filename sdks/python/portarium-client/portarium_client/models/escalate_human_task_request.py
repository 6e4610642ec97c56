from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class EscalateHumanTaskRequest:
    """EscalateHumanTaskRequest object.

    Attributes:
        escalate_to_id: The workforce member to escalate to; `null` for the queue's escalation contact.
    """

    reason: str
    escalate_to_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["reason"] = self.reason
        if not isinstance(self.escalate_to_id, Unset):
            data["escalateToId"] = self.escalate_to_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EscalateHumanTaskRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            reason=data.pop("reason"),
            escalate_to_id=data.pop("escalateToId", UNSET),
        )
        obj.additional_properties = data
        return obj
