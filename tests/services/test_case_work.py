"""Roles, referrals step by step, the network directory and the case history, through
the services on a real encrypted vault with a coordinator, a caseworker and a volunteer."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, insert, select

from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.followup import NoteKind, ReferralStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.reports.period import parse_period
from shelter_desk.services import (
    barriers,
    cases,
    documents,
    followup,
    history,
    people,
    referrals,
    staff,
    statistics,
)
from shelter_desk.store import audit, search_index
from shelter_desk.store.case_queries import CaseFilter
from shelter_desk.store.schema import (
    identity_document,
    note,
    organisation_directory,
    procedure_attempt,
    referral,
    task,
)
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, PASSPHRASE

TODAY = date.today()
ROSA = PersonDetails(given_names="Rosa Elvira", family_names="Tzul Pérez", nationality="GT",
                     birth_date=date(1991, 4, 12))


@pytest.fixture
def team(created, vault_dir):
    """A case file, then the same vault as each of the three roles."""
    case = cases.open_case(created.vault, ROSA).value
    staff.add_staff(created.vault, "Ana", Role.CASEWORKER, "frase de ana")
    staff.add_staff(created.vault, "Lucía", Role.VOLUNTEER, "frase de lucía")
    created.vault.lock()
    return case, vault_dir


def _as(vault_dir, name):
    return unlock(vault_dir, user=name, passphrase=f"frase de {name.lower()}")


def _count(vault, table) -> int:
    with vault.read() as connection:
        return connection.execute(select(func.count()).select_from(table)).scalar_one()


def _last_action(vault) -> str:
    with vault.read() as connection:
        return list(audit.events(connection))[-1].action


def test_a_volunteer_takes_intakes_and_listens_but_no_more(team, tmp_path):
    case, vault_dir = team
    her = case.principal_person_id
    with _as(vault_dir, "Lucía") as lucia:
        # Allowed: an intake, a consent, a listening-session note
        cases.open_case(lucia, PersonDetails(given_names="Keila", family_names="Mejía",
                                             nationality="HN"))
        followup.record_consent(lucia, her, ConsentPurpose.CARE, True)
        followup.add_note(lucia, case.id, NoteKind.LISTENING, "Primera escucha")
        # Denied, each with a clear message, an audit row, and nothing else written
        denied = {
            "document": (identity_document, lambda: documents.record_document(
                lucia, her, DocumentDetails("pasaporte", DocumentStatus.ORIGINAL))),
            "attempt": (procedure_attempt, lambda: barriers.record_attempt(lucia, AttemptDetails(
                person_id=her, right_key="beca", institution_type_key="escuela_publica",
                institution_name="Primaria", attempted_on=TODAY, outcome=Outcome.REFUSED))),
            "advice note": (note, lambda: followup.add_note(
                lucia, case.id, NoteKind.LEGAL_ADVICE, "Asesoría")),
            "confidential": (note, lambda: followup.add_note(
                lucia, case.id, NoteKind.LISTENING, "Relato", confidential=True)),
            "task": (task, lambda: followup.add_task(lucia, case.id, "Llamar", TODAY)),
            "referral": (referral, lambda: referrals.refer(lucia, her, "Clínica", "Asesoría")),
            "directory": (organisation_directory, lambda: referrals.save_organisation(
                lucia, "Clínica", ("Asesoría",))),
        }
        for what, (table, attempt) in denied.items():
            before, rows = _count(lucia, table), _count(lucia, audit.audit_event)
            with pytest.raises(NotAllowed) as refused:
                attempt()
            assert "voluntaria" in refused.value.message.es, what
            assert _count(lucia, table) == before, what
            assert _count(lucia, audit.audit_event) == rows + 1, what
            assert _last_action(lucia) == "access.denied", what
        for attempt in (lambda: statistics.export_report(lucia, parse_period("2026"), "csv",
                                                         tmp_path / "r.csv"),
                        lambda: staff.add_staff(lucia, "Otra", Role.VOLUNTEER, "frase larga"),
                        lambda: people.block_person(lucia, her),
                        lambda: cases.close_case(lucia, case.id)):
            with pytest.raises(NotAllowed):
                attempt()
            assert _last_action(lucia) == "access.denied"
        assert not (tmp_path / "r.csv").exists()


def test_a_caseworker_cannot_export_manage_users_block_or_read_others_secrets(team, tmp_path):
    case, vault_dir = team
    with _as(vault_dir, "Ana") as ana:
        mine = followup.add_note(ana, case.id, NoteKind.LISTENING, "Lo que me contó",
                                 confidential=True).value
        assert followup.read_note(ana, mine.id).body == "Lo que me contó"
        for attempt in (lambda: statistics.export_report(ana, parse_period("2026"), "csv",
                                                         tmp_path / "r.csv"),
                        lambda: staff.add_staff(ana, "Otra", Role.VOLUNTEER, "frase larga"),
                        lambda: people.block_person(ana, case.principal_person_id)):
            with pytest.raises(NotAllowed):
                attempt()
            assert _last_action(ana) == "access.denied"
    with _as(vault_dir, "Lucía") as lucia:
        # A volunteer opening someone else's confidential note: refused and audited
        with pytest.raises(NotAllowed):
            followup.read_note(lucia, mine.id)
        assert _last_action(lucia) == "access.denied"
        assert cases.open_case_file(lucia, case.id).notes == ()


def test_a_referral_needs_her_consent_and_goes_step_by_step(team):
    case, vault_dir = team
    her = case.principal_person_id
    with _as(vault_dir, "Ana") as ana:
        with pytest.raises(NotAllowed) as refused:
            referrals.refer(ana, her, "Clínica jurídica", "Asesoría")
        assert "consentimiento" in refused.value.message.es
        assert _count(ana, referral) == 0

        followup.record_consent(ana, her, ConsentPurpose.REFERRAL, True)
        proposed = referrals.refer(ana, her, "Clínica jurídica", "Asesoría",
                                   referred_on=TODAY - timedelta(days=3)).value
        with pytest.raises(InvalidInput):  # accepted before it was sent
            referrals.set_referral_status(ana, proposed.id, ReferralStatus.ACCEPTED)
        referrals.set_referral_status(ana, proposed.id, ReferralStatus.SENT,
                                      on_date=TODAY - timedelta(days=2))
        # She withdraws consent: it takes effect at once, the referral cannot be accepted
        followup.record_consent(ana, her, ConsentPurpose.REFERRAL, False)
        with pytest.raises(NotAllowed):
            referrals.set_referral_status(ana, proposed.id, ReferralStatus.ACCEPTED)
        declined = referrals.set_referral_status(ana, proposed.id, ReferralStatus.DECLINED)
        assert declined.value.status is ReferralStatus.DECLINED
        steps = referrals.referral_steps(ana, proposed.id)
        assert [(s.status, s.on_date) for s in steps] == [
            (ReferralStatus.PROPOSED, TODAY - timedelta(days=3)),
            (ReferralStatus.SENT, TODAY - timedelta(days=2)),
            (ReferralStatus.DECLINED, TODAY)]


def test_the_directory_is_kept_by_caseworkers(team):
    _case, vault_dir = team
    with _as(vault_dir, "Ana") as ana:
        with pytest.raises(InvalidInput) as no_services:
            referrals.save_organisation(ana, "Casa de la Mujer", ("  ",))
        assert no_services.value.field == "services"
        with pytest.raises(InvalidInput):
            referrals.save_organisation(ana, "   ", ("Refugio",))
        saved = referrals.save_organisation(ana, "Casa de la Mujer", ("Refugio", "Refugio",
                                                                      "Psicología")).value
        referrals.save_organisation(ana, "Clínica Jurídica", ("Asesoría legal",))
        assert saved.services == ("Refugio", "Psicología")
        referrals.save_organisation(ana, "Casa de la Mujer", saved.services,
                                    organisation_id=saved.id, active=False)
        assert [o.name for o in referrals.list_directory(ana)] == ["Clínica Jurídica"]
        assert len(referrals.list_directory(ana, active_only=False)) == 2


def test_the_history_says_who_changed_what(team):
    case, vault_dir = team
    with _as(vault_dir, "Ana") as ana:
        card = documents.record_document(ana, case.principal_person_id, DocumentDetails(
            "tvrh", DocumentStatus.ORIGINAL, issued_on=TODAY - timedelta(days=30),
            expires_on=TODAY + timedelta(days=300))).value
        documents.update_document(ana, card.id, DocumentDetails(
            "tvrh", DocumentStatus.ORIGINAL, issued_on=TODAY - timedelta(days=30),
            expires_on=TODAY + timedelta(days=330)))
        entries = history.case_history(ana, case.id)
    newest = entries[0]
    assert newest.actor == "Ana"
    assert newest.text.es == ("cambió la fecha de vencimiento de Tarjeta de Visitante por "
                              "Razones Humanitarias de Rosa Elvira Tzul Pérez")
    assert newest.text.en.startswith("changed the expiry date of ")
    assert [e.text.es for e in entries[-1:]] == ["abrió el expediente"]
    # The audit row behind it holds field names, not the dates or her name
    with unlock(vault_dir, user="Ana", passphrase="frase de ana") as ana, ana.read() as c:
        summary = list(audit.events(c, entity_type="document"))[-1].summary
    assert "expires_on" in summary and "Rosa" not in summary and str(TODAY.year) not in summary


def test_nothing_about_a_blocked_woman_leaves_or_shows(team):
    case, vault_dir = team
    her = case.principal_person_id
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as coordinator:
        followup.record_consent(coordinator, her, ConsentPurpose.REFERRAL, True)
        proposed = referrals.refer(coordinator, her, "Clínica jurídica", "Asesoría").value
        note_id = followup.add_note(coordinator, case.id, NoteKind.CALL, "Llamada").value.id
        people.block_person(coordinator, her)  # ARCO cancellation, first step
        with pytest.raises(NotAllowed) as refused:
            referrals.refer(coordinator, her, "Casa de la mujer", "Refugio")
        assert "ARCO" in refused.value.message.es
        with pytest.raises(NotAllowed):
            referrals.set_referral_status(coordinator, proposed.id, ReferralStatus.SENT)
        with pytest.raises(NotFound):
            history.case_history(coordinator, case.id)
        with pytest.raises(NotFound):
            followup.read_note(coordinator, note_id)
        assert _count(coordinator, referral) == 1


def test_a_confidential_word_finds_the_case_only_for_its_author_and_coordinators(team):
    case, vault_dir = team
    with _as(vault_dir, "Ana") as ana:
        followup.add_note(ana, case.id, NoteKind.LISTENING, "Menciona amenazas del expareja",
                          confidential=True)
        assert [r.case_id for r in cases.search_cases(ana, "expareja").rows] == [case.id]
    with _as(vault_dir, "Lucía") as lucia:
        assert cases.search_cases(lucia, "expareja").rows == ()
        assert cases.count_cases(lucia, CaseFilter(text="amenazas")) == 0
    # A confidential note whose author is unknown (older or imported data): coordinators only
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as coordinator:
        with coordinator.write() as connection, search_index.kept_in_step(connection, case.id):
            connection.execute(insert(note).values(
                case_id=case.id, kind="call", body="Secreto sin autora", confidential=True,
                author_id=None, written_at="2026-01-01T00:00:00+00:00"))
        assert [r.case_id for r in cases.search_cases(coordinator, "autora").rows] == [case.id]
    with _as(vault_dir, "Ana") as ana:
        assert cases.search_cases(ana, "autora").rows == ()
