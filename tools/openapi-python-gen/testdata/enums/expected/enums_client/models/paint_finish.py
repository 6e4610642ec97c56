from __future__ import annotations

from enum import Enum


class PaintFinish(str, Enum):
    """PaintFinish values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    MATTE = "matte"
    GLOSS = "gloss"

    @classmethod
    def _missing_(cls, value: object) -> PaintFinish | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
