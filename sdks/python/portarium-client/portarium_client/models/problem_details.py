from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class ProblemDetails:
    """An RFC 7807 problem document. Besides the standard members, a problem may carry extension
    members, such as `errors` for validation problems.

    Attributes:
        detail: An explanation of this occurrence of the problem.
        instance: A URI that identifies this occurrence of the problem.
        status: The HTTP status code.
        title: A short summary of the kind of problem.
        type: A URI that identifies the kind of problem.
    """

    status: int
    title: str
    detail: str | Unset = UNSET
    instance: str | Unset = UNSET
    type: str = "about:blank"
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["status"] = self.status
        data["title"] = self.title
        if not isinstance(self.detail, Unset):
            data["detail"] = self.detail
        if not isinstance(self.instance, Unset):
            data["instance"] = self.instance
        data["type"] = self.type
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> ProblemDetails:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            status=data.pop("status"),
            title=data.pop("title"),
            detail=data.pop("detail", UNSET),
            instance=data.pop("instance", UNSET),
            type=data.pop("type", "about:blank"),
        )
        obj.additional_properties = data
        return obj
