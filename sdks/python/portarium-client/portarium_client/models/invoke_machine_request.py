from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class InvokeMachineRequest:
    """InvokeMachineRequest object.

    Attributes:
        command: The name of a command the machine's runner offers.
    """

    command: str
    arguments: dict[str, str] | Unset = UNSET
    timeout_seconds: int = 600
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["command"] = self.command
        if not isinstance(self.arguments, Unset):
            data["arguments"] = self.arguments
        data["timeoutSeconds"] = self.timeout_seconds
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> InvokeMachineRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            command=data.pop("command"),
            arguments=data.pop("arguments", UNSET),
            timeout_seconds=data.pop("timeoutSeconds", 600),
        )
        obj.additional_properties = data
        return obj
