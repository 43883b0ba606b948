"""Migration 0016: a refusal recorded with one reason keeps it as the only entry of its
list of reasons; the team's change log follows; and the vault goes down and up again."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect, text

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import barriers, cases
from shelter_desk.store import migrate


def _refusal(person_id: int, reasons: tuple[str, ...], outcome=Outcome.REFUSED):
    return AttemptDetails(person_id=person_id, right_key="curp", institution_type_key="renapo",
                          institution_name="Módulo CURP Sintético", attempted_on=date.today(),
                          outcome=outcome, reason_keys=reasons,
                          reason_given="Que regrese con INE")


def test_old_single_reason_refusals_survive_the_upgrade(created):
    vault = created.vault
    # GIVEN a vault at 0014 (one reason per refusal) with a refused and a granted attempt
    case = cases.open_case(vault, PersonDetails(given_names="Iris",
                                                family_names="Sintética")).value
    her = case.principal_person_id
    refused = barriers.record_attempt(vault, _refusal(her, ("pidio_ine",))).value
    granted = barriers.record_attempt(vault, _refusal(her, (), Outcome.GRANTED)).value
    with vault.write() as connection:
        migrate.downgrade(connection, "0014")
        columns = {c["name"] for c in inspect(connection).get_columns("procedure_attempt")}
        assert "reason_key" in columns and "reason_keys" not in columns
        old = dict(connection.execute(text(
            "SELECT id, reason_key FROM procedure_attempt")).all())
        # a laptop of the team logged the old field
        connection.execute(text(
            "INSERT INTO team_change(device, seq, stamp, table_name, record, field, value, "
            "supersedes) VALUES ('peer', 1, 's', 'procedure_attempt', 'g1', 'reason_key', "
            "'\"pidio_curp\"', '[]')"))
    assert old == {refused.id: "pidio_ine", granted.id: None}

    # WHEN it is upgraded
    with vault.write() as connection:
        migrate.upgrade(connection)
        logged = connection.execute(text(
            "SELECT field, value FROM team_change WHERE device = 'peer'")).one()
        triggers = {name for (name,) in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}

    # THEN the single reason is the list's only entry, the words said are kept, and
    # nothing names a document (none was named then)
    attempts = {a.id: a.details for a in cases.open_case_file(vault, case.id).attempts}
    assert attempts[refused.id].reason_keys == ("pidio_ine",)
    assert attempts[refused.id].reason_given == "Que regrese con INE"
    assert attempts[granted.id].reason_keys == ()
    assert {d.document_id for d in attempts.values()} == {None}
    assert tuple(logged) == ("reason_keys", '["pidio_curp"]')
    assert {"team_procedure_attempt_insert", "team_procedure_attempt_update"} <= triggers
    # AND a write after the upgrade is captured for the team, the new field included
    barriers.update_attempt(vault, refused.id, _refusal(her, ("pidio_ine", "por_ser_extranjera")))
    with vault.read() as connection:
        dirty = {field for (field,) in connection.execute(text(
            "SELECT field FROM team_dirty WHERE table_name = 'procedure_attempt'"))}
    assert "reason_keys" in dirty and "reason_key" not in dirty
