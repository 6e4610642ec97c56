from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..types import UNSET, Unset, format_datetime, parse_datetime
from .evidence_actor import (
    EvidenceActor,
    parse_evidence_actor,
    serialize_evidence_actor,
)
from .labels import Labels


@attrs.define
class EvidenceEntry:
    """One entry of the append-only evidence trail.

    Attributes:
        actor: Who or what recorded an evidence entry.
        attributes: Free-form string labels, by key.
        legal_hold_ids: The legal holds that cover this entry.
        payload_sha256: The SHA-256 of the stored payload, for tamper checks.
        schema_version: The version of this entry's shape.
        type: The kind of event, such as `tool-call`, `approval-decided` or `run-started`.
    """

    actor: EvidenceActor
    id: str
    occurred_at: datetime.datetime
    payload_sha256: str
    schema_version: Literal[1]
    summary: str
    type: str
    attributes: Labels | Unset = UNSET
    legal_hold_ids: list[str] | Unset = UNSET
    run_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = attrs.field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this value; read-only fields are left out."""
        data: dict[str, Any] = dict(self.additional_properties)
        data["actor"] = serialize_evidence_actor(self.actor)
        data["id"] = self.id
        data["occurredAt"] = format_datetime(self.occurred_at)
        data["payloadSha256"] = self.payload_sha256
        data["schemaVersion"] = self.schema_version
        data["summary"] = self.summary
        data["type"] = self.type
        if not isinstance(self.attributes, Unset):
            data["attributes"] = self.attributes.to_dict()
        if not isinstance(self.legal_hold_ids, Unset):
            data["legalHoldIds"] = self.legal_hold_ids
        if not isinstance(self.run_id, Unset):
            data["runId"] = self.run_id
        return data

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> EvidenceEntry:
        """Read a value from a decoded JSON object."""
        data = dict(src)
        obj = cls(
            actor=parse_evidence_actor(data.pop("actor")),
            id=data.pop("id"),
            occurred_at=parse_datetime(data.pop("occurredAt")),
            payload_sha256=data.pop("payloadSha256"),
            schema_version=_parse_schema_version(data.pop("schemaVersion")),
            summary=data.pop("summary"),
            type=data.pop("type"),
            attributes=_parse_attributes(data.pop("attributes", UNSET)),
            legal_hold_ids=data.pop("legalHoldIds", UNSET),
            run_id=data.pop("runId", UNSET),
        )
        obj.additional_properties = data
        return obj


def _parse_schema_version(value: Any) -> Literal[1]:
    if value != 1:
        raise ValueError(f"schemaVersion must be 1, got {value!r}")
    return 1


def _parse_attributes(value: Any) -> Labels | Unset:
    if isinstance(value, Unset):
        return value
    return Labels.from_dict(value)
