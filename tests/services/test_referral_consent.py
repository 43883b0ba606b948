"""Referral consent per service type and receiving organisation: a caseworker records that
she agrees to legal advice at the legal clinic, and only that referral goes through."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases, followup, referrals
from shelter_desk.store import migrate
from shelter_desk.store.schema import consent

ROSA = PersonDetails(given_names="Rosa Elvira", family_names="Tzul Pérez", nationality="GT",
                     birth_date=date(1991, 4, 12))
CLINIC = "Clínica jurídica"


@pytest.fixture
def her(created):
    return cases.open_case(created.vault, ROSA).value.principal_person_id


def test_consent_for_legal_advice_at_one_clinic_allows_only_that(created, her):
    vault = created.vault
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True,
                            service_type=ServiceType.LEGAL, organisation=CLINIC)

    legal = referrals.refer(vault, her, CLINIC, "Asesoría", service_type=ServiceType.LEGAL)
    assert legal.value.service_type is ServiceType.LEGAL

    with pytest.raises(NotAllowed) as psychosocial:
        referrals.refer(vault, her, CLINIC, "Escucha", service_type=ServiceType.PSYCHOSOCIAL)
    assert "atención psicosocial" in psychosocial.value.message.es
    assert "psychosocial care" in psychosocial.value.message.en
    with pytest.raises(NotAllowed) as elsewhere:
        referrals.refer(vault, her, "Casa de la mujer", "Asesoría",
                        service_type=ServiceType.LEGAL)
    assert "Casa de la mujer" in elsewhere.value.message.es
    # a referral of no stated type needs a consent for every type
    with pytest.raises(NotAllowed):
        referrals.refer(vault, her, CLINIC, "Asesoría")


def test_withdrawing_for_a_type_stops_sending_even_after_a_general_yes(created, her):
    vault = created.vault
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True)
    proposed = referrals.refer(vault, her, CLINIC, "Asesoría",
                               service_type=ServiceType.LEGAL).value
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, False,
                            service_type=ServiceType.LEGAL)
    with pytest.raises(NotAllowed):
        referrals.set_referral_status(vault, proposed.id, ReferralStatus.SENT)
    # other types still go under her general yes
    referrals.refer(vault, her, CLINIC, "Salud", service_type=ServiceType.HEALTH)


def test_a_general_yes_is_not_enough_to_send_her_file(created, her):
    vault = created.vault
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True)
    with vault.read() as connection:
        assert followup.referral_consent(connection, her, ServiceType.LEGAL, CLINIC)
        assert not followup.referral_consent(connection, her, ServiceType.LEGAL, CLINIC,
                                             named=True)
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True,
                            service_type=ServiceType.LEGAL, organisation=" clínica  JURÍDICA")
    with vault.read() as connection:
        assert followup.referral_consent(connection, her, ServiceType.LEGAL, CLINIC,
                                         named=True)


def test_only_referral_consent_has_a_type(created, her):
    with pytest.raises(InvalidInput) as refused:
        followup.record_consent(created.vault, her, ConsentPurpose.PHOTOS, True,
                                service_type=ServiceType.LEGAL)
    assert refused.value.message.en


def test_consents_recorded_before_0012_keep_meaning_every_type_and_organisation(created, her):
    vault = created.vault
    followup.record_consent(vault, her, ConsentPurpose.REFERRAL, True)
    with vault.write() as connection:
        migrate.downgrade(connection, "0009")
    with vault.write() as connection:
        migrate.upgrade(connection)
        row = connection.execute(select(consent.c.service_type, consent.c.organisation,
                                        consent.c.given)).one()
    assert tuple(row) == (None, None, True)
    referrals.refer(vault, her, "Casa de la mujer", "Refugio", service_type=ServiceType.SHELTER)
