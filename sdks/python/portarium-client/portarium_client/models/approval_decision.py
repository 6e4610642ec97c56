from __future__ import annotations

from enum import Enum


class ApprovalDecision(str, Enum):
    """The decision on an approval.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    APPROVED = "Approved"
    DENIED = "Denied"
    REQUEST_CHANGES = "RequestChanges"

    @classmethod
    def _missing_(cls, value: object) -> ApprovalDecision | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
