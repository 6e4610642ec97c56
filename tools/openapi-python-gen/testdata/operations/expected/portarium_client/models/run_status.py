from __future__ import annotations

from enum import Enum


class RunStatus(str, Enum):
    """RunStatus values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"

    @classmethod
    def _missing_(cls, value: object) -> RunStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
