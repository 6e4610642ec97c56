from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset
from .color import Color
from .paint_finish import PaintFinish
from .size import Size


@attrs.define
class Paint:
    """Paint object."""

    color: Color
    finish: PaintFinish | None | Unset = UNSET
    kind: Literal["paint"] | Unset = UNSET
    pair: tuple[str, int] | Unset = UNSET
    size: Size | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["color"] = self.color.value
        if not isinstance(self.finish, Unset):
            data["finish"] = None if self.finish is None else self.finish.value
        if not isinstance(self.kind, Unset):
            data["kind"] = self.kind
        if not isinstance(self.pair, Unset):
            data["pair"] = [self.pair[0], self.pair[1]]
        if not isinstance(self.size, Unset):
            data["size"] = self.size.value
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> Paint:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            color=Color(data.pop("color")),
            finish=_parse_finish(data.pop("finish", UNSET)),
            kind=_parse_kind(data.pop("kind", UNSET)),
            pair=_parse_pair(data.pop("pair", UNSET)),
            size=_parse_size(data.pop("size", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_finish(value: Any) -> PaintFinish | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return PaintFinish(value)


def _parse_kind(value: Any) -> Literal["paint"] | Unset:
    if isinstance(value, Unset):
        return value
    if value != "paint":
        raise ValueError(f'kind must be "paint", got {value!r}')
    return "paint"


def _parse_pair(value: Any) -> tuple[str, int] | Unset:
    if isinstance(value, Unset):
        return value
    return (value[0], value[1])


def _parse_size(value: Any) -> Size | Unset:
    if isinstance(value, Unset):
        return value
    return Size(value)
