from __future__ import annotations

from enum import Enum


class WorkspaceRegion(str, Enum):
    """Where the workspace's data is stored.

    A value the document does not list does not raise: it decodes to a pseudo-member
    whose `value` is the value received, and it is sent back unchanged.
    """

    EU_WEST = "eu-west"
    US_EAST = "us-east"
    AP_SOUTHEAST = "ap-southeast"

    @classmethod
    def _missing_(cls, value: object) -> WorkspaceRegion | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
