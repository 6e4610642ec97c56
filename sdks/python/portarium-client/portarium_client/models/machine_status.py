from __future__ import annotations

from enum import Enum


class MachineStatus(str, Enum):
    """Whether a machine's runner is connected.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    ONLINE = "Online"
    DEGRADED = "Degraded"
    OFFLINE = "Offline"

    @classmethod
    def _missing_(cls, value: object) -> MachineStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
