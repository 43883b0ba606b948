"""Her record as it travels in a handoff package (case.json), and back.

Plain JSON of the domain's details (dates as ISO text, enums as their values). What
comes in is someone else's input: it is read back through the same checks as a form."""

from __future__ import annotations

import dataclasses
import json
import typing
from datetime import date
from typing import Any, TypeVar

from shelter_desk.domain.barriers import AttemptDetails
from shelter_desk.domain.documents import DocumentDetails
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import PersonDetails
from shelter_desk.store.rows import from_columns, to_columns

RECORD_FORMAT = "shelter-desk-handoff-record/1"
T = TypeVar("T")


def details_json(details: Any) -> dict[str, Any]:
    return {key: value.isoformat() if isinstance(value, date) else value
            for key, value in to_columns(details).items()}


def details_from_json(cls: type[T], values: Any) -> T:
    """The dataclass back; a clear refusal for anything malformed."""
    try:
        hints = typing.get_type_hints(cls)
        known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        if not isinstance(values, dict) or not set(values) <= known:
            raise ValueError("fields")
        parsed = {key: date.fromisoformat(value) if isinstance(value, str)
                  and "date" in str(hints[key]) else value for key, value in values.items()}
        return from_columns(cls, parsed)
    except (TypeError, ValueError, KeyError) as error:
        raise InvalidInput("package", Bilingual(
            es="El expediente del paquete tiene datos que no se pueden leer.",
            en="The package's case record holds data that cannot be read.")) from error


def record_bytes(record: dict[str, Any]) -> bytes:
    return json.dumps({"format": RECORD_FORMAT, **record}, sort_keys=True,
                      ensure_ascii=False, indent=1).encode("utf-8")


def people_of(record: dict[str, Any]) -> tuple[PersonDetails, list[tuple[str, PersonDetails]]]:
    principal = details_from_json(PersonDetails, record.get("person"))
    household = [(str(m.get("relationship")), details_from_json(PersonDetails, m.get("details")))
                 for m in record.get("household", [])]
    return principal, household


def documents_of(record: dict[str, Any]) -> list[tuple[int, DocumentDetails]]:
    """(whose: 0 for her, n for the n-th household member, details)."""
    return [(int(d.get("whose", 0)), details_from_json(DocumentDetails, d.get("details")))
            for d in record.get("documents", [])]


def attempts_of(record: dict[str, Any]) -> list[tuple[int, dict[str, Any], str]]:
    """(whose, details without the person id, resolution)."""
    return [(int(a.get("whose", 0)), a.get("details") or {}, str(a.get("resolution") or ""))
            for a in record.get("attempts", [])]


def attempt_details(values: dict[str, Any], person_id: int) -> AttemptDetails:
    """A package's attempt for this vault. A package from before migration 0016 names one
    `reason_key`: it becomes the only reason. A document id is the sender's row id and
    means nothing here: the attempt arrives naming no document."""
    values = {k: v for k, v in values.items() if k != "document_id"}
    if "reason_key" in values and "reason_keys" not in values:
        single = values.pop("reason_key")
        values["reason_keys"] = [single] if single else []
    return details_from_json(AttemptDetails, {**values, "person_id": person_id})
