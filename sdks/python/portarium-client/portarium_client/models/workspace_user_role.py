from __future__ import annotations

from enum import Enum


class WorkspaceUserRole(str, Enum):
    """A user's role in a workspace: `admin` manages members and settings, `operator` runs workflows,
    `approver` decides approvals, `auditor` reads evidence.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    ADMIN = "admin"
    OPERATOR = "operator"
    APPROVER = "approver"
    AUDITOR = "auditor"

    @classmethod
    def _missing_(cls, value: object) -> WorkspaceUserRole | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
