from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .tree import Tree


@attrs.define
class TreeParent:
    """TreeParent object."""

    tree: Tree | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.tree, Unset):
            data["tree"] = self.tree.to_dict()
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> TreeParent:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            tree=_parse_tree(data.pop("tree", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_tree(value: Any) -> Tree | Unset:
    from .tree import Tree

    if isinstance(value, Unset):
        return value
    return Tree.from_dict(value)
