from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset
from .dog import Dog
from .pet import Pet, parse_pet, serialize_pet
from .value import Value, parse_value, serialize_value


@attrs.define
class Holder:
    """Holder object."""

    pet: Pet
    maybe: Dog | None | Unset = UNSET
    value: Value | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["pet"] = serialize_pet(self.pet)
        if not isinstance(self.maybe, Unset):
            data["maybe"] = None if self.maybe is None else self.maybe.to_dict()
        if not isinstance(self.value, Unset):
            data["value"] = serialize_value(self.value)
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Holder:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            pet=parse_pet(data.pop("pet")),
            maybe=_parse_maybe(data.pop("maybe", UNSET)),
            value=_parse_value(data.pop("value", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_maybe(value: Any) -> Dog | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return Dog.from_dict(value)


def _parse_value(value: Any) -> Value | Unset:
    if isinstance(value, Unset):
        return value
    return parse_value(value)
