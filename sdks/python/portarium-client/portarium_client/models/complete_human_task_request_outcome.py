from __future__ import annotations

from enum import Enum


class CompleteHumanTaskRequestOutcome(str, Enum):
    """CompleteHumanTaskRequestOutcome values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    COMPLETED = "Completed"
    REJECTED = "Rejected"

    @classmethod
    def _missing_(cls, value: object) -> CompleteHumanTaskRequestOutcome | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
