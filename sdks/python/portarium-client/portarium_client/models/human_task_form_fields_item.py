from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs


@attrs.define
class HumanTaskFormFieldsItem:
    """HumanTaskFormFieldsItem object."""

    label: str
    name: str
    required: bool
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["label"] = self.label
        data["name"] = self.name
        data["required"] = self.required
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> HumanTaskFormFieldsItem:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            label=data.pop("label"),
            name=data.pop("name"),
            required=data.pop("required"),
        )
        obj.additional_properties = data
        return obj
