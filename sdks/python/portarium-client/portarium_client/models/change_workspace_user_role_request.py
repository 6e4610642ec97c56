from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from .workspace_user_role import WorkspaceUserRole


@attrs.define
class ChangeWorkspaceUserRoleRequest:
    """ChangeWorkspaceUserRoleRequest object.

    Attributes:
        role: A user's role in a workspace: `admin` manages members and settings, `operator` runs workflows,
            `approver` decides approvals, `auditor` reads evidence.
    """

    role: WorkspaceUserRole
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["role"] = self.role.value
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ChangeWorkspaceUserRoleRequest:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            role=WorkspaceUserRole(data.pop("role")),
        )
        obj.additional_properties = data
        return obj
