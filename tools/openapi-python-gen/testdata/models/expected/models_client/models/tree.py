from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tree_parent import TreeParent


@attrs.define
class Tree:
    """Tree object."""

    value: int
    children: list[Tree] | Unset = UNSET
    parent: TreeParent | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["value"] = self.value
        if not isinstance(self.children, Unset):
            data["children"] = [item.to_dict() for item in self.children]
        if not isinstance(self.parent, Unset):
            data["parent"] = self.parent.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Tree:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            value=data.pop("value"),
            children=_parse_children(data.pop("children", UNSET)),
            parent=_parse_parent(data.pop("parent", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_children(value: Any) -> list[Tree] | Unset:
    if isinstance(value, Unset):
        return value
    return [Tree.from_dict(item) for item in value]


def _parse_parent(value: Any) -> TreeParent | Unset:
    from .tree_parent import TreeParent

    if isinstance(value, Unset):
        return value
    return TreeParent.from_dict(value)
