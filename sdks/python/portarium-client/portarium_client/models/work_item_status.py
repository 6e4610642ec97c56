from __future__ import annotations

from enum import Enum


class WorkItemStatus(str, Enum):
    """Where a work item is in its life cycle.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    OPEN = "Open"
    IN_PROGRESS = "InProgress"
    BLOCKED = "Blocked"
    DONE = "Done"

    @classmethod
    def _missing_(cls, value: object) -> WorkItemStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
