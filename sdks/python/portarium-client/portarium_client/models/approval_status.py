from __future__ import annotations

from enum import Enum


class ApprovalStatus(str, Enum):
    """Where an approval is in its life cycle.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    PENDING = "Pending"
    APPROVED = "Approved"
    EXECUTING = "Executing"
    DENIED = "Denied"
    EXECUTED = "Executed"
    EXPIRED = "Expired"
    REQUEST_CHANGES = "RequestChanges"

    @classmethod
    def _missing_(cls, value: object) -> ApprovalStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
