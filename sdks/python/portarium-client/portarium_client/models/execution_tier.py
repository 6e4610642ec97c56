from __future__ import annotations

from enum import Enum


class ExecutionTier(str, Enum):
    """How much human involvement an action needs.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    AUTO = "Auto"
    ASSISTED = "Assisted"
    HUMAN_APPROVE = "HumanApprove"
    MANUAL_ONLY = "ManualOnly"

    @classmethod
    def _missing_(cls, value: object) -> ExecutionTier | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
