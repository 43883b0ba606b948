"""The shelter's own statistics: any staff member may look; only a coordinator exports,
and every export is written to the audit log."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.reports.engine import compute_report
from shelter_desk.reports.export import report_csv, report_xlsx, write_atomically
from shelter_desk.reports.period import Period
from shelter_desk.reports.tables import Report
from shelter_desk.services.common import acting_user, permitted
from shelter_desk.store import audit
from shelter_desk.store.vault import OpenVault

FORMATS = ("csv", "xlsx", "pdf")
PdfWriter = Callable[[Report, str], bytes]


def report_for(vault: OpenVault, period: Period) -> Report:
    acting_user(vault)
    with vault.read() as connection:
        return compute_report(connection, period)


def export_report(vault: OpenVault, period: Period, fmt: str, path: Path, *,
                  language: str = "es", pdf_writer: PdfWriter | None = None) -> Report:
    """Write the period's report as CSV, XLSX or PDF (the PDF is drawn by Qt, so the
    caller that has Qt passes `pdf_writer`)."""
    user = permitted(vault, Action.EXPORT, entity_type="report", entity_id=period.label)
    if fmt not in FORMATS or (fmt == "pdf" and pdf_writer is None):
        raise InvalidInput("format", Bilingual(es=f"Formato no disponible: {fmt}.",
                                               en=f"Format not available: {fmt}."))
    report = report_for(vault, period)
    if fmt == "csv":
        data = report_csv(report, language)
    elif fmt == "xlsx":
        data = report_xlsx(report, language)
    else:
        assert pdf_writer is not None
        data = pdf_writer(report, language)
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="stats.exported",
                     entity_type="report", entity_id=period.label, summary=fmt)
        # Inside the transaction: if the file cannot be written, no export is recorded.
        try:
            write_atomically(Path(path), data)
        except OSError as error:
            raise InvalidInput("out", Bilingual(
                es=f"No se pudo escribir {path}: {error.strerror}.",
                en=f"Could not write {path}: {error.strerror}.")) from error
    return report
