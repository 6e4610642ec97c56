from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

import attrs

from .cat import Cat
from .dog import Dog


@attrs.define
class UnknownPet:
    """A Pet whose petType value this client does not know, kept as received."""

    data: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object as received."""
        return self.data


Pet: TypeAlias = Cat | Dog | UnknownPet
"""One of several types.

The member is chosen by the `petType` property; a value this client does not
know gives UnknownPet, which keeps the object as received.
"""


def parse_pet(data: Any) -> Pet:
    """Decode a Pet from JSON."""
    if not isinstance(data, Mapping):
        raise TypeError(f"Pet must be a JSON object, got {type(data).__name__}")
    kind = data.get("petType")
    if kind == "cat":
        return Cat.from_dict(data)
    if kind == "Dog":
        return Dog.from_dict(data)
    return UnknownPet(data=dict(data))


def serialize_pet(value: Pet) -> Any:
    """Return the JSON form of a Pet."""
    return value.to_dict()
