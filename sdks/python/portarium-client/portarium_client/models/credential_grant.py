from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .credential_grant_status import CredentialGrantStatus


@attrs.define
class CredentialGrant:
    """Scoped access of an agent or machine to an adapter's credentials. The secret is never returned.

    Attributes:
        status: Where a credential grant is in its life cycle.
        version: Increases with every update and rotation.
    """

    adapter_registration_id: str
    created_at: datetime.datetime
    id: str
    name: str
    scopes: list[str]
    status: CredentialGrantStatus
    subject_id: str
    updated_at: datetime.datetime
    version: int
    expires_at: datetime.datetime | None | Unset = UNSET
    last_rotated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["adapterRegistrationId"] = self.adapter_registration_id
        data["createdAt"] = format_datetime(self.created_at)
        data["id"] = self.id
        data["name"] = self.name
        data["scopes"] = self.scopes
        data["status"] = self.status.value
        data["subjectId"] = self.subject_id
        data["updatedAt"] = format_datetime(self.updated_at)
        data["version"] = self.version
        if not isinstance(self.expires_at, Unset):
            data["expiresAt"] = (
                None if self.expires_at is None else format_datetime(self.expires_at)
            )
        if not isinstance(self.last_rotated_at, Unset):
            data["lastRotatedAt"] = (
                None
                if self.last_rotated_at is None
                else format_datetime(self.last_rotated_at)
            )
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CredentialGrant:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            adapter_registration_id=data.pop("adapterRegistrationId"),
            created_at=parse_datetime(data.pop("createdAt")),
            id=data.pop("id"),
            name=data.pop("name"),
            scopes=data.pop("scopes"),
            status=CredentialGrantStatus(data.pop("status")),
            subject_id=data.pop("subjectId"),
            updated_at=parse_datetime(data.pop("updatedAt")),
            version=data.pop("version"),
            expires_at=_parse_expires_at(data.pop("expiresAt", UNSET)),
            last_rotated_at=_parse_last_rotated_at(data.pop("lastRotatedAt", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_expires_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_last_rotated_at(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
