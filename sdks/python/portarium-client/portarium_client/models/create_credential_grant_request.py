from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime


@attrs.define
class CreateCredentialGrantRequest:
    """CreateCredentialGrantRequest object.

    Attributes:
        secret: The credential itself. Stored encrypted; never returned. Write-only: not expected back.
        subject_id: The agent or machine that receives the grant.
    """

    adapter_registration_id: str
    name: str
    scopes: list[str]
    subject_id: str
    expires_at: datetime.datetime | None | Unset = UNSET
    secret: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["adapterRegistrationId"] = self.adapter_registration_id
        data["name"] = self.name
        data["scopes"] = self.scopes
        data["subjectId"] = self.subject_id
        if not isinstance(self.expires_at, Unset):
            data["expiresAt"] = (
                None if self.expires_at is None else format_datetime(self.expires_at)
            )
        if not isinstance(self.secret, Unset):
            data["secret"] = self.secret
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CreateCredentialGrantRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            adapter_registration_id=data.pop("adapterRegistrationId"),
            name=data.pop("name"),
            scopes=data.pop("scopes"),
            subject_id=data.pop("subjectId"),
            expires_at=_parse_expires_at(data.pop("expiresAt", UNSET)),
            secret=data.pop("secret", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_expires_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
