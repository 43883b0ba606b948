"""`verify`: is every page authentic, every b-tree sound, the schema current, the chain whole?"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store import audit, files_db, migrate
from shelter_desk.store.database import translate_errors
from shelter_desk.store.errors import VaultCorrupt
from shelter_desk.store.vault import FILES_DB, VAULT_DB, OpenVault


@dataclass(frozen=True)
class Check:
    name: str
    problems: tuple[Bilingual, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VerifyReport:
    checks: tuple[Check, ...]
    audit_rows: int

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)


def verify(vault: OpenVault) -> VerifyReport:
    checks: list[Check] = []
    audit_rows = 0
    for name in (VAULT_DB, FILES_DB):
        with vault.engine(name).connect() as connection:
            found, rows = check_database(name, connection)
        checks.extend(found)
        audit_rows += rows
    return VerifyReport(tuple(checks), audit_rows)


def check_database(name: str, connection: Connection, *,
                   thorough: bool = True) -> tuple[list[Check], int]:
    """The checks of one database file, and how many audit rows its chain holds.

    `thorough=False` (for a fresh backup copy) runs `quick_check` alone, which reads
    every page in use, and SQLCipher checks each page's HMAC as it is read: only free
    pages and index-to-table agreement go unchecked.
    """
    checks: list[Check] = []
    audit_rows = 0
    if thorough:
        checks.append(Check(f"{name}: cipher_integrity_check", _cipher_check(connection)))
    checks.append(Check(f"{name}: integrity_check",
                        _integrity_check(connection, thorough=thorough)))
    if name == FILES_DB:
        version = files_db.schema_version(connection)
        checks.append(Check("files.db: schema", () if version == files_db.SCHEMA_VERSION else (
            Bilingual(es=f"Versión de esquema {version} desconocida.",
                      en=f"Unknown schema version {version}."),)))
        return checks, 0
    try:
        with translate_errors(name):
            revision = migrate.current_revision(connection)
            head = migrate.head_revision()
            checks.append(Check("vault.db: schema", () if revision == head else (Bilingual(
                es=f"El esquema está en {revision}, se esperaba {head}.",
                en=f"The schema is at {revision}, expected {head}."),)))
            report = audit.verify_chain(connection)
        audit_rows = report.rows
        checks.append(Check("audit chain", () if report.problem is None else (report.problem,)))
    except VaultCorrupt as error:  # a damaged page under the chain stops the walk
        checks.append(Check("audit chain", (error.message,)))
    return checks, audit_rows


def _cipher_check(connection: Connection) -> tuple[Bilingual, ...]:
    # One row per page whose HMAC fails; no rows when every page is authentic.
    rows = connection.exec_driver_sql("PRAGMA cipher_integrity_check").fetchall()
    return tuple(Bilingual(es=f"Página dañada o alterada: {row[0]}",
                           en=f"Damaged or altered page: {row[0]}") for row in rows)


def _integrity_check(connection: Connection, *, thorough: bool = True) -> tuple[Bilingual, ...]:
    pragma = "integrity_check" if thorough else "quick_check"
    try:
        rows = connection.exec_driver_sql(f"PRAGMA {pragma}(20)").fetchall()
    except Exception as error:  # a damaged page stops the check itself
        return (Bilingual(es=f"La comprobación no pudo terminar: {error}",
                          en=f"The check could not finish: {error}"),)
    if [tuple(row) for row in rows] == [("ok",)]:
        return ()
    return tuple(Bilingual(es=str(row[0]), en=str(row[0])) for row in rows)


def probe(vault: OpenVault) -> None:
    """The quick look at unlock (CLI and GUI, off the GUI thread): `quick_check` of
    vault.db reads every page in use, so SQLCipher checks each page's HMAC, and a damaged
    page is found now, not by a later list that happens to skip it. files.db is left to
    `verify` and to each attachment's own read (its size would slow every unlock).
    Raises VaultCorrupt, which sends the person to a backup."""
    with vault.engine(VAULT_DB).connect() as connection:
        problems = _integrity_check(connection, thorough=False)
    if problems:
        raise VaultCorrupt(VAULT_DB, Bilingual(
            es="Hay páginas dañadas (la comprobación al abrir las encontró).",
            en="Some pages are damaged (the check at unlock found them)."))
