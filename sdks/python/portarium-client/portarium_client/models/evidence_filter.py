from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime


@attrs.define
class EvidenceFilter:
    """Selects evidence entries by run and time; all given criteria must match."""

    from_: datetime.datetime | None | Unset = UNSET
    run_ids: list[str] | Unset = UNSET
    to: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.from_, Unset):
            data["from"] = None if self.from_ is None else format_datetime(self.from_)
        if not isinstance(self.run_ids, Unset):
            data["runIds"] = self.run_ids
        if not isinstance(self.to, Unset):
            data["to"] = None if self.to is None else format_datetime(self.to)
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EvidenceFilter:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            from_=_parse_from_(data.pop("from", UNSET)),
            run_ids=data.pop("runIds", UNSET),
            to=_parse_to(data.pop("to", UNSET)),
        )
        obj.additional_properties = data
        return obj


def _parse_from_(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)


def _parse_to(value: Any) -> datetime.datetime | None | Unset:
    if value is None or isinstance(value, Unset):
        return value
    return parse_datetime(value)
