from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class ExecuteAgentActionRequest:
    """ExecuteAgentActionRequest object.

    Attributes:
        dry_run: Check policies and credentials without acting.
    """

    dry_run: bool = False
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["dryRun"] = self.dry_run
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ExecuteAgentActionRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            dry_run=data.pop("dryRun", False),
        )
        obj.additional_properties = data
        return obj
