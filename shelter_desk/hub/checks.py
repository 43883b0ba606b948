"""What a submitted report must be before the hub stores it. Pure: the caller supplies
the enrolled key, the stored revisions and the network's policy.

Statuses: 400 not a signed report at all; 403 the signature is not the enrolled key's of
the organisation the report names; 422 signed, but not a report this network accepts
(format version, period, policy, table shapes); 409 an older or conflicting revision.
"""

from __future__ import annotations

import binascii
import contextlib
import hashlib
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.hub import bounded_json
from shelter_desk.hub.refusal import Refusal
from shelter_desk.network import envelope
from shelter_desk.network.policy import NetworkPolicy

REPORT_FORMAT = "shelter-desk-report/1"
MAX_BODY = 1024 * 1024
_PERIODS = {"quarter": re.compile(r"(\d{4})-Q([1-4])"),
            "month": re.compile(r"(\d{4})-(0[1-9]|1[0-2])")}
_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Table keys, dimension names and row keys as the app writes them (catalog keys, ISO codes,
# regions, age bands such as '0-4' and '60+', '*' for a margin): nothing a dashboard or a
# spreadsheet could take for markup or a formula's punctuation.
_NAME = re.compile(r"[A-Za-z0-9_*.+-]{1,64}")
# What shelter_desk.network.report writes, and nothing else: a field this hub does not
# know could carry anything (data the policy never allowed to leave, a later format's
# meaning read wrongly), so it is refused rather than stored unread.
_FIELDS = {"format", "organisation_id", "period", "revision", "generated_at", "policy",
           "left_out_without_consent", "tables"}
# A network that sums by shares names its two aggregators in the policy members sign.
_POLICY_FIELDS = set(NetworkPolicy().to_json()) | {"aggregators"}
_TABLE_FIELDS, _ROW_FIELDS = {"key", "dimensions", "counts"}, {"key", "count"}
# No member accompanies a million people in one period: a larger count is a mistake or
# an attack on the network's sums, not a population.
MAX_COUNT = 1_000_000


@dataclass(frozen=True)
class Submission:
    signed: envelope.SignedReport
    document: dict[str, Any]
    organisation_id: str
    period: str
    revision: int

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.signed.canonical).hexdigest()


def parse(body: bytes) -> envelope.SignedReport:
    """The body of POST /api/v1/reports is a .sdreport file's bytes."""
    with contextlib.suppress(UnicodeDecodeError, ValueError):  # read_file says what
        bounded_json.loads(body)  # is wrong; this refuses a nesting it could not parse
    try:
        return envelope.read_file(body)
    except InvalidInput as error:
        raise Refusal(400, "malformed", error.message.es, error.message.en) from error


def organisation_named(signed: envelope.SignedReport) -> str:
    """The organisation id the signed document names (before the signature is checked,
    to find whose key must have signed it)."""
    document = _document(signed)
    organisation_id = document.get("organisation_id")
    if not isinstance(organisation_id, str) or not _ID.fullmatch(organisation_id):
        raise Refusal(422, "invalid_report", "El informe no nombra a su organización.",
                      "The report does not name its organisation.")
    return organisation_id


def check(signed: envelope.SignedReport, enrolled_key: bytes | None,
          policy: dict[str, Any], today: date) -> Submission:
    organisation_id = organisation_named(signed)
    if enrolled_key is None:
        raise Refusal(403, "not_enrolled",
                      f"La organización {organisation_id} no está inscrita en esta red.",
                      f"The organisation {organisation_id} is not enrolled in this network.")
    if not envelope.verify(signed, enrolled_key):
        raise Refusal(403, "bad_signature",
                      "La firma no corresponde a la llave inscrita de la organización.",
                      "The signature is not the organisation's enrolled key's.")
    document = _document(signed)
    if document.get("format") != REPORT_FORMAT:
        raise Refusal(422, "unsupported_format",
                      f"Este hub acepta informes {REPORT_FORMAT}.",
                      f"This hub accepts {REPORT_FORMAT} reports.")
    _known_fields(document, _FIELDS, "el informe", "the report")
    _check_extras(document)
    period = check_period(document.get("period"), policy, today)
    revision = document.get("revision")
    if isinstance(revision, bool) or not isinstance(revision, int) or not 1 <= revision < 2**31:
        raise Refusal(422, "invalid_report", "La revisión debe ser un número positivo.",
                      "The revision must be a positive whole number.")
    _check_policy(document.get("policy"), policy)
    _check_tables(document.get("tables"))
    return Submission(signed, document, organisation_id, period, revision)


def check_period(period: object, policy: dict[str, Any], today: date) -> str:
    period_type = policy.get("period_type", "quarter")
    match = _PERIODS[period_type].fullmatch(period) if isinstance(period, str) else None
    if match is None:
        example = "2026-Q3" if period_type == "quarter" else "2026-09"
        raise Refusal(422, "invalid_period",
                      f"La red usa periodos como {example}.",
                      f"The network uses periods such as {example}.")
    year, part = int(match.group(1)), int(match.group(2))
    start = date(year, 3 * part - 2 if period_type == "quarter" else part, 1)
    if start > today:
        raise Refusal(422, "future_period", f"El periodo {period} aún no empieza.",
                      f"The period {period} has not started yet.")
    return str(period)


def check_revision(submission: Submission, stored: dict[int, str]) -> bool:
    """True when this exact report is already stored (send it the same receipt again);
    a refusal when an equal or newer revision is; False when it is new."""
    if stored.get(submission.revision) == submission.sha256:
        return True
    if submission.revision in stored:
        raise Refusal(409, "revision_conflict",
                      f"Ya se recibió otra revisión {submission.revision} de "
                      f"{submission.period}.",
                      f"Another revision {submission.revision} of {submission.period} "
                      "was already received.")
    newest = max(stored, default=0)
    if submission.revision < newest:
        raise Refusal(409, "old_revision",
                      f"El hub ya tiene la revisión {newest} de {submission.period}; "
                      f"la {submission.revision} es anterior.",
                      f"The hub already holds revision {newest} of {submission.period}; "
                      f"revision {submission.revision} is older.")
    return False


def _document(signed: envelope.SignedReport) -> dict[str, Any]:
    try:
        document = bounded_json.loads(signed.canonical)
    except (UnicodeDecodeError, ValueError, binascii.Error) as error:
        raise Refusal(422, "invalid_report", "El informe firmado no es JSON.",
                      "The signed report is not JSON.") from error
    if not isinstance(document, dict):
        raise Refusal(422, "invalid_report", "El informe firmado no es un objeto JSON.",
                      "The signed report is not a JSON object.")
    return document


def _known_fields(value: dict[str, Any], known: set[str], es: str, en: str) -> None:
    unknown = sorted(set(value) - known)
    if unknown:
        names = ", ".join(_shown(name) for name in unknown[:3]) + (
            ", …" if len(unknown) > 3 else "")
        raise Refusal(422, "unknown_fields",
                      f"Esta red no conoce estos campos en {es}: {names}. No se guardó nada.",
                      f"This network does not know these fields in {en}: {names}. Nothing "
                      "was stored.")


def _shown(name: str) -> str:
    """A field name safe to repeat in a message (it came from the sender)."""
    return name if re.fullmatch(r"[A-Za-z0-9_.-]{1,40}", name) else "(?)"


def _check_extras(document: dict[str, Any]) -> None:
    generated = document.get("generated_at")
    left_out = document.get("left_out_without_consent")
    if generated is not None and (not isinstance(generated, str) or len(generated) > 40):
        raise Refusal(422, "invalid_report", "La fecha del informe no es válida.",
                      "The report's date is not valid.")
    if left_out is not None and not _is_count(left_out):
        raise _too_many()


def _is_count(value: object) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and 0 <= value <= MAX_COUNT


def _too_many(table: str | None = None) -> Refusal:
    where_es, where_en = (f" (tabla {table})", f" (table {table})") if table else ("", "")
    return Refusal(422, "impossible_count",
                   f"Una cifra del informe{where_es} es negativa o mayor que cualquier "
                   f"población real (máximo {MAX_COUNT:,}). No se guardó nada.",
                   f"A count in the report{where_en} is negative or above any real "
                   f"population (at most {MAX_COUNT:,}). Nothing was stored.")


def _check_policy(reported: object, policy: dict[str, Any]) -> None:
    if isinstance(reported, dict):
        _known_fields(reported, _POLICY_FIELDS, "la política del informe",
                      "the report's policy")
    if not isinstance(reported, dict) or reported.get("period_type") != policy.get(
            "period_type", "quarter"):
        raise Refusal(422, "policy_mismatch",
                      "El informe se hizo con otro tipo de periodo que el de la red.",
                      "The report was made with another period type than the network's.")
    k = reported.get("k")
    if isinstance(k, bool) or not isinstance(k, int) or k < int(policy.get("k", 5)):
        raise Refusal(422, "policy_mismatch",
                      "El informe oculta menos cifras pequeñas de lo que pide la red (k).",
                      "The report hides fewer small counts than the network asks (k).")


def _check_tables(tables: object) -> None:
    bad = Refusal(422, "invalid_report", "Las tablas del informe no tienen la forma esperada.",
                  "The report's tables do not have the expected shape.")
    if not isinstance(tables, list):
        raise bad
    keys = set()
    for table in tables:
        if not isinstance(table, dict) or not _is_name(table.get("key")) \
                or table["key"] in keys or not isinstance(table.get("dimensions"), list) \
                or not isinstance(table.get("counts"), list):
            raise bad
        _known_fields(table, _TABLE_FIELDS, "una tabla", "a table")
        keys.add(table["key"])
        width = len(table["dimensions"])
        if not all(_is_name(name) for name in table["dimensions"]):
            raise bad
        seen: dict[tuple[str, ...], int | None] = {}
        for row in table["counts"]:
            if not isinstance(row, dict) or not isinstance(row.get("key"), list):
                raise bad
            _known_fields(row, _ROW_FIELDS, "una fila", "a row")
            key, count = row["key"], row.get("count")
            if len(key) != width or not all(_is_name(value) for value in key) \
                    or tuple(key) in seen:
                raise bad
            if count is not None and not _is_count(count):
                raise bad if isinstance(count, bool) or not isinstance(count, int) \
                    else _too_many(table["key"])
            seen[tuple(key)] = count
        total = seen.get(("*",) * width)
        if total is not None and any(count is not None and count > total
                                     for count in seen.values()):
            raise Refusal(422, "impossible_count",
                          f"En la tabla {table['key']} una cifra es mayor que el total de "
                          "la tabla. No se guardó nada.",
                          f"In the table {table['key']} a count is above the table's own "
                          "total. Nothing was stored.")


def _is_name(value: object) -> bool:
    return isinstance(value, str) and _NAME.fullmatch(value) is not None
