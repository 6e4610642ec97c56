from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs

from .adapter_actor import AdapterActor
from .machine_actor import MachineActor
from .system_actor import SystemActor
from .user_actor import UserActor


@attrs.define
class UnknownEvidenceActor:
    """A EvidenceActor whose kind value this client does not know, kept as received."""

    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object as received."""
        return self.data


EvidenceActor: TypeAlias = (
    UserActor | MachineActor | AdapterActor | SystemActor | UnknownEvidenceActor
)
"""Who or what recorded an evidence entry.

The member is chosen by the `kind` property; a value this client does not
know gives UnknownEvidenceActor, which keeps the object as received.
"""


def parse_evidence_actor(data: Any) -> EvidenceActor:
    """Decode a EvidenceActor from JSON."""
    if not isinstance(data, Mapping):
        raise TypeError(
            f"EvidenceActor must be a JSON object, got {type(data).__name__}",
        )
    kind = data.get("kind")
    if kind == "Adapter":
        return AdapterActor.from_dict(data)
    if kind == "Machine":
        return MachineActor.from_dict(data)
    if kind == "System":
        return SystemActor.from_dict(data)
    if kind == "User":
        return UserActor.from_dict(data)
    return UnknownEvidenceActor(data=dict(data))


def serialize_evidence_actor(value: EvidenceActor) -> Any:
    """Return the JSON form of a EvidenceActor."""
    return value.to_dict()
