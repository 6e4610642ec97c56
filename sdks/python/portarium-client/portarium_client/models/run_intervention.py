from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .intervention_kind import InterventionKind


@attrs.define
class RunIntervention:
    """A person's intervention in a run.

    Attributes:
        actor_id: The user who intervened.
        kind: What an intervention does to a run.
    """

    actor_id: str
    created_at: datetime.datetime
    id: str
    kind: InterventionKind
    run_id: str
    message: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["actorId"] = self.actor_id
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["kind"] = self.kind.value
        data["runId"] = self.run_id
        if not isinstance(self.message, Unset):
            data["message"] = self.message
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> RunIntervention:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            actor_id=data.pop("actorId"),
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            kind=InterventionKind(data.pop("kind")),
            run_id=data.pop("runId"),
            message=data.pop("message", UNSET),
        )
        obj.additional_properties = data
        return obj
