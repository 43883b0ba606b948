"""Reading a spreadsheet row by row with bounded memory: CSV (UTF-8, UTF-8 with BOM or
Windows-1252; comma, semicolon or tab) and XLSX (first sheet, values only).

Nothing in a file is ever executed: an XLSX formula gives the value Excel last computed
and saved, or, when there is none, the FORMULA marker that the checks turn into a row
error. The size is checked before a byte is read, so a huge file costs nothing.
"""

from __future__ import annotations

import codecs
import csv
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.importing.cells import FORMULA
from shelter_desk.services.importing.table import Skipped, find_table

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # an XLSX is a zip: what it holds, unpacked
MAX_ROWS = 50_000
MAX_MERGED_CELLS = 10_000  # one merged range; a real sheet merges a few cells, not a sheet
MAX_COVERED_CELLS = 200_000  # under all merged ranges together (a few MB of memory)
_CHUNK = 1024 * 1024


def _refuse(es: str, en: str) -> InvalidInput:
    return InvalidInput("file", Bilingual(es=es, en=en))


@dataclass
class Sheet:
    """The header and the data rows of one table; `covered` (cells hidden under a
    merged cell, as (row, column index)) and `skipped` (rows left out, and why) are
    complete once `rows` has been read. `hidden`: columns hidden in the spreadsheet."""

    file_format: str
    headers: list[str]
    rows: Iterator[tuple[int, list[Any]]]
    covered: set[tuple[int, int]] = field(default_factory=set)
    sub_headers: list[str] = field(default_factory=list)
    header_rows: tuple[int, ...] = (1,)
    skipped: list[Skipped] = field(default_factory=list)
    hidden: set[int] = field(default_factory=set)
    # How far through the file the rows read so far are, 0 to 1: for a progress bar.
    read_so_far: Callable[[], float] = lambda: 0.0

    def take_table(self, raw: Iterator[tuple[int, list[Any]]]) -> Sheet:
        table = find_table(raw)
        self.headers, self.sub_headers = table.headers, table.sub_headers
        self.header_rows, self.rows, self.skipped = (table.header_rows, table.rows,
                                                     table.skipped)
        return self


def open_sheet(path: Path) -> Sheet:
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError as error:
        raise _refuse(f"No se pudo abrir {path.name}: {error.strerror}.",
                      f"Could not open {path.name}: {error.strerror}.") from error
    if size > MAX_FILE_BYTES:
        raise _refuse(
            f"{path.name} pesa {size / 1024 / 1024:.0f} MB; el máximo es "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Divide la hoja en varios archivos.",
            f"{path.name} is {size / 1024 / 1024:.0f} MB; the limit is "
            f"{MAX_FILE_BYTES // 1024 // 1024} MB. Split the sheet into several files.")
    if size == 0:
        raise _refuse(f"{path.name} está vacío.", f"{path.name} is empty.")
    if start.startswith(b"PK\x03\x04"):
        return _xlsx(path)
    if start.startswith(OLE_SIGNATURE):
        raise _old_or_protected(path)
    if path.suffix.lower() in (".xls", ".xlsx", ".xlsm", ".ods"):
        raise _refuse(f"{path.name} no es un archivo CSV ni XLSX válido. Guárdalo desde la "
                      "hoja de cálculo como «Libro de Excel (.xlsx)» o «CSV UTF-8».",
                      f"{path.name} is not a valid CSV or XLSX file. Save it from the "
                      "spreadsheet as 'Excel Workbook (.xlsx)' or 'CSV UTF-8'.")
    return _csv(path)


# -- Old Excel and protected workbooks ------------------------------------------------

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a compound file: .xls, or encrypted
# A password-protected .xlsx is a compound file holding these two streams; their names
# are written UTF-16 in the file's directory, wherever that directory lies.
_ENCRYPTED = tuple(name.encode("utf-16-le") for name in ("EncryptedPackage",
                                                         "EncryptionInfo"))


def _is_encrypted(path: Path) -> bool:
    tail = b""
    with path.open("rb") as handle:  # the size was checked: at most MAX_FILE_BYTES
        while chunk := handle.read(_CHUNK):
            window = tail + chunk
            if any(name in window for name in _ENCRYPTED):
                return True
            tail = window[-64:]
    return False


def _old_or_protected(path: Path) -> InvalidInput:
    if _is_encrypted(path):
        return _refuse(
            f"{path.name} está protegido con contraseña y no se puede leer. Ábrelo en "
            "Excel, quita la contraseña en Excel y guárdalo de nuevo (Archivo → "
            "Información → Proteger libro → Cifrar con contraseña, y borra la "
            "contraseña); luego vuelve a importarlo.",
            f"{path.name} is password-protected and cannot be read. Open it in Excel, "
            "remove the password and save it again (File → Info → Protect Workbook → "
            "Encrypt with Password, and clear the password); then import it again.")
    return _refuse(
        f"{path.name} es un libro de Excel antiguo (.xls), que no se lee aquí. Ábrelo en "
        "Excel o LibreOffice y usa «Guardar como → Libro de Excel (.xlsx)» o "
        "«CSV UTF-8 (delimitado por comas)»; luego importa el archivo nuevo.",
        f"{path.name} is an old Excel workbook (.xls), which is not read here. Open it "
        "in Excel or LibreOffice and use 'Save As → Excel Workbook (.xlsx)' or "
        "'CSV UTF-8 (Comma delimited)'; then import the new file.")


# -- CSV -------------------------------------------------------------------------------


def detect_encoding(path: Path) -> str:
    """'utf-8-sig' (with or without a BOM) or 'cp1252', read in chunks; else refused."""
    with path.open("rb") as handle:
        head = handle.read(4096)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head:
        raise _refuse(f"{path.name} está en UTF-16 o no es texto. Guárdalo como «CSV UTF-8».",
                      f"{path.name} is UTF-16 or not text. Save it as 'CSV UTF-8'.")
    for encoding in ("utf-8-sig", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            continue
        return encoding
    raise _refuse(f"No se reconoce la codificación de {path.name} (se aceptan UTF-8 y "
                  "Windows-1252). Guárdalo como «CSV UTF-8».",
                  f"The encoding of {path.name} is not recognised (UTF-8 and Windows-1252 "
                  "are accepted). Save it as 'CSV UTF-8'.")


def _delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(",;\t", key=first.count)


def _csv(path: Path) -> Sheet:
    encoding = detect_encoding(path)
    handle = path.open("r", encoding=encoding, newline="")
    sample = handle.read(64 * 1024)
    if len(sample) == 64 * 1024 and "\n" in sample:
        sample = sample[:sample.rindex("\n")]  # whole lines only, or the sniffer guesses
    delimiter = _delimiter(sample)
    handle.seek(0)
    reader = csv.reader(handle, delimiter=delimiter, strict=True)
    records = _csv_records(reader, handle, path)
    sheet = Sheet("csv", [], iter(())).take_table(records)
    size = max(path.stat().st_size, 1)
    raw = handle.buffer.raw  # its position moves as the reader reads; the text's cannot
    sheet.read_so_far = lambda: 1.0 if raw.closed else min(1.0, raw.tell() / size)
    return sheet


def _csv_records(reader: Any, handle: Any, path: Path) -> Iterator[tuple[int, list[Any]]]:
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            if number > MAX_ROWS + 1:
                raise _too_many_rows()
            yield number, list(record)
    except csv.Error as error:
        if "field larger than field limit" in str(error):
            limit = csv.field_size_limit()
            raise _refuse(
                f"Una celda de {path.name} cerca de la fila {number + 1} pasa de "
                f"{limit:,} caracteres (¿falta cerrar unas comillas?). Revísala en la hoja.",
                f"A cell of {path.name} near row {number + 1} is longer than {limit:,} "
                "characters (a quote left open?). Check it in the sheet.") from error
        raise _refuse(f"{path.name} no es un CSV bien formado cerca de la fila {number + 1} "
                      f"({error}). Revisa las comillas.",
                      f"{path.name} is not well-formed CSV near row {number + 1} ({error}). "
                      "Check the quotes.") from error
    finally:
        handle.close()


def _too_many_rows() -> InvalidInput:
    return _refuse(f"La hoja tiene más de {MAX_ROWS:,} filas; divídela en varios archivos.",
                   f"The sheet has more than {MAX_ROWS:,} rows; split it into several files.")


# -- XLSX ------------------------------------------------------------------------------


def _xlsx(path: Path) -> Sheet:
    from openpyxl import load_workbook  # paid by who imports, not at launch

    invalid = _refuse(f"{path.name} no es un archivo XLSX válido.",
                      f"{path.name} is not a valid XLSX file.")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise _refuse(
            f"{path.name} está dañado o incompleto (¿se copió o descargó a medias?). "
            "Ábrelo en Excel: si abre, guárdalo de nuevo como «Libro de Excel (.xlsx)»; "
            "si no, pide otra copia.",
            f"{path.name} is damaged or incomplete (was it copied or downloaded only in "
            "part?). Open it in Excel: if it opens, save it again as 'Excel Workbook "
            "(.xlsx)'; if not, ask for another copy.") from error
    # A zip bomb is named for what it is, before anything in it is looked at.
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(f"{path.name} ocupa más de {MAX_UNPACKED_BYTES // 1024 // 1024} MB "
                      "descomprimido; divide la hoja en varios archivos.",
                      f"{path.name} unpacks to more than "
                      f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB; split the sheet.")
    if not any(name.endswith("workbook.xml") for name in names):
        raise _refuse(
            f"{path.name} es un archivo comprimido pero no contiene un libro de Excel "
            "(¿es un .zip o un documento de Word?). Elige el archivo .xlsx o .csv de la "
            "hoja.",
            f"{path.name} is a compressed file but holds no Excel workbook (is it a .zip "
            "or a Word document?). Choose the sheet's .xlsx or .csv file.")
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file
        raise invalid from error
    if not workbook.worksheets:
        workbook.close()
        raise invalid
    sheet = Sheet("xlsx", [], iter(()))
    worksheet = workbook.worksheets[0]
    # The sheet's XML as the zip says it unpacks, and how much of it was parsed: the bar.
    total = max(workbook._archive.getinfo(worksheet._worksheet_path).file_size, 1)
    read = [0]
    sheet.take_table(_xlsx_rows(workbook, worksheet, sheet, read))
    sheet.read_so_far = lambda: min(1.0, read[0] / total)
    return sheet


class _Counted:
    """The sheet's XML stream, counting the bytes the parser has taken from it."""

    def __init__(self, source: Any, read: list[int]) -> None:
        self.source, self.read_bytes = source, read

    def read(self, size: int = -1) -> bytes:
        data = self.source.read(size)
        self.read_bytes[0] += len(data)
        return data


def _hidden_columns(dimensions: dict[str, dict[str, str]]) -> set[int]:
    hidden: set[int] = set()
    for attributes in dimensions.values():
        if attributes.get("hidden") in ("1", "true"):
            low = int(attributes.get("min", 1))
            high = min(int(attributes.get("max", low)), low + 1000)  # a real sheet's width
            hidden.update(range(low - 1, high))
    return hidden


def _xlsx_rows(workbook: Any, worksheet: Any, sheet: Sheet,
               read: list[int]) -> Iterator[tuple[int, list[Any]]]:
    # openpyxl's own streaming parser, told to keep the marker for formulas without a
    # saved value (its public read-only API shows them as empty cells) and to hand back
    # the merged ranges, which it reads from the end of the sheet.
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

    class _Parser(WorkSheetParser):
        def parse_cell(self, element: Any) -> dict[str, Any]:
            cell = super().parse_cell(element)
            if cell["value"] is None and element.find(FORMULA_TAG) is not None:
                cell["value"] = FORMULA
            return cell

    try:
        with worksheet._get_source() as source:
            parser = _Parser(_Counted(source, read), workbook.shared_strings, data_only=True,
                             epoch=workbook.epoch, date_formats=workbook._date_formats,
                             timedelta_formats=workbook._timedelta_formats)
            # Counted as read: the row number is whatever the file claims.
            for count, (number, cells) in enumerate(parser.parse(), start=1):
                if count == 1:  # the <cols> element comes before the first row
                    sheet.hidden.update(_hidden_columns(parser.column_dimensions))
                if count > MAX_ROWS + 1:
                    raise _too_many_rows()
                values: list[Any] = []
                for cell in cells:
                    values.extend([None] * (cell["column"] - 1 - len(values)))
                    values.append(cell["value"])
                yield number, values
            merged = getattr(parser, "merged_cells", None)
            for ref in getattr(merged, "mergeCell", None) or []:
                low_col, low_row, high_col, high_row = range_boundaries(ref.ref)
                area = (high_row - low_row + 1) * (high_col - low_col + 1)
                if area > MAX_MERGED_CELLS or len(sheet.covered) + area > MAX_COVERED_CELLS:
                    raise _refuse(
                        f"La hoja combina demasiadas celdas (la celda combinada {ref.ref} "
                        f"cubre {area:,}); deshaz esa combinación y vuelve a intentarlo.",
                        f"The sheet merges too many cells (the merged cell {ref.ref} covers "
                        f"{area:,}); unmerge it and try again.")
                sheet.covered.update((row, col - 1) for row in range(low_row, high_row + 1)
                                     for col in range(low_col, high_col + 1)
                                     if (row, col) != (low_row, low_col))
    except InvalidInput:
        raise
    except Exception as error:
        raise _refuse(f"No se pudo leer la hoja de cálculo: {error}.",
                      f"Could not read the spreadsheet: {error}.") from error
    finally:
        workbook.close()
