"""Sending a case, or part of it, to another organisation of the network.

The caseworker ticks what goes; the preview is read back from the very payload bytes that
are then sealed, so what she is shown is what leaves. Her consent for this referral's
service type naming the receiving organisation is checked when the preview is built and
again when it is sealed. Every package is in the audit chain (what, to whom, when, on
what consent); withdrawing her consent revokes packages not yet acknowledged.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from shelter_desk.domain.consents import ConsentPurpose, same_organisation
from shelter_desk.domain.errors import InvalidInput, NotAllowed
from shelter_desk.domain.followup import NEXT_STATUSES, ReferralStatus
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.handoff import package as pkg
from shelter_desk.handoff.acknowledgement import NOT_AN_ACK, AckStatus, read_ack
from shelter_desk.handoff.errors import refused
from shelter_desk.handoff.sealing import key_fingerprint, seal, unseal
from shelter_desk.services import attachments as attachment_service
from shelter_desk.services.cases import open_case_file
from shelter_desk.services.common import permitted
from shelter_desk.services.followup import referral_consent
from shelter_desk.services.handoff_keys import keys_in_force, own_keys, signing_secret
from shelter_desk.services.handoff_record import details_json, record_bytes
from shelter_desk.services.referrals import no_consent
from shelter_desk.store import audit, case_repo, handoff_store
from shelter_desk.store.clock import now_utc
from shelter_desk.store.handoff_schema import handoff_sent
from shelter_desk.store.network_repo import steps
from shelter_desk.store.schema import consent
from shelter_desk.store.vault import OpenVault


@dataclass(frozen=True)
class Selection:
    """What the package carries besides her person record (always there)."""

    household: tuple[int, ...] = ()  # person ids of the members she names
    documents: bool = False  # document statuses, hers and the chosen members'
    attempts: bool = False  # procedures, barriers and what was done
    notes: tuple[int, ...] = ()  # note ids
    attachments: tuple[int, ...] = ()  # attachment ids
    valid_days: int = 14


@dataclass(frozen=True)
class PreviewItem:
    kind: str  # person, household, document, attempt, note, attachment
    text: str
    size: int = 0


@dataclass(frozen=True)
class Preview:
    referral_id: int
    person_id: int
    recipient_id: str
    recipient_name: str
    payload: bytes  # exactly what is sealed
    items: tuple[PreviewItem, ...] = field(default=())
    consent_id: int | None = None

    @property
    def package_id(self) -> str:
        return pkg.open_payload(self.payload).package_id


def build_preview(vault: OpenVault, referral_id: int, selection: Selection) -> Preview:
    permitted(vault, Action.REFERRALS, entity_type="referral", entity_id=referral_id)
    with vault.read() as connection:
        referral = case_repo.referrals.require(connection, referral_id)
        consent_id = _consent_in_force(connection, referral)
        recipient = keys_in_force(*_recipient_pin(connection, referral.organisation))
    case_file = open_case_file(vault, referral.case_id)
    her = next(m for m in (case_file.principal, *case_file.household)
               if m.person.id == referral.person_id)
    members = [m for m in case_file.household if m.person.id in selection.household
               and m.person.id != her.person.id]
    if len(members) != len(set(selection.household) - {her.person.id}):
        raise InvalidInput("household", Bilingual(
            es="Una de las personas elegidas no es de este expediente.",
            en="One of the people chosen is not in this case file."))
    people = [her, *members]
    record: dict[str, Any] = {
        "case": {"code": case_file.case.code, "opened_on": case_file.case.opened_on.isoformat()},
        "person": details_json(her.person.details),
        "household": [{"relationship": m.person.relationship.value
                       if m.person.relationship else "other", "details": details_json(
                           m.person.details)} for m in members]}
    if selection.documents:
        record["documents"] = [{"whose": i, "details": details_json(d.details)}
                               for i, m in enumerate(people) for d in m.documents]
    if selection.attempts:
        record["attempts"] = [
            {"whose": next(i for i, m in enumerate(people) if m.person.id == a.person_id),
             # Row ids of this vault mean nothing to the receiver.
             "details": {k: v for k, v in details_json(a.details).items()
                         if k not in ("person_id", "document_id")},
             "resolution": a.resolution}
            for a in case_file.attempts if a.person_id in {m.person.id for m in people}]
    chosen_notes = [n for n in case_file.notes if n.id in selection.notes]
    if len(chosen_notes) != len(set(selection.notes)):
        raise InvalidInput("notes", Bilingual(es="Una de las notas elegidas no es de este "
                                                 "expediente.",
                                              en="One of the notes chosen is not in this "
                                                 "case file."))
    record["notes"] = [{"kind": n.kind.value, "body": n.body,
                        "written_at": n.written_at.isoformat()} for n in chosen_notes]
    parts = [pkg.Part(pkg.RECORD_PART, record_bytes(record))]
    for number, attachment_id in enumerate(selection.attachments, start=1):
        found, content = attachment_service.content_of(vault, attachment_id)
        if found.case_id != referral.case_id:
            raise InvalidInput("attachments", Bilingual(
                es="Uno de los adjuntos elegidos no es de este expediente.",
                en="One of the attachments chosen is not in this case file."))
        parts.append(pkg.Part(f"attachments/{number}", content, found.file_name,
                              found.media_type))
    own = own_keys(vault)
    now = datetime.fromisoformat(now_utc())
    addressing = pkg.Addressing(
        package_id=str(uuid.uuid4()), sender_id=own.organisation_id, sender_name=own.name,
        recipient_id=recipient.organisation_id, recipient_name=recipient.name,
        recipient_key_fingerprints=tuple(key_fingerprint(k) for k in recipient.age_keys),
        created_at=now.isoformat(),
        expires_at=(now + timedelta(days=max(1, min(selection.valid_days, 30)))).isoformat(),
        consent={"purpose": ConsentPurpose.REFERRAL.value,
                 "service_type": referral.service_type.value if referral.service_type else "",
                 "organisation": referral.organisation, "consent_id": consent_id})
    with vault.read() as connection:
        payload = pkg.build_payload(addressing, parts, signing_secret(connection))
    return Preview(referral_id, referral.person_id, recipient.organisation_id, recipient.name,
                   payload, preview_items(pkg.open_payload(payload)), consent_id)


def preview_items(package: pkg.Package) -> tuple[PreviewItem, ...]:
    """What a package holds, read from the package itself (sender's and receiver's view)."""
    record = package.record()
    person = record.get("person", {})
    items = [PreviewItem("person", " ".join(p for p in (person.get("given_names"),
                                                         person.get("family_names")) if p))]
    items += [PreviewItem("household", " ".join(p for p in (
        m["details"].get("given_names"), m["details"].get("family_names")) if p))
        for m in record.get("household", [])]
    items += [PreviewItem("document", f"{d['details']['type_key']}: {d['details']['status']}")
              for d in record.get("documents", [])]
    items += [PreviewItem("attempt", f"{a['details']['right_key']}: {a['details']['outcome']}")
              for a in record.get("attempts", [])]
    items += [PreviewItem("note", n["body"]) for n in record.get("notes", [])]
    items += [PreviewItem("attachment", p.filename, len(p.data))
              for name, p in sorted(package.parts.items()) if name != pkg.RECORD_PART]
    return tuple(items)


def send(vault: OpenVault, preview: Preview) -> handoff_store.SentPackage:
    """Seal the previewed bytes to the recipient's pinned keys; into the outbox."""
    user = permitted(vault, Action.REFERRALS, entity_type="referral",
                     entity_id=preview.referral_id)
    opened = pkg.open_payload(preview.payload)
    with vault.write() as connection:
        referral = case_repo.referrals.require(connection, preview.referral_id)
        consent_id = _consent_in_force(connection, referral)
        recipient = keys_in_force(*_recipient_pin(connection, referral.organisation))
        if recipient.organisation_id != preview.recipient_id or \
                opened.manifest["recipient"]["key_fingerprints"] != [
                    key_fingerprint(k) for k in recipient.age_keys]:
            raise NotAllowed(Bilingual(
                es="Las claves de la organización cambiaron desde la vista previa: vuelve a "
                   "prepararla.",
                en="The organisation's keys changed since the preview: prepare it again."))
        sealed = seal(preview.payload, list(recipient.age_keys))
        contents = {"items": [[i.kind, i.size] for i in preview.items]}
        handoff_store.add_sent(
            connection, package_id=opened.package_id, referral_id=referral.id,
            person_id=referral.person_id, recipient_id=recipient.organisation_id,
            recipient_name=recipient.name, contents=contents, consent_id=consent_id,
            sealed=sealed, state="outbox", reason="", created_at=opened.manifest["created_at"],
            expires_at=opened.manifest["expires_at"])
        kinds = ", ".join(f"{kind}×{n}" for kind, n in _count(preview.items).items())
        audit.record(connection, actor_id=user.id, action="handoff.sealed",
                     entity_type="person", entity_id=referral.person_id,
                     summary=f"{opened.package_id} to {recipient.organisation_id} "
                             f"({kinds}) on consent {consent_id}")
        stored = handoff_store.sent(connection, opened.package_id)
    assert stored is not None
    return stored


def export_package(vault: OpenVault, package_id: str, path: Path) -> handoff_store.SentPackage:
    """The file carrier: the sealed bytes as they are, to a USB stick or a message."""
    user = permitted(vault, Action.REFERRALS, entity_type="handoff", entity_id=package_id)
    with vault.read() as connection:
        stored = _deliverable(connection, package_id)
    Path(path).write_bytes(stored.sealed or b"")
    with vault.write() as connection:
        if stored.state == "outbox":
            handoff_store.set_sent_state(connection, package_id, "sent")
        audit.record(connection, actor_id=user.id, action="handoff.exported",
                     entity_type="person", entity_id=stored.person_id,
                     summary=f"{package_id} as a file")
        again = handoff_store.sent(connection, package_id)
    assert again is not None
    return again


def sent_packages(vault: OpenVault,
                  person_id: int | None = None) -> list[handoff_store.SentPackage]:
    permitted(vault, Action.REFERRALS)
    with vault.read() as connection:
        criteria = [handoff_sent.c.person_id == person_id] if person_id is not None else []
        return handoff_store.sent_where(connection, *criteria)


def _deliverable(connection, package_id: str) -> handoff_store.SentPackage:  # type: ignore[no-untyped-def]
    stored = handoff_store.sent(connection, package_id)
    if stored is None or stored.sealed is None:
        raise NotAllowed(Bilingual(
            es="Ese paquete ya no se puede enviar (fue revocado o ya se confirmó).",
            en="That package can no longer be sent (it was revoked or already confirmed)."))
    return stored


def _consent_in_force(connection, referral) -> int:  # type: ignore[no-untyped-def]
    """The consent record the package goes under; refused without one naming them."""
    if not referral_consent(connection, referral.person_id, referral.service_type,
                            referral.organisation, named=True):
        raise NotAllowed(no_consent(referral.service_type, referral.organisation))
    rows = connection.execute(select(consent.c.id, consent.c.organisation).where(
        consent.c.person_id == referral.person_id,
        consent.c.purpose == ConsentPurpose.REFERRAL.value,
        consent.c.given.is_(True), consent.c.organisation.is_not(None))
        .order_by(consent.c.id.desc())).all()
    return next(r.id for r in rows if same_organisation(r.organisation, referral.organisation))


def _recipient_pin(connection, organisation: str):  # type: ignore[no-untyped-def]
    for stored in handoff_store.pins(connection):
        if same_organisation(stored.name, organisation) or stored.organisation_id == organisation:
            return stored, stored.organisation_id
    return None, organisation


def _count(items: tuple[PreviewItem, ...]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    return counts


def take_acknowledgement(vault: OpenVault, sealed: bytes) -> handoff_store.SentPackage:
    """The receiver's signed answer: the package's state, and her referral's step."""
    user = permitted(vault, Action.REFERRALS, entity_type="handoff")
    with vault.read() as connection:
        secrets = handoff_store.age_secrets(connection)
    data = unseal(sealed, secrets)
    try:
        claimed = json.loads(base64.b64decode(json.loads(data)["ack"]))["package_id"]
    except (ValueError, KeyError, TypeError) as error:
        raise refused(*NOT_AN_ACK) from error
    with vault.write() as connection:
        stored = handoff_store.sent(connection, str(claimed))
        if stored is None:
            raise refused("Ese acuse de recibo es de un paquete que no salió de aquí.",
                          "That acknowledgement is for a package that was not sent from here.")
        receiver = keys_in_force(handoff_store.pin(connection, stored.recipient_id),
                                 stored.recipient_id)
        ack = read_ack(data, receiver.signing_key)
        if ack.sender_id != stored.recipient_id or stored.state == "revoked":
            raise refused(*NOT_AN_ACK)
        handoff_store.set_sent_state(connection, stored.package_id, ack.status.value,
                                     reason=ack.reason,
                                     drop_sealed=ack.status is not AckStatus.RECEIVED)
        referral = case_repo.referrals.require(connection, stored.referral_id)
        step = _REFERRAL_STEP.get(ack.status)
        if step is not None and step in NEXT_STATUSES[referral.status]:
            day = datetime.fromisoformat(ack.at).date()
            case_repo.referrals.update(connection, referral.id, status=step.value)
            steps.insert(connection, referral_id=referral.id, status=step.value,
                         on_date=max(day, referral.referred_on), recorded_by=user.id)
        audit.record(connection, actor_id=user.id, action=f"handoff.{ack.status.value}",
                     entity_type="person", entity_id=stored.person_id,
                     summary=f"{stored.package_id} by {stored.recipient_id} on {ack.at}")
        again = handoff_store.sent(connection, stored.package_id)
    assert again is not None
    return again


_REFERRAL_STEP = {AckStatus.RECEIVED: ReferralStatus.SENT,
                  AckStatus.ACCEPTED: ReferralStatus.ACCEPTED,
                  AckStatus.DECLINED: ReferralStatus.DECLINED}
