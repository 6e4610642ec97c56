from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .intervention_kind import InterventionKind


@attrs.define
class CreateRunInterventionRequest:
    """CreateRunInterventionRequest object.

    Attributes:
        kind: What an intervention does to a run.
        message: Guidance for the run; required for `Redirect` and `Note`.
    """

    kind: InterventionKind
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["kind"] = self.kind.value
        if not isinstance(self.message, Unset):
            data["message"] = self.message
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateRunInterventionRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            kind=InterventionKind(data.pop("kind")),
            message=data.pop("message", UNSET),
        )
        obj.additional_properties = data
        return obj
