"""Two organisations, each with its own real encrypted vault, that have exchanged keys by
file; a woman at the shelter who consents to legal advice at the clinic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.followup import NoteKind
from shelter_desk.domain.people import PersonDetails, Relationship
from shelter_desk.services import (
    attachments,
    cases,
    documents,
    followup,
    handoff_keys,
    network_outbox,
    network_reports,
    people,
    referrals,
)
from shelter_desk.services.network_reports import NetworkPolicy
from shelter_desk.store.vault import OpenVault, create_vault
from tests.conftest import COORDINATOR, FAST_KDF, PASSPHRASE
from tests.hub import conftest as hub_fixtures
from tests.hub.members import add_organisation
from tests.services.test_attachments import pdf_with

# The real hub's fixtures (uvicorn on loopback, SQLite and PostgreSQL), for handoff_via_hub.
hub_db_url, hub_engine, live_hub = (hub_fixtures.hub_db_url, hub_fixtures.hub_engine,
                                    hub_fixtures.live_hub)
MARKER = "Qwertzuiop"  # her synthetic family name: it must never show outside a vault
CLINIC = "Clínica Jurídica Sintética"


@dataclass
class Handoff:
    shelter: OpenVault
    clinic: OpenVault
    her: int
    son: int
    referral_id: int
    note_id: int
    attachment_id: int
    tmp: Path


def _vault(path: Path, name: str, network_id: str) -> OpenVault:
    vault = create_vault(path, organisation_name=name, user=COORDINATOR,
                         passphrase=PASSPHRASE, params=FAST_KDF).vault
    network_reports.set_network_policy(vault, NetworkPolicy(), network_id)
    return vault


@pytest.fixture
def handoff(tmp_path: Path):
    shelter = _vault(tmp_path / "albergue", "Albergue Sintético", "albergue-sintetico")
    clinic = _vault(tmp_path / "clinica", CLINIC, "clinica-sintetica")
    yield setup(shelter, clinic, tmp_path)
    shelter.lock()
    clinic.lock()


@pytest.fixture
def handoff_via_hub(live_hub, tmp_path: Path):
    """The same two organisations, members of a real hub (uvicorn on loopback)."""
    hub = live_hub
    shelter = _vault(tmp_path / "albergue", "Albergue Sintético", "albergue-sintetico")
    clinic = _vault(tmp_path / "clinica", CLINIC, "clinica-sintetica")
    for vault in (shelter, clinic):
        _id, token = add_organisation(hub.engine, vault.organisation_name())
        network_outbox.join(vault, hub.url, token)
    yield setup(shelter, clinic, tmp_path), hub
    shelter.lock()
    clinic.lock()


def setup(shelter: OpenVault, clinic: OpenVault, tmp_path: Path) -> Handoff:
    """Keys exchanged by file; Rosa's case, her son, a passport, a note, a scan; her consent
    to legal advice at the clinic and the referral."""
    handoff_keys.export_key_file(shelter, tmp_path / "albergue.sdkeys")
    handoff_keys.export_key_file(clinic, tmp_path / "clinica.sdkeys")
    handoff_keys.import_key_file(shelter, tmp_path / "clinica.sdkeys")
    handoff_keys.import_key_file(clinic, tmp_path / "albergue.sdkeys")

    case = cases.open_case(shelter, PersonDetails(
        given_names="Rosa Elvira", family_names=MARKER, nationality="GT",
        birth_date=date(1991, 4, 12))).value
    her = case.principal_person_id
    son = people.add_household_member(shelter, case.id, PersonDetails(
        given_names="Josué", family_names=MARKER, nationality="GT",
        birth_date=date(2016, 2, 1)), Relationship.CHILD).value.id
    documents.record_document(shelter, her, DocumentDetails("pasaporte",
                                                            DocumentStatus.ORIGINAL))
    note = followup.add_note(shelter, case.id, NoteKind.LEGAL_ADVICE,
                             f"Asesoría sobre su trámite, {MARKER}.").value
    scan = tmp_path / "pasaporte.pdf"
    scan.write_bytes(pdf_with(MARKER.encode()))
    attachment = attachments.add_attachment(shelter, scan, case_id=case.id).value
    scan.unlink()
    referrals.save_organisation(shelter, CLINIC, ("Asesoría",))
    followup.record_consent(shelter, her, ConsentPurpose.REFERRAL, True,
                            service_type=ServiceType.LEGAL, organisation=CLINIC)
    referral = referrals.refer(shelter, her, CLINIC, "Asesoría",
                               service_type=ServiceType.LEGAL).value
    return Handoff(shelter, clinic, her, son, referral.id, note.id, attachment.id, tmp_path)
