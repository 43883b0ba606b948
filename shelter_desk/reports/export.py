"""CSV and XLSX exports (a report, or any list), every cell neutralised against formula
injection (domain/cells.py): a name or an organisation typed as '=...' could otherwise
run a formula on a coordinator's computer.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from shelter_desk.domain.cells import safe_cell
from shelter_desk.reports.labels import COUNT, dimension_label, value_label
from shelter_desk.reports.tables import KeyFigures, Report, StatTable

MAX_DIMENSIONS = 4


def figure_rows(figures: KeyFigures, language: str) -> list[tuple[str, object]]:
    english = language.startswith("en")
    names = {
        "people_attended": ("Personas atendidas", "People attended"),
        "new_arrivals": ("Nuevos ingresos", "New arrivals"),
        "children": ("Niñas, niños y adolescentes", "Children and adolescents"),
        "unaccompanied_minors": ("Menores no acompañados", "Unaccompanied minors"),
        "barriers_recorded": ("Barreras registradas", "Barriers recorded"),
        "barriers_open": ("Barreras aún abiertas", "Barriers still open"),
        "cases_closed": ("Expedientes cerrados", "Case files closed"),
        "average_days_to_close": ("Días promedio hasta el cierre", "Average days to close"),
    }
    return [(names[key][1 if english else 0], getattr(figures, key)) for key in names]


def table_rows(table: StatTable, language: str) -> list[list[object]]:
    header = [dimension_label(d, language) for d in table.dimensions] + [
        COUNT.in_language(language)]
    body = [[value_label(d, v, language) for d, v in zip(table.dimensions, row.values,
                                                         strict=True)] + [row.count]
            for row in table.rows]
    return [header, *body]


def report_csv(report: Report, language: str = "es") -> bytes:
    """One CSV: the key figures, then each table under its title, blank lines between."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(f"Shelter Desk · {report.period.label}")])
    for name, value in figure_rows(report.figures, language):
        writer.writerow([safe_cell(name), "" if value is None else value])
    for table in report.tables.values():
        writer.writerow([])
        writer.writerow([safe_cell(table.title.in_language(language))])
        for row in table_rows(table, language):
            writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")  # BOM: Excel then reads the accents right


def report_xlsx(report: Report, language: str = "es") -> bytes:
    """A summary sheet of key figures, then one sheet per table."""
    from openpyxl import Workbook  # 70 ms of imports: paid by who exports, not at launch

    workbook = Workbook()
    summary = workbook.active
    summary.title = "Resumen" if not language.startswith("en") else "Summary"
    summary.append([safe_cell(f"Shelter Desk · {report.period.label}")])
    for name, value in figure_rows(report.figures, language):
        summary.append([safe_cell(name), value])
    for table in report.tables.values():
        sheet = workbook.create_sheet(title=table.key[:31])
        sheet.append([safe_cell(table.title.in_language(language))])
        for row in table_rows(table, language):
            sheet.append([safe_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def table_csv(rows: list[list[object]]) -> bytes:
    """Any table (first row the header) as CSV, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(["" if cell is None else safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


def table_xlsx(rows: list[list[object]], title: str) -> bytes:
    """Any table (first row the header) as a one-sheet workbook, every cell neutralised."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = title[:31]
    for row in rows:
        sheet.append([safe_cell(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_atomically(path: Path, data: bytes) -> None:
    """Under a temporary name first, renamed when complete: never half a file."""
    temporary = path.with_name(f".{path.name}.partial")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
