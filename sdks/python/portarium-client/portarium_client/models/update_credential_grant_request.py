from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime


@attrs.define
class UpdateCredentialGrantRequest:
    """UpdateCredentialGrantRequest object."""

    expires_at: datetime.datetime | None | Unset = UNSET
    name: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.expires_at, Unset):
            data["expiresAt"] = (
                None if self.expires_at is None else format_datetime(self.expires_at)
            )
        if not isinstance(self.name, Unset):
            data["name"] = self.name
        if not isinstance(self.scopes, Unset):
            data["scopes"] = self.scopes
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UpdateCredentialGrantRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            expires_at=_parse_expires_at(data.pop("expiresAt", UNSET)),
            name=data.pop("name", UNSET),
            scopes=data.pop("scopes", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_expires_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
