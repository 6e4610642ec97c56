from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset


@attrs.define
class AdapterActor:
    """An adapter that acted on behalf of a run."""

    adapter_registration_id: str
    kind: Literal["Adapter"]
    adapter_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["adapterRegistrationId"] = self.adapter_registration_id
        data["kind"] = self.kind
        if not isinstance(self.adapter_type, Unset):
            data["adapterType"] = self.adapter_type
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> AdapterActor:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            adapter_registration_id=data.pop("adapterRegistrationId"),
            kind=_parse_kind(data.pop("kind")),
            adapter_type=data.pop("adapterType", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_kind(value: Any) -> Literal["Adapter"]:
    if value != "Adapter":
        raise ValueError(f'kind must be "Adapter", got {value!r}')
    return "Adapter"
