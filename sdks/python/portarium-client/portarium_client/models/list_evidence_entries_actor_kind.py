from __future__ import annotations

from enum import Enum


class ListEvidenceEntriesActorKind(str, Enum):
    """ListEvidenceEntriesActorKind values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    USER = "User"
    MACHINE = "Machine"
    ADAPTER = "Adapter"
    SYSTEM = "System"

    @classmethod
    def _missing_(cls, value: object) -> ListEvidenceEntriesActorKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
