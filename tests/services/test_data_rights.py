"""ARCO rights through the services on a real encrypted vault: deletion that leaves no
readable trace (checked by decrypting every page), the access export, opposition to
statistics, and the retention list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.reports.period import parse_period
from shelter_desk.services import cases, data_rights, followup, people, staff, statistics
from shelter_desk.store import audit, case_repo, erasure, settings_repo
from shelter_desk.store.integrity import verify
from shelter_desk.store.schema import case_file, person
from shelter_desk.store.vault import BACKUPS, FILES_DB, VAULT_DB, unlock
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.store.decrypt_pages import plaintext_of, raw_key
from tests.store.marked_people import add_marked_woman


def _everything_readable(vault_dir: Path) -> bytes:
    """Every file under the vault folder as someone holding the keys could read it: the
    databases (and their WAL) decrypted page by page, free pages included; others raw."""
    keys = {name: raw_key(vault_dir, COORDINATOR, PASSPHRASE, name)
            for name in (VAULT_DB, FILES_DB)}
    found = []
    for path in sorted(vault_dir.rglob("*")):
        if not path.is_file() or path.name.endswith(("-wal", "-shm")):
            continue
        if path.suffix == ".db":
            key = keys[FILES_DB] if path.name == FILES_DB else keys[VAULT_DB]
            found.append(plaintext_of(path, key))
        else:
            found.append(path.read_bytes())
    return b"\n".join(found).lower()


def _missing(words, plain: bytes) -> list[str]:
    return [word for word in words if word.encode() not in plain]


def test_deleting_a_blocked_woman_leaves_no_trace_in_any_file(created, vault_dir, tmp_path):
    # GIVEN two women with marked records (one with a daughter), and an upgrade copy
    vault = created.vault
    leaving = add_marked_woman(vault, tmp_path, "da")
    daughter = add_marked_woman(vault, tmp_path, "db", household_of=leaving.case_id)
    staying = add_marked_woman(vault, tmp_path, "dc")
    (vault_dir / BACKUPS).mkdir()
    vault.copy_database(VAULT_DB, vault_dir / BACKUPS / "vault-schema-0004-20260101T0000.db")
    with vault.write() as connection:  # planner statistics, whose STAT4 samples are keys
        connection.exec_driver_sql("ANALYZE")
    gone_words = leaving.markers + daughter.markers
    # the page decryptor sees them all before: the test can see what it looks for
    before = _everything_readable(vault_dir)
    assert _missing(gone_words + staying.markers, before) == []
    # WHEN a coordinator blocks her and, later, deletes her for good
    people.block_person(vault, leaving.person_id)
    deleted = data_rights.delete_person(vault, leaving.person_id).value
    # THEN her whole case file went, with her daughter, their scans and the upgrade copy
    assert (deleted.people, deleted.attachments, deleted.whole_case) == (2, 2, True)
    assert deleted.upgrade_copies_removed == 1
    # ...no marker of theirs is left in any page of any file, WAL included...
    after = _everything_readable(vault_dir)
    assert [word for word in gone_words if word.encode() in after] == []
    # ...while the other woman is all still there, and the vault verifies
    assert _missing(staying.markers, after) == []
    assert verify(vault).passed
    with vault.read() as connection:
        assert connection.execute(select(func.count()).select_from(case_file).where(
            case_file.c.id == leaving.case_id)).scalar_one() == 0
        tombstone = list(audit.events(connection))[-1]
    # AND the audit keeps a tombstone with her id and no personal data
    assert (tombstone.action, tombstone.entity_id) == ("person.deleted", str(leaving.person_id))
    assert "vmark" not in tombstone.summary
    # AND after locking and unlocking, still nothing
    vault.lock()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as reopened:
        assert verify(reopened).passed
    after = _everything_readable(vault_dir)
    assert [word for word in gone_words if word.encode() in after] == []


def test_deleting_a_relative_keeps_the_case_file(created, vault_dir, tmp_path):
    vault = created.vault
    mother = add_marked_woman(vault, tmp_path, "ea")
    daughter = add_marked_woman(vault, tmp_path, "eb", household_of=mother.case_id)
    people.block_person(vault, daughter.person_id)
    deleted = data_rights.delete_person(vault, daughter.person_id).value
    assert (deleted.people, deleted.attachments, deleted.whole_case) == (1, 1, False)
    after = _everything_readable(vault_dir)
    assert [word for word in daughter.markers if word.encode() in after] == []
    assert _missing(mother.markers, after) == []
    assert verify(vault).passed


def test_only_a_blocked_person_is_deleted_and_only_by_a_coordinator(created, vault_dir,
                                                                      tmp_path):
    vault = created.vault
    woman = add_marked_woman(vault, tmp_path, "fa")
    with pytest.raises(InvalidInput) as raised:
        data_rights.delete_person(vault, woman.person_id)
    assert "bloquea" in raised.value.message.es and "Block" in raised.value.message.en
    people.block_person(vault, woman.person_id)
    staff.add_staff(vault, "Ana", Role.CASEWORKER, "frase de ana")
    vault.lock()
    with unlock(vault_dir, user="Ana", passphrase="frase de ana") as ana:
        with pytest.raises(NotAllowed):
            data_rights.delete_person(ana, woman.person_id)
        with pytest.raises(NotAllowed):
            data_rights.access_export(ana, woman.person_id)
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as coordinator, \
            coordinator.read() as connection:
        assert connection.execute(select(func.count()).select_from(person)).scalar_one() == 1


def test_her_access_export_holds_her_record_and_its_corrections(created, tmp_path):
    # GIVEN her record, with her phone corrected later
    vault = created.vault
    woman = add_marked_woman(vault, tmp_path, "ga")
    with vault.read() as connection:
        details = case_repo.people.require(connection, woman.person_id).details
    people.update_person(vault, woman.person_id,
                         PersonDetails(**{**details.__dict__, "phone": "555 0101"}))
    # WHEN a coordinator exports everything held about her
    exported = data_rights.access_export(vault, data_rights.find_person_by_case(
        vault, _code(vault, woman.case_id)))
    # THEN it has her profile, documents, barriers, the notes she may see, consents,
    # the list of attachments, the audit of her record and the correction
    assert exported["person"]["given_names"] == woman.markers[0].capitalize()
    assert exported["person"]["phone"] == "555 0101"
    assert exported["documents"][0]["number"] == woman.markers[5].upper()
    assert exported["procedures_and_barriers"][0]["institution_name"] == woman.markers[7]
    assert [n["body"] for n in exported["notes"]] == [f"Asesoría {woman.markers[9]}"]
    assert exported["confidential_notes_not_included"] == 1
    assert exported["consents"] == [{"purpose": "statistics", "given": True,
                                     "recorded_on": date.today().isoformat()}]
    assert exported["attachments"][0]["file_name"] == "escaneo-ga.pdf"
    assert [c["fields"] for c in exported["corrections"]] == [["phone"]]
    assert {"case.opened", "document.added", "attempt.recorded", "attachment.added",
            "person.updated"} <= {event["action"] for event in exported["audit"]}
    # AND the export itself is audited
    with vault.read() as connection:
        assert list(audit.events(connection))[-1].action == "person.access_exported"


def _code(vault, case_id: int) -> str:
    with vault.read() as connection:
        return connection.execute(select(case_file.c.code).where(
            case_file.c.id == case_id)).scalar_one()


def test_withdrawing_the_statistics_consent_removes_her_from_every_aggregate(created,
                                                                             tmp_path):
    # GIVEN two women counted in this year's statistics
    vault = created.vault
    woman = add_marked_woman(vault, tmp_path, "ha")
    add_marked_woman(vault, tmp_path, "hb")
    period = parse_period(str(date.today().year))
    report = statistics.report_for(vault, period)
    assert report.figures.people_attended == 2
    # WHEN one of them opposes the use of her data for statistics
    followup.record_consent(vault, woman.person_id, ConsentPurpose.STATISTICS, False)
    # THEN she is in no table from then on: people, documents, barriers
    after = statistics.report_for(vault, period)
    assert after.figures.people_attended == 1
    for name, table in after.tables.items():
        before_total = sum(row.count for row in report.tables[name].rows)
        after_total = sum(row.count for row in table.rows)
        assert after_total <= before_total, name
    assert sum(row.count for row in after.tables["documents"].rows) == 1
    assert sum(row.count for row in after.tables["barriers"].rows) == 1


def test_closed_cases_past_the_retention_period_are_listed(created, tmp_path):
    vault = created.vault
    old = cases.open_case(vault, PersonDetails(given_names="Uno", nationality="HN"),
                          opened_on=date(2015, 1, 1)).value
    cases.close_case(vault, old.id, closed_on=date(2018, 6, 30))
    recent = cases.open_case(vault, PersonDetails(given_names="Dos", nationality="HN"),
                             opened_on=date(2024, 1, 1)).value
    cases.close_case(vault, recent.id, closed_on=date(2025, 1, 15))
    cases.open_case(vault, PersonDetails(given_names="Tres", nationality="HN"))
    assert data_rights.retention_years(vault) == 5
    due = data_rights.due_for_deletion(vault, on=date(2026, 11, 30))
    assert [(d.code, d.due_on, d.blocked) for d in due] == [
        (old.code, date(2023, 6, 30), False)]
    data_rights.set_retention_years(vault, 1)
    assert [d.code for d in data_rights.due_for_deletion(vault, on=date(2026, 11, 30))] == [
        old.code, recent.code]
    with pytest.raises(InvalidInput):
        data_rights.set_retention_years(vault, 0)


def test_a_deletion_whose_scrub_failed_is_finished_at_the_next_unlock(created, vault_dir,
                                                                      tmp_path, monkeypatch):
    # GIVEN a blocked woman, and a scrub that fails (a reader held the WAL, a full disk)
    vault = created.vault
    leaving = add_marked_woman(vault, tmp_path, "fa")
    staying = add_marked_woman(vault, tmp_path, "fb")
    people.block_person(vault, leaving.person_id)

    def failing(_vault):
        raise erasure.ScrubIncomplete(VAULT_DB)

    with monkeypatch.context() as patched:
        patched.setattr(erasure, "scrub", failing)
        # WHEN she is deleted, the scrub fails and the message says what happens next
        with pytest.raises(erasure.ScrubIncomplete) as raised:
            data_rights.delete_person(vault, leaving.person_id)
    assert "unlock" in raised.value.message.en
    # THEN her rows are gone, and the vault remembers that the scrub is pending
    with vault.read() as connection:
        assert settings_repo.get(connection, settings_repo.SCRUB_PENDING) == "1"
    vault.lock()
    # WHEN the vault is unlocked again (as the GUI and the CLI do it)
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as reopened:
        assert data_rights.finish_pending_erasure(reopened) is True
        with reopened.read() as connection:
            assert settings_repo.get(connection, settings_repo.SCRUB_PENDING) is None
        assert data_rights.finish_pending_erasure(reopened) is False
    # THEN no marker of hers is left in any page of any file; the other woman stays
    after = _everything_readable(vault_dir)
    assert [word for word in leaving.markers if word.encode() in after] == []
    assert _missing(staying.markers, after) == []


def test_the_index_traces_go_in_the_same_transaction_as_her_rows(created, vault_dir,
                                                                 tmp_path, monkeypatch):
    # GIVEN a blocked woman, and a scrub that never runs
    vault = created.vault
    leaving = add_marked_woman(vault, tmp_path, "ga")
    people.block_person(vault, leaving.person_id)
    monkeypatch.setattr(erasure, "scrub", lambda _vault: 0)
    # WHEN she is deleted
    data_rights.delete_person(vault, leaving.person_id)
    vault.lock()
    # THEN her words are not left in the full-text index's old segments
    after = _everything_readable(vault_dir)
    assert [word for word in leaving.markers if word.encode() in after] == []


def test_a_deleted_womans_history_never_shows_under_the_next_womans_reused_id(created):
    from shelter_desk.services import history

    vault = created.vault
    # GIVEN Bertha's case, edited and then blocked and deleted at her request
    cases.open_case(vault, PersonDetails("Amalia", family_names="Uno", nationality="HN"))
    bertha = cases.open_case(vault, PersonDetails("Bertha", family_names="Dos",
                                                  nationality="GT")).value
    people.update_person(vault, bertha.principal_person_id,
                         PersonDetails("Bertha", family_names="Tres", nationality="GT"))
    people.block_person(vault, bertha.principal_person_id)
    data_rights.delete_person(vault, bertha.principal_person_id)
    # WHEN the next woman arrives and SQLite gives her case Bertha's freed ids
    carla = cases.open_case(vault, PersonDetails("Carla", family_names="Cuatro",
                                                 nationality="SV")).value
    assert (carla.id, carla.principal_person_id) == (bertha.id, bertha.principal_person_id)
    # THEN neither her history nor her access export carries Bertha's events
    sentences = " ".join(entry.text.es for entry in history.case_history(vault, carla.id))
    assert "bloque" not in sentences.lower() and "Tres" not in sentences
    actions = [event["action"] for event in data_rights.access_export(
        vault, carla.principal_person_id)["audit"]]
    assert "person.blocked" not in actions and "person.deleted" not in actions
    assert "case.opened" in actions


def test_the_deletion_reaches_the_vault_a_restore_kept_aside(created, vault_dir, tmp_path):
    import shutil

    vault = created.vault
    leaving = add_marked_woman(vault, tmp_path, "ka")
    # what a restore leaves: the vault as it was, whole, beside this one
    aside = vault_dir.with_name(f"{vault_dir.name}.before-restore-20261201-101010")
    shutil.copytree(vault_dir, aside)
    assert data_rights.copies_kept_aside(vault) == [aside.name]
    people.block_person(vault, leaving.person_id)
    deleted = data_rights.delete_person(vault, leaving.person_id).value
    assert deleted.upgrade_copies_removed >= 1
    assert not aside.exists() and data_rights.copies_kept_aside(vault) == []
    assert verify(vault).passed


def test_the_deletion_reaches_the_staging_a_killed_backup_left(created, vault_dir, tmp_path):
    vault = created.vault
    leaving = add_marked_woman(vault, tmp_path, "kb")
    # what a backup killed half-way leaves inside the vault: full copies of both files
    left = vault_dir / ".backup-killed"
    left.mkdir()
    for name in ("vault.db", "files.db", "keys.json"):
        (left / name).write_bytes((vault_dir / name).read_bytes())
    people.block_person(vault, leaving.person_id)
    data_rights.delete_person(vault, leaving.person_id)
    assert not left.exists()
