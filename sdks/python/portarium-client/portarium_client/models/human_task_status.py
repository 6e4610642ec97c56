from __future__ import annotations

from enum import Enum


class HumanTaskStatus(str, Enum):
    """Where a human task is in its life cycle.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    OPEN = "Open"
    ASSIGNED = "Assigned"
    COMPLETED = "Completed"
    ESCALATED = "Escalated"
    CANCELLED = "Cancelled"

    @classmethod
    def _missing_(cls, value: object) -> HumanTaskStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
