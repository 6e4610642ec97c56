from __future__ import annotations

from enum import Enum


class Size(int, Enum):
    """Size values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_MINUS_3 = -3

    @classmethod
    def _missing_(cls, value: object) -> Size | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member
