from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset


@attrs.define
class UserActor:
    """A person, signed in as a workspace user."""

    kind: Literal["User"]
    user_id: str
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["kind"] = self.kind
        data["userId"] = self.user_id
        if not isinstance(self.email, Unset):
            data["email"] = self.email
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> UserActor:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            kind=_parse_kind(data.pop("kind")),
            user_id=data.pop("userId"),
            email=data.pop("email", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_kind(value: Any) -> Literal["User"]:
    if value != "User":
        raise ValueError(f'kind must be "User", got {value!r}')
    return "User"
