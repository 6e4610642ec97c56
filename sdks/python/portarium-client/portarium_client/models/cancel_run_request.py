from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class CancelRunRequest:
    """CancelRunRequest object."""

    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.reason, Unset):
            data["reason"] = self.reason
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CancelRunRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            reason=data.pop("reason", UNSET),
        )
        obj.additional_properties = data
        return obj
