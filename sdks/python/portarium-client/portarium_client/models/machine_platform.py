from __future__ import annotations

from enum import Enum


class MachinePlatform(str, Enum):
    """The operating system a machine runs.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    LINUX = "linux"
    WINDOWS = "windows"
    MACOS = "macos"

    @classmethod
    def _missing_(cls, value: object) -> MachinePlatform | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
