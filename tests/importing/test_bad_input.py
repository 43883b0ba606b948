"""Files a shelter really sends that cannot be read as they are: each refused (or the row
flagged) with a message in Spanish and English that says what to do, and nothing in the
vault afterwards. Synthetic files, built here."""

from __future__ import annotations

import zipfile

import pytest

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.services import cases
from shelter_desk.services.importing import source
from shelter_desk.services.importing.service import preview_import, run_import
from shelter_desk.services.importing.values import MAX_CELL_CHARS
from tests.importing import registers

HEADER = "Nombre,Apellidos,Fecha de nacimiento,Nacionalidad,Observaciones"


def _ole(path, *streams: str):
    """A compound file as Excel writes one: the signature, a 512-byte header, then one
    directory sector naming the streams (UTF-16, 128 bytes an entry)."""
    header = source.OLE_SIGNATURE + bytes(504)
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
                       for name in ("Root Entry", *streams))
    path.write_bytes(header + entries.ljust(512, b"\0") + bytes(4096))
    return path


def _refused(vault, path) -> InvalidInput:
    with pytest.raises(InvalidInput) as refused:
        preview_import(vault, path)
    assert cases.count_cases(vault) == 0
    return refused.value


def test_a_password_protected_workbook_says_to_remove_the_password(created, tmp_path):
    # GIVEN an encrypted .xlsx (what Excel saves: a compound file, not a zip)
    path = _ole(tmp_path / "ingresos.xlsx", "EncryptionInfo", "EncryptedPackage")
    # WHEN she previews it, THEN it is refused: protected, and how to remove it
    error = _refused(created.vault, path)
    assert "protegido con contraseña" in error.message.es
    assert "quita la contraseña en Excel y guárdalo de nuevo" in error.message.es
    assert "password-protected" in error.message.en
    assert "remove the password and save it again" in error.message.en


def test_an_old_xls_workbook_says_how_to_convert_it(created, tmp_path):
    path = _ole(tmp_path / "ingresos 2019.xls", "Workbook", "SummaryInformation")
    error = _refused(created.vault, path)
    assert "Excel antiguo (.xls)" in error.message.es
    assert "«Guardar como → Libro de Excel (.xlsx)»" in error.message.es
    assert "CSV UTF-8" in error.message.es
    assert "'Save As → Excel Workbook (.xlsx)'" in error.message.en


def test_a_truncated_workbook_is_damaged(created, tmp_path):
    whole = registers.intake_xlsx(tmp_path / "entera.xlsx")
    cut = tmp_path / "a medias.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    error = _refused(created.vault, cut)
    assert "dañado o incompleto" in error.message.es
    assert "damaged or incomplete" in error.message.en


def test_a_zip_without_a_workbook_is_not_a_workbook(created, tmp_path):
    path = tmp_path / "fotos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("foto1.txt", "no es una hoja")
    error = _refused(created.vault, path)
    assert "no contiene un libro de Excel" in error.message.es
    assert "holds no Excel workbook" in error.message.en


def test_a_csv_in_an_unknown_encoding_is_refused(created, tmp_path):
    # Bytes no Windows-1252 decoder takes (0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined)
    path = tmp_path / "lista.csv"
    path.write_bytes(HEADER.encode() + b"\r\nAna,Prueba\x81\x8d,01/01/1990,Honduras,\r\n")
    error = _refused(created.vault, path)
    assert "No se reconoce la codificación" in error.message.es
    assert "«CSV UTF-8»" in error.message.es
    assert "encoding of lista.csv is not recognised" in error.message.en


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_windows_and_latin_1_csvs_keep_their_accents(created, tmp_path, encoding):
    path = tmp_path / "lista.csv"
    path.write_bytes((HEADER + "\r\nMaría José,Muñoz Peña,01/01/1990,Haití,llegó\r\n")
                     .encode(encoding))
    plan = preview_import(created.vault, path)
    assert not plan.problems
    [row] = plan.rows
    assert (row.person.given_names, row.person.family_names) == ("María José", "Muñoz Peña")
    assert row.person.nationality == "HT" and row.note == "Observaciones: llegó"
    run_import(created.vault, plan)
    assert cases.count_cases(created.vault) == 1


def test_a_200000_row_file_is_refused_at_the_limit_without_reading_it_all(created, tmp_path):
    # GIVEN a 200,000-row CSV (under the 20 MB a file may weigh)
    path = tmp_path / "todo.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Nombre,Apellidos\n")
        handle.writelines(f"P{n},Prueba\n" for n in range(200_000))
    read = []
    original = source._csv_records

    def counted(*args):
        for record in original(*args):
            read.append(record[0])
            yield record

    # WHEN she previews it, THEN it is refused with the limit, read no further than it
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(source, "_csv_records", counted)
        error = _refused(created.vault, path)
    assert f"más de {source.MAX_ROWS:,} filas" in error.message.es
    assert "divídela en varios archivos" in error.message.es
    assert f"more than {source.MAX_ROWS:,} rows" in error.message.en
    assert len(read) == source.MAX_ROWS + 1


def test_a_sheet_of_300_columns_is_read_and_the_extra_columns_are_said(created, tmp_path):
    registers.wide_xlsx(tmp_path / "ancha.xlsx")
    plan = preview_import(created.vault, tmp_path / "ancha.xlsx")
    assert len(plan.headers) == 300 and len(plan.rows) == 1
    assert len(plan.note_columns) == 298  # kept as a note, never dropped


def test_a_cell_of_100000_characters_is_a_problem_of_its_row_and_column(created, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(HEADER + "\nAna,Prueba,01/01/1990,Honduras,ok\n"
                    f"Eva,Prueba,02/02/1990,Honduras,{'x' * 100_000}\n", encoding="utf-8")
    plan = preview_import(created.vault, path)
    [problem] = plan.problems
    assert (problem.row, problem.column) == (3, "Observaciones")
    assert f"100,000 caracteres; el máximo es {MAX_CELL_CHARS:,}" in problem.message.es
    assert "100,000 characters" in problem.message.en
    assert [row.row for row in plan.rows] == [2]
    assert cases.count_cases(created.vault) == 0


def test_a_cell_past_the_csv_readers_limit_names_the_row(created, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(HEADER + f'\nAna,Prueba,01/01/1990,Honduras,"{"x" * 200_000}\n',
                    encoding="utf-8")
    error = _refused(created.vault, path)
    assert "cerca de la fila 2" in error.message.es and "caracteres" in error.message.es
    assert "near row 2" in error.message.en


def test_an_unquoted_separator_in_a_cell_flags_the_row(created, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text(HEADER + "\nAna,Prueba,01/01/1990,Honduras,ok\n"
                    "Eva,Prueba,02/02/1990,Honduras,llegó sola, sin papeles\n",
                    encoding="utf-8")
    plan = preview_import(created.vault, path)
    [problem] = plan.problems
    assert problem.row == 3 and "¿un separador de más?" in problem.message.es
    assert "an extra separator?" in problem.message.en
    with pytest.raises(InvalidInput):
        run_import(created.vault, plan)  # nothing until she chooses to skip the row
    assert cases.count_cases(created.vault) == 0
