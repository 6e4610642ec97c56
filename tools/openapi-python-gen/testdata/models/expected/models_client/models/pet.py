from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any
from uuid import UUID

import attrs

from ..types import UNSET, Unset, format_datetime, parse_date, parse_datetime
from .owner import Owner
from .pet_charter import PetCharter
from .toy import Toy


@attrs.define
class Pet:
    """A pet with every kind of field.

    Attributes:
        deprecated_field: Deprecated.
        id: Read-only: not sent.
        password: Write-only: not expected back.
    """

    born: datetime.date
    name: str
    nickname: str | None
    owner: Owner | None
    charter: PetCharter | Unset = UNSET
    deprecated_field: str | Unset = UNSET
    id: UUID | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    legs: int = 4
    password: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    toys: list[Toy] | Unset = UNSET
    vaccinated: bool = False
    weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["born"] = self.born.isoformat()
        data["name"] = self.name
        data["nickname"] = self.nickname
        data["owner"] = None if self.owner is None else self.owner.to_dict()
        if not isinstance(self.charter, Unset):
            data["charter"] = self.charter.to_dict()
        if not isinstance(self.deprecated_field, Unset):
            data["deprecatedField"] = self.deprecated_field
        if not isinstance(self.last_seen, Unset):
            data["lastSeen"] = format_datetime(self.last_seen)
        data["legs"] = self.legs
        if not isinstance(self.password, Unset):
            data["password"] = self.password
        if not isinstance(self.tags, Unset):
            data["tags"] = self.tags
        if not isinstance(self.toys, Unset):
            data["toys"] = [item.to_dict() for item in self.toys]
        data["vaccinated"] = self.vaccinated
        if not isinstance(self.weight, Unset):
            data["weight"] = self.weight
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Pet:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            born=parse_date(data.pop("born")),
            name=data.pop("name"),
            nickname=data.pop("nickname"),
            owner=_parse_owner(data.pop("owner")),
            charter=_parse_charter(data.pop("charter", UNSET)),
            deprecated_field=data.pop("deprecatedField", UNSET),
            id=_parse_id(data.pop("id", UNSET)),
            last_seen=_parse_last_seen(data.pop("lastSeen", UNSET)),
            legs=data.pop("legs", 4),
            password=data.pop("password", UNSET),
            tags=data.pop("tags", UNSET),
            toys=_parse_toys(data.pop("toys", UNSET)),
            vaccinated=data.pop("vaccinated", False),
            weight=data.pop("weight", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_owner(value: Any) -> Owner | None:
    if value is None:
        return value
    return Owner.from_dict(value)


def _parse_charter(value: Any) -> PetCharter | Unset:
    if isinstance(value, Unset):
        return value
    return PetCharter.from_dict(value)


def _parse_id(value: Any) -> UUID | Unset:
    if isinstance(value, Unset):
        return value
    return UUID(value)


def _parse_last_seen(value: Any) -> datetime.datetime | Unset:
    if isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_toys(value: Any) -> list[Toy] | Unset:
    if isinstance(value, Unset):
        return value
    return [Toy.from_dict(item) for item in value]
