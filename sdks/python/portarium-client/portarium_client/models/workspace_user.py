from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import format_datetime, parse_datetime
from .workspace_user_role import WorkspaceUserRole


@attrs.define
class WorkspaceUser:
    """A user's membership of a workspace.

    Attributes:
        role: A user's role in a workspace: `admin` manages members and settings, `operator` runs workflows,
            `approver` decides approvals, `auditor` reads evidence.
    """

    added_at: datetime.datetime
    display_name: str
    email: str
    role: WorkspaceUserRole
    user_id: str
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["addedAt"] = format_datetime(self.added_at)
        data["displayName"] = self.display_name
        data["email"] = self.email
        data["role"] = self.role.value
        data["userId"] = self.user_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> WorkspaceUser:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            added_at=parse_datetime(data.pop("addedAt")),
            display_name=data.pop("displayName"),
            email=data.pop("email"),
            role=WorkspaceUserRole(data.pop("role")),
            user_id=data.pop("userId"),
        )
        obj.additional_properties = data
        return obj
