"""The import verb as a coordinator runs it: a dry run first, then the import."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import run
from tests.conftest import COORDINATOR, PASSPHRASE, snapshot
from tests.importing import registers

SHEET = [
    "Nombre;Apellidos;Fecha de nacimiento;Nacionalidad",
    "Yolanda;Rojas;02/02/1990;Honduras",
    "Micaela;Tzul;30/02/1990;Guatemala",
    "Paola;Reyes;1991-04-04;Atlántida",
]


@pytest.fixture
def cli_vault(created, vault_dir):
    created.vault.lock()
    return vault_dir


def _import(vault_dir, sheet, *extra):
    return run("import", "--vault", str(vault_dir), "--user", COORDINATOR, str(sheet), *extra,
               env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})


def test_a_dry_run_shows_every_problem_and_writes_nothing(cli_vault, tmp_path):
    # GIVEN a sheet with two bad rows
    sheet = tmp_path / "lista.csv"
    sheet.write_text("\n".join(SHEET) + "\n", encoding="utf-8")
    before = snapshot(cli_vault)

    # WHEN she runs a dry run
    dry = _import(cli_vault, sheet, "--dry-run")

    # THEN each problem is printed with its row and column, and no vault file changed
    assert dry.returncode == 1, dry.stderr
    assert ("fila 3 «Fecha de nacimiento»: La fecha «30/02/1990» no es válida: revisa el día "
            "y el mes (día/mes/año).") in dry.stdout
    assert "fila 4 «Nacionalidad»: Nacionalidad desconocida: «Atlántida»" in dry.stdout
    assert "3 filas: 1 listas, 2 con problemas" in dry.stdout
    assert snapshot(cli_vault) == before

    # WHEN she imports without choosing to skip them, THEN nothing is imported either
    refused = _import(cli_vault, sheet)
    assert refused.returncode == 1 and "No se importó nada" in refused.stdout
    assert snapshot(cli_vault) == before

    # WHEN she skips the rows in error, THEN the good row goes in
    done = _import(cli_vault, sheet, "--skip-errors")
    assert done.returncode == 0, done.stderr
    assert "Importados 1 expedientes" in done.stdout and "filas omitidas: 2" in done.stdout
    verified = run("verify", "--vault", str(cli_vault), "--user", COORDINATOR,
                   env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE})
    assert verified.returncode == 0, verified.stdout


def test_english_messages_and_a_refused_file(cli_vault, tmp_path):
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)
    refused = run("import", "--vault", str(cli_vault), "--user", COORDINATOR, str(huge),
                  env={"SHELTER_DESK_PASSPHRASE": PASSPHRASE, "SHELTER_DESK_LANG": "en"})
    assert refused.returncode == 4
    assert "huge.csv is 200 MB; the limit is 20 MB" in refused.stderr


def test_a_dry_run_prints_the_previews_lines_and_each_record(cli_vault, tmp_path):
    # GIVEN the shelter's Excel register (title, two-row header, TOTAL, signatures)
    sheet = registers.intake_xlsx(tmp_path / "ingresos.xlsx")
    before = snapshot(cli_vault)

    # WHEN she runs a dry run
    dry = _import(cli_vault, sheet, "--dry-run")

    # THEN the same lines as the dialog's review, then what would be created, row by row
    assert dry.returncode == 0, dry.stderr
    assert "* Encabezado: filas 4-5." in dry.stdout
    assert "* Filas 1-2 sin importar:" in dry.stdout
    assert "Se crearán: 6 personas, 6 expedientes, 5 documentos, 5 notas." in dry.stdout
    assert "fila 6 → Caso nuevo: Zuleima Prueba Ficticia, 1 documento (" in dry.stdout
    assert "fila 11 → Caso nuevo: Fátima Modelo Inventada, nota" in dry.stdout
    assert snapshot(cli_vault) == before


def test_possible_duplicates_wait_for_one_policy(cli_vault, tmp_path):
    # GIVEN a sheet that names the same woman twice
    sheet = tmp_path / "dobles.csv"
    sheet.write_text("\n".join([SHEET[0], SHEET[1], "YOLANDA;rojas;1990-02-02;Honduras"])
                     + "\n", encoding="utf-8")
    before = snapshot(cli_vault)

    # WHEN she imports it without saying what to do with duplicates, THEN nothing
    refused = _import(cli_vault, sheet)
    assert refused.returncode == 1, refused.stderr
    assert "1 fila(s) son posibles duplicados" in refused.stdout
    assert "--duplicates" in refused.stdout
    assert snapshot(cli_vault) == before

    # WHEN she says to merge them, THEN one case file
    done = _import(cli_vault, sheet, "--duplicates", "merge")
    assert done.returncode == 0, done.stderr
    assert "Importados 1 expedientes" in done.stdout and "1 unidos" in done.stdout

    # ... and a second run finds her in the vault: kept apart, she is a second case
    again = _import(cli_vault, sheet, "--duplicates", "keep")
    assert again.returncode == 0, again.stderr
    assert "Importados 2 expedientes" in again.stdout
