from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .execution_tier import ExecutionTier
from .labels import Labels


@attrs.define
class CreateAdapterRegistrationRequest:
    """CreateAdapterRegistrationRequest object.

    Attributes:
        execution_tier: How much human involvement an action needs.
        labels: Free-form string labels, by key.
    """

    adapter_type: str
    display_name: str
    endpoint: str
    execution_tier: ExecutionTier
    version: str
    capabilities: list[str] | Unset = UNSET
    labels: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["adapterType"] = self.adapter_type
        data["displayName"] = self.display_name
        data["endpoint"] = self.endpoint
        data["executionTier"] = self.execution_tier.value
        data["version"] = self.version
        if not isinstance(self.capabilities, Unset):
            data["capabilities"] = self.capabilities
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateAdapterRegistrationRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            adapter_type=data.pop("adapterType"),
            display_name=data.pop("displayName"),
            endpoint=data.pop("endpoint"),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            version=data.pop("version"),
            capabilities=data.pop("capabilities", UNSET),
            labels=_parse_labels(data.pop("labels", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
