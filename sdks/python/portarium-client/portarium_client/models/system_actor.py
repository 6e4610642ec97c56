from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs


@attrs.define
class SystemActor:
    """Portarium itself, such as the scheduler or the retention job."""

    component: str
    kind: Literal["System"]
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["component"] = self.component
        data["kind"] = self.kind
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> SystemActor:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            component=data.pop("component"),
            kind=_parse_kind(data.pop("kind")),
        )
        obj.additional_properties = data
        return obj


def _parse_kind(value: Any) -> Literal["System"]:
    if value != "System":
        raise ValueError(f'kind must be "System", got {value!r}')
    return "System"
