"""A coordinator imports the registers shelters really keep: a title above the table, a
header over two rows, surnames in two columns or the whole name in one, demonyms, dates
in every format, a TOTAL row and the signatures under it. Each guess is shown."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.services.importing import table
from shelter_desk.services.importing.fields import Field
from shelter_desk.services.importing.remembered import remember_choices
from shelter_desk.services.importing.service import preview_import, read_headers, run_import
from shelter_desk.store.schema import case_file, identity_document, person
from shelter_desk.store.vault import unlock
from tests.importing import registers


def people(vault) -> dict[str, tuple]:
    with vault.read() as connection:
        rows = connection.execute(select(
            person.c.given_names, person.c.family_names, person.c.birth_date,
            person.c.nationality, case_file.c.opened_on, case_file.c.summary)
            .join(case_file, case_file.c.id == person.c.case_id)).all()
    return {row.given_names: tuple(row)[1:] for row in rows}


def skipped(plan) -> list[tuple[int, int, str]]:
    return [(s.first, s.last, s.reason.es) for s in plan.skipped]


def test_an_intake_register_with_title_two_row_header_and_totals(created, tmp_path):
    # GIVEN the shelter's Excel register: title and name on top, «Documentos» merged
    # over «Tipo», «Número» and «Vigencia», a hidden column, TOTAL and «Elaboró:» below
    vault = created.vault
    sheet = registers.intake_xlsx(tmp_path / "ingresos.xlsx")

    # WHEN she previews it
    plan = preview_import(vault, sheet)

    # THEN the header is found on rows 4 and 5, the documents' columns understood
    assert plan.header_rows == (4, 5)
    by_header = {plan.headers[i]: f for i, f in plan.mapping.items()}
    assert by_header["Documentos Tipo"] is Field.DOCUMENT_TYPE
    assert by_header["Documentos Número"] is Field.DOCUMENT_NUMBER
    assert by_header["Documentos Vigencia"] is Field.DOCUMENT_EXPIRES_ON
    assert by_header["AP. PATERNO"] is Field.PATERNAL_SURNAME
    assert by_header["F. NAC."] is Field.BIRTH_DATE
    # ... the rows left out are named with their numbers and why, in both languages
    assert skipped(plan) == [(1, 2, table.TITLE.es), (12, 12, table.TOTALS.es),
                             (14, 15, table.SIGNATURE.es)]
    assert all(s.reason.en and s.reason.en != s.reason.es for s in plan.skipped)
    # ... the hidden column is shown and left out; the unknown ones kept as notes
    assert plan.hidden_columns == ("Trabajadora",)
    assert plan.note_columns == ("No. de hijos", "OBSERVACIONES")
    assert plan.unmapped_columns == ("No.",)
    # ... every row reads: demonyms, dates in five formats, shelters' document names
    assert plan.problems == () and len(plan.rows) == 6
    # ... and how the ambiguous dates were read is said
    orders = dict(plan.date_orders)
    assert orders["F. NAC."].order == "dmy" and orders["F. NAC."].ambiguous == 2

    # WHEN she imports it
    outcome = run_import(vault, plan)

    # THEN six case files, surnames joined paternal then maternal, notes kept
    assert (outcome.cases, outcome.documents) == (6, 5)
    found = people(vault)
    assert found["Zuleima"][:4] == ("Prueba Ficticia", date(1991, 5, 14), "GT",
                                    date(2025, 2, 3))
    assert found["Zuleima"][4] == "No. de hijos: 2\nOBSERVACIONES: llegó con sus hijas"
    assert found["Arely Noemí"][:3] == ("Inventada Modelo", date(1988, 11, 7), "HN")
    assert found["Yadira"][:4] == ("Ejemplo", date(1999, 3, 5), "SV", date(2025, 2, 12))
    assert found["Maybelline"][1:4] == (date(1990, 5, 7), "HN", date(2025, 10, 2))
    assert found["Lesbia"][2] == "NI" and found["Fátima"][2] == "VE"
    assert "Vol. Sintética" not in repr(found)  # the hidden column stayed out
    with vault.read() as connection:
        kinds = sorted(connection.execute(select(identity_document.c.type_key,
                                                 identity_document.c.expires_on)).all())
    assert kinds == [("acta_nacimiento_extranjera", None),
                     ("constancia_comar", None), ("curp", None),
                     ("fmm", date(2027, 10, 2)),
                     ("tarjeta_residente_temporal", date(2028, 8, 15))]


def test_a_hidden_column_comes_in_when_she_maps_it(created, tmp_path):
    # GIVEN the register, whose column «Trabajadora» is hidden
    sheet = registers.intake_xlsx(tmp_path / "ingresos.xlsx")
    headers, suggested = read_headers(sheet)
    hidden = headers.index("Trabajadora")
    assert hidden not in suggested

    # WHEN she maps it to the note
    plan = preview_import(created.vault, sheet, mapping={**suggested, hidden: Field.NOTE})

    # THEN it is no longer listed as hidden, and goes into the note
    assert plan.hidden_columns == ()
    assert all("Trabajadora: Vol. Sintética" in row.note for row in plan.rows)


def test_a_full_name_column_is_split_and_the_guess_is_shown(created, tmp_path):
    # GIVEN a CSV from an Excel set to US English: full names, dates month first
    sheet = registers.full_name_csv(tmp_path / "lista.csv")

    # WHEN she previews it
    plan = preview_import(created.vault, sheet)

    # THEN the title is skipped, the totals row and what is under it too
    assert plan.header_rows == (3,)
    assert skipped(plan) == [(1, 1, table.TITLE.es), (8, 8, table.TOTALS.es),
                             (10, 10, table.BELOW.es)]
    # ... the full name is split, the last two words as surnames, and shown as a guess
    assert plan.name_split is not None and plan.name_split.column == "NOMBRE COMPLETO"
    assert plan.name_split.rows == 4
    assert plan.name_split.examples[0] == ("Ana Lucía Prueba Ficticia", "Ana Lucía",
                                           "Prueba Ficticia")
    names = {(r.person.given_names, r.person.family_names) for r in plan.rows}
    assert ("María", "de la Cruz Modelo") in names and ("Rocío", "Inventada") in names
    # ... the dates read month first, because 04/25/2025 can only be, and that is shown
    orders = dict(plan.date_orders)
    assert orders["FECHA DE INGRESO"].order == "mdy"
    assert orders["FECHA DE INGRESO"].month_first_evidence == 2
    arrived = {r.person.given_names: r.person.arrived_shelter_on for r in plan.rows}
    assert arrived["María"] == date(2025, 3, 4) and arrived["Rocío"] == date(2025, 12, 1)
    # ... misspelt countries and demonyms read; the unknown column kept as a note
    assert {r.person.nationality for r in plan.rows} == {"GT", "HN"}
    assert plan.problems == ()
    assert plan.rows[0].note == "Albergue anterior: Casa Ejemplo"


def test_a_value_it_cannot_read_is_asked_once_and_remembered(created, vault_dir,
                                                             tmp_path):
    # GIVEN a sheet where 37 rows write the nationality «GUATEMALTECQ» (any case)
    vault = created.vault
    sheet = registers.demonym_csv(tmp_path / "lista.csv")

    # WHEN she previews it
    plan = preview_import(vault, sheet)

    # THEN the value is offered once, for the 37 rows, and those rows wait for it
    assert len(plan.unread) == 1
    unread = plan.unread[0]
    assert unread.field is Field.NATIONALITY and len(unread.rows) == 37
    assert plan.rows_in_error == 37 and len(plan.rows) == 1

    # WHEN she answers «Guatemala» for it
    plan = preview_import(vault, sheet, value_choices={unread.key: "GT"})

    # THEN all 37 rows read
    assert plan.problems == () and len(plan.rows) == 38
    assert {r.person.nationality for r in plan.rows} == {"GT", "HN"}

    # WHEN she keeps the answer, and next month imports another file with it
    remember_choices(vault, {unread.key: "gt"})
    later = registers.demonym_csv(tmp_path / "otra.csv", rows=3)
    plan = preview_import(vault, later)

    # THEN it is read without asking, and the answer is nowhere in plaintext on disk
    assert plan.problems == () and {r.person.nationality for r in plan.rows} == {"GT", "HN"}
    vault.lock()
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert b"guatemaltecq" not in path.read_bytes().lower(), path


def test_an_answer_must_be_a_country_or_a_document_type(created):
    with pytest.raises(InvalidInput) as refused:
        remember_choices(created.vault, {"nationality:guatemaltecq": "Narnia"})
    assert "Narnia" in refused.value.message.es and "Narnia" in refused.value.message.en
    with pytest.raises(InvalidInput):
        remember_choices(created.vault, {"document_type:pase": "licencia"})
    remember_choices(created.vault, {"document_type:pase": "fmm"})  # a catalogue key


def test_only_coordinators_keep_answers(created, vault_dir):
    staff.add_staff(created.vault, "Persona Prueba", Role.VOLUNTEER, "frase de prueba larga")
    with (unlock(vault_dir, user="Persona Prueba", passphrase="frase de prueba larga") as theirs,
          pytest.raises(NotAllowed)):
        remember_choices(theirs, {"nationality:guatemaltecq": "GT"})
