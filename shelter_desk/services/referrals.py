"""Referrals to the organisations of the network, step by step, and their directory."""

from __future__ import annotations

from datetime import date

from shelter_desk.domain.consents import ServiceType
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.followup import (
    NEXT_STATUSES,
    NetworkOrganisation,
    Referral,
    ReferralStatus,
    ReferralStep,
)
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.validation import check_length, check_not_future, check_text
from shelter_desk.services.common import Change, Result, acting_user, permitted, today
from shelter_desk.services.followup import referral_consent
from shelter_desk.store import audit, case_repo
from shelter_desk.store.clock import now_utc
from shelter_desk.store.network_repo import directory, steps
from shelter_desk.store.schema import organisation_directory, referral_step
from shelter_desk.store.vault import OpenVault


def no_consent(service_type: ServiceType | None, organisation: str) -> Bilingual:
    """The refusal names what is missing: her consent for this type, to this organisation."""
    es_type, en_type = SERVICE_TYPE_WORDS.get(service_type, ("este servicio", "this service"))
    return Bilingual(
        es=f"No hay consentimiento vigente para canalizar a esta persona a {es_type} en "
           f"«{organisation}»: regístralo primero en la pestaña Consentimientos.",
        en=f"There is no consent in force to refer this person to {en_type} at "
           f"“{organisation}”: record it first in the Consents tab.")


# The words of the refusals (the GUI has its own translated labels).
SERVICE_TYPE_WORDS: dict[ServiceType | None, tuple[str, str]] = {
    ServiceType.LEGAL: ("asesoría jurídica", "legal advice"),
    ServiceType.PSYCHOSOCIAL: ("atención psicosocial", "psychosocial care"),
    ServiceType.HEALTH: ("atención de salud", "health care"),
    ServiceType.SHELTER: ("albergue o refugio", "shelter"),
    ServiceType.PROTECTION: ("protección", "protection"),
    ServiceType.SECURITY: ("seguridad", "security"),
}

def _not_blocked(connection, person_id: int) -> int:  # type: ignore[no-untyped-def]
    """Her case id; refused if she, or the woman whose case it is, asked for her data to be
    cancelled (ARCO): nothing about a blocked person may leave the shelter."""
    case_id = case_repo.people.require(connection, person_id).case_id
    if case_repo.hidden_by_blocking(connection, case_id, person_id):
        raise NotAllowed(Bilingual(
            es="Esta persona está bloqueada por una solicitud de cancelación (ARCO): no se "
               "puede canalizar.",
            en="This person is blocked by a cancellation request (ARCO): she cannot be "
               "referred."))
    return case_id


def refer(vault: OpenVault, person_id: int, organisation: str, service: str, *,
          referred_on: date | None = None,
          service_type: ServiceType | None = None) -> Result[Referral]:
    """Propose a referral; refused without her consent for referral to this type of
    service at this organisation (a referral of no stated type needs a consent for every
    type)."""
    user = permitted(vault, Action.REFERRALS, entity_type="person", entity_id=person_id)
    organisation = check_text("organisation", organisation)
    service = check_text("service", service)
    check_length("organisation", organisation)
    check_length("service", service)
    check_not_future("referred_on", referred_on, today())
    on = referred_on or today()
    with vault.write() as connection:
        case_id = _not_blocked(connection, person_id)
        if not referral_consent(connection, person_id, service_type, organisation):
            raise NotAllowed(no_consent(service_type, organisation))
        referral_id = case_repo.referrals.insert(
            connection, case_id=case_id, person_id=person_id, organisation=organisation,
            service=service, status=ReferralStatus.PROPOSED.value, referred_on=on,
            service_type=service_type.value if service_type else None)
        steps.insert(connection, referral_id=referral_id, status=ReferralStatus.PROPOSED.value,
                     on_date=on, recorded_by=user.id)
        audit.record(connection, actor_id=user.id, action="referral.proposed",
                     entity_type="referral", entity_id=referral_id)
        added = case_repo.referrals.require(connection, referral_id)
    return Result(added, (Change("referral", referral_id, "created", case_id),))


def set_referral_status(vault: OpenVault, referral_id: int, status: ReferralStatus, *,
                        on_date: date | None = None) -> Result[Referral]:
    user = permitted(vault, Action.REFERRALS, entity_type="referral", entity_id=referral_id)
    check_not_future("on_date", on_date, today())
    on = on_date or today()
    with vault.write() as connection:
        existing = case_repo.referrals.require(connection, referral_id)
        _not_blocked(connection, existing.person_id)
        if status not in NEXT_STATUSES[existing.status]:
            raise InvalidInput("status", Bilingual(
                es="Ese paso no sigue al estado actual de la canalización.",
                en="That step does not follow the referral's current status."))
        if on < existing.referred_on:
            raise InvalidInput("on_date", Bilingual(
                es="La fecha no puede ser anterior a la propuesta de canalización.",
                en="The date cannot be before the referral was proposed."))
        # Her data leaves with a referral that is sent or accepted: her consent must still
        # be in force then, not only when it was proposed.
        if status in (ReferralStatus.SENT, ReferralStatus.ACCEPTED) and not referral_consent(
                connection, existing.person_id, existing.service_type, existing.organisation):
            raise NotAllowed(no_consent(existing.service_type, existing.organisation))
        case_repo.referrals.update(connection, referral_id, status=status.value)
        steps.insert(connection, referral_id=referral_id, status=status.value, on_date=on,
                     recorded_by=user.id)
        audit.record(connection, actor_id=user.id, action="referral.status",
                     entity_type="referral", entity_id=referral_id, summary=status.value)
        changed = case_repo.referrals.require(connection, referral_id)
    return Result(changed, (Change("referral", referral_id, status.value, existing.case_id),))


def referral_steps(vault: OpenVault, referral_id: int) -> list[ReferralStep]:
    acting_user(vault)
    with vault.read() as connection:
        return steps.where(connection, referral_step.c.referral_id == referral_id,
                           order_by=referral_step.c.id)


def list_directory(vault: OpenVault, *, active_only: bool = True) -> list[NetworkOrganisation]:
    acting_user(vault)
    with vault.read() as connection:
        criteria = [organisation_directory.c.active.is_(True)] if active_only else []
        return directory.where(connection, *criteria, order_by=organisation_directory.c.name)


def save_organisation(vault: OpenVault, name: str, services: tuple[str, ...], contact: str = "",
                      *, organisation_id: int | None = None,
                      active: bool = True) -> Result[NetworkOrganisation]:
    """Add an organisation to the directory, or correct one (by id)."""
    user = permitted(vault, Action.DIRECTORY)
    name = check_text("name", name)
    check_length("name", name)
    cleaned = tuple(dict.fromkeys(" ".join(s.split()) for s in services if s.strip()))
    if not cleaned:
        raise InvalidInput("services", Bilingual(
            es="Escribe al menos un servicio que ofrece.",
            en="Enter at least one service it offers."))
    for service in cleaned:
        check_length("services", service)
    check_length("contact", contact)
    values = {"name": name, "services": list(cleaned), "contact": contact.strip(),
              "active": active, "updated_at": now_utc()}
    with vault.write() as connection:
        if organisation_id is None:
            organisation_id = directory.insert(connection, **values)
            action = "directory.added"
        else:
            directory.require(connection, organisation_id)
            directory.update(connection, organisation_id, **values)
            action = "directory.updated"
        audit.record(connection, actor_id=user.id, action=action,
                     entity_type="organisation_directory", entity_id=organisation_id)
        saved = directory.require(connection, organisation_id)
    return Result(saved, (Change("organisation_directory", organisation_id, action),))
