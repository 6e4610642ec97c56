from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset


@attrs.define
class Import:
    """Import object."""

    field_1st: str | Unset = UNSET
    first_name: str | Unset = UNSET
    a_b_c: str | Unset = UNSET
    cafe: str | Unset = UNSET
    class_: str | Unset = UNSET
    first_name_2: str | Unset = UNSET
    first_name_3: str | Unset = UNSET
    from_: str | Unset = UNSET
    match: str | Unset = UNSET
    self_: str | Unset = UNSET
    str_: str | Unset = UNSET
    to_dict_: str | Unset = UNSET
    type: str | Unset = UNSET
    u540d_u524d: str | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.field_1st, Unset):
            data["1st"] = self.field_1st
        if not isinstance(self.first_name, Unset):
            data["FirstName"] = self.first_name
        if not isinstance(self.a_b_c, Unset):
            data["a.b c"] = self.a_b_c
        if not isinstance(self.cafe, Unset):
            data["café"] = self.cafe
        if not isinstance(self.class_, Unset):
            data["class"] = self.class_
        if not isinstance(self.first_name_2, Unset):
            data["first-name"] = self.first_name_2
        if not isinstance(self.first_name_3, Unset):
            data["first_name"] = self.first_name_3
        if not isinstance(self.from_, Unset):
            data["from"] = self.from_
        if not isinstance(self.match, Unset):
            data["match"] = self.match
        if not isinstance(self.self_, Unset):
            data["self"] = self.self_
        if not isinstance(self.str_, Unset):
            data["str"] = self.str_
        if not isinstance(self.to_dict_, Unset):
            data["to_dict"] = self.to_dict_
        if not isinstance(self.type, Unset):
            data["type"] = self.type
        if not isinstance(self.u540d_u524d, Unset):
            data["名前"] = self.u540d_u524d
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Import:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            field_1st=data.pop("1st", UNSET),
            first_name=data.pop("FirstName", UNSET),
            a_b_c=data.pop("a.b c", UNSET),
            cafe=data.pop("café", UNSET),
            class_=data.pop("class", UNSET),
            first_name_2=data.pop("first-name", UNSET),
            first_name_3=data.pop("first_name", UNSET),
            from_=data.pop("from", UNSET),
            match=data.pop("match", UNSET),
            self_=data.pop("self", UNSET),
            str_=data.pop("str", UNSET),
            to_dict_=data.pop("to_dict", UNSET),
            type=data.pop("type", UNSET),
            u540d_u524d=data.pop("名前", UNSET),
        )
        obj.additional_properties = data
        return obj
