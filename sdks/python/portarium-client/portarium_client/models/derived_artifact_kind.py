from __future__ import annotations

from enum import Enum


class DerivedArtifactKind(str, Enum):
    """DerivedArtifactKind values.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    SUMMARY = "Summary"
    REPORT = "Report"
    DATASET = "Dataset"
    EMBEDDING = "Embedding"

    @classmethod
    def _missing_(cls, value: object) -> DerivedArtifactKind | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
