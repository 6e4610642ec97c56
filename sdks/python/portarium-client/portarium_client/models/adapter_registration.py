from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .execution_tier import ExecutionTier
from .labels import Labels


@attrs.define
class AdapterRegistration:
    """An adapter to an external system, registered in a workspace.

    Attributes:
        adapter_type: The adapter's type, such as `sap-s4hana` or `salesforce`.
        capabilities: The operations the adapter offers.
        execution_tier: How much human involvement an action needs.
        labels: Free-form string labels, by key.
        version: The adapter's semantic version.
    """

    adapter_type: str
    capabilities: list[str]
    created_at: datetime.datetime
    display_name: str
    endpoint: str
    execution_tier: ExecutionTier
    id: str
    version: str
    labels: Labels | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["adapterType"] = self.adapter_type
        data["capabilities"] = self.capabilities
        data["createdAt"] = format_datetime(self.created_at)
        data["displayName"] = self.display_name
        data["endpoint"] = self.endpoint
        data["executionTier"] = self.execution_tier.value
        data["id"] = self.id
        data["version"] = self.version
        if not isinstance(self.labels, Unset):
            data["labels"] = self.labels.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AdapterRegistration:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            adapter_type=data.pop("adapterType"),
            capabilities=data.pop("capabilities"),
            created_at=parse_datetime(data.pop("createdAt")),
            display_name=data.pop("displayName"),
            endpoint=data.pop("endpoint"),
            execution_tier=ExecutionTier(data.pop("executionTier")),
            id=data.pop("id"),
            version=data.pop("version"),
            labels=_parse_labels(data.pop("labels", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_labels(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
