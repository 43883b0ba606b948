"""A case's history, told from its audit rows: 'Ana cambió la fecha de vencimiento de
Tarjeta de Visitante por Razones Humanitarias de Rosa'.

The audit log holds actions, ids and field names, never personal data; the sentence
puts the names back from the current records, for someone allowed to see the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.common import acting_user, not_found
from shelter_desk.store import case_repo, erasure
from shelter_desk.store.clock import parse
from shelter_desk.store.schema import (
    attachment,
    audit_event,
    identity_document,
    note,
    person,
    procedure_attempt,
    referral,
    staff_user,
    task,
)
from shelter_desk.store.vault import OpenVault

_FIELDS = {
    "given_names": ("los nombres", "the given names"),
    "family_names": ("los apellidos", "the family names"),
    "aliases": ("los otros nombres", "the aliases"),
    "birth_date": ("la fecha de nacimiento", "the birth date"),
    "nationality": ("la nacionalidad", "the nationality"),
    "languages": ("los idiomas", "the languages"),
    "migration_status": ("la situación migratoria", "the migration status"),
    "phone": ("el teléfono", "the phone"),
    "school_status": ("la escolaridad", "the schooling"),
    "status": ("el estado", "the status"),
    "number": ("el número", "the number"),
    "issuer": ("quién lo expidió", "the issuer"),
    "issued_on": ("la fecha de expedición", "the issue date"),
    "expires_on": ("la fecha de vencimiento", "the expiry date"),
    "apostilled": ("la apostilla", "the apostille"),
    "translated": ("la traducción", "the translation"),
    "outcome": ("el resultado", "the outcome"),
    "reason_keys": ("los motivos de la negativa", "the reasons for the refusal"),
    "document_id": ("el documento del que se trata", "the document it was about"),
    "reason_given": ("lo que le dijeron", "what she was told"),
    "action_taken": ("la acción tomada", "the action taken"),
    "follow_up_on": ("la fecha de seguimiento", "the follow-up date"),
}

# action -> (Spanish, English); {thing} is what the row is about, {fields} what changed.
_SENTENCES = {
    "case.opened": ("abrió el expediente", "opened the case file"),
    "case.updated": ("cambió los datos del expediente", "changed the case details"),
    "case.closed": ("cerró el expediente", "closed the case file"),
    "case.open": ("reabrió el expediente", "reopened the case file"),
    "case.on_hold": ("puso el expediente en espera", "put the case file on hold"),
    "case.viewed": ("consultó el expediente", "viewed the case file"),
    "person.added": ("agregó a {thing} al hogar", "added {thing} to the household"),
    "person.updated": ("cambió {fields} de {thing}", "changed {fields} of {thing}"),
    "person.blocked": ("bloqueó a {thing} (derechos ARCO)", "blocked {thing} (ARCO rights)"),
    "person.deleted": ("eliminó definitivamente a una persona (derechos ARCO)",
                       "deleted a person for good (ARCO rights)"),
    "person.access_exported": ("exportó los datos de {thing} (derecho de acceso)",
                               "exported {thing}'s data (right of access)"),
    "person.unblocked": ("desbloqueó a {thing}", "unblocked {thing}"),
    "consent.given": ("registró un consentimiento de {thing}",
                      "recorded a consent given by {thing}"),
    "consent.withdrawn": ("registró que {thing} retiró un consentimiento",
                          "recorded that {thing} withdrew a consent"),
    "document.added": ("registró {thing}", "recorded {thing}"),
    "document.updated": ("cambió {fields} de {thing}", "changed {fields} of {thing}"),
    "attempt.recorded": ("registró un trámite: {thing}", "recorded an attempt: {thing}"),
    "attempt.updated": ("cambió {fields} del trámite {thing}",
                        "changed {fields} of the attempt {thing}"),
    "attempt.resolved": ("resolvió la barrera del trámite {thing}",
                         "resolved the barrier of the attempt {thing}"),
    "note.added": ("escribió una nota", "wrote a note"),
    "task.added": ("creó la tarea «{thing}»", "created the task “{thing}”"),
    "task.done": ("completó la tarea «{thing}»", "completed the task “{thing}”"),
    "referral.proposed": ("propuso una canalización a {thing}", "proposed a referral to {thing}"),
    "referral.status": ("cambió el estado de la canalización a {thing}",
                        "changed the status of the referral to {thing}"),
    "attachment.added": ("agregó un archivo adjunto", "added an attachment"),
    "attachment.viewed": ("abrió un archivo adjunto", "opened an attachment"),
    "attachment.exported": ("guardó una copia descifrada de un archivo adjunto",
                            "saved a decrypted copy of an attachment"),
    "attachment.removed": ("quitó un archivo adjunto", "removed an attachment"),
    "access.denied": ("intentó algo que su rol no permite", "tried something her role denies"),
}


_REFERRAL_STATUS = {"proposed": ("propuesta", "proposed"), "sent": ("enviada", "sent"),
                    "accepted": ("aceptada", "accepted"), "completed": ("completada", "completed"),
                    "declined": ("rechazada", "declined")}


@dataclass(frozen=True)
class HistoryEntry:
    occurred_at: datetime
    actor: str
    text: Bilingual  # without the actor: 'cambió la fecha de vencimiento de ...'


def case_history(vault: OpenVault, case_id: int, *,
                 catalog: Catalog | None = None) -> list[HistoryEntry]:
    """Newest first: who did what to this case file and everything in it."""
    acting_user(vault)
    catalog = catalog or default_catalog()
    with vault.read() as connection:
        found = case_repo.cases.require(connection, case_id)
        people = {p.id: p for p in case_repo.people.where(connection, person.c.case_id == case_id)}
        principal = people.get(found.principal_person_id or 0)
        if principal is None or principal.blocked_at is not None:  # hidden everywhere (ARCO)
            raise not_found("el expediente", "The case file")
        things: dict[tuple[str, str], Bilingual] = {}
        for member in people.values():
            name = member.name if member.blocked_at is None else "una persona"
            things[("person", str(member.id))] = Bilingual(name, name if member.blocked_at
                                                           is None else "a person")
        owners = {pid: things[("person", str(pid))] for pid in people}
        for document in case_repo.documents.where(connection,
                                                  identity_document.c.case_id == case_id):
            kind = catalog.document_types[document.details.type_key].name
            owner = owners[document.person_id]
            things[("document", str(document.id))] = Bilingual(
                f"{kind.es} de {owner.es}", f"{kind.en} of {owner.en}")
        for attempt in case_repo.attempts.where(connection,
                                                procedure_attempt.c.case_id == case_id):
            right = catalog.rights[attempt.details.right_key].name
            things[("attempt", str(attempt.id))] = Bilingual(right.es, right.en)
        for row in case_repo.tasks.where(connection, task.c.case_id == case_id):
            things[("task", str(row.id))] = Bilingual(row.title, row.title)
        for row in case_repo.referrals.where(connection, referral.c.case_id == case_id):
            things[("referral", str(row.id))] = Bilingual(row.organisation, row.organisation)
        ids = {kind: [entity_id for k, entity_id in things if k == kind]
               for kind in ("person", "document", "attempt", "task", "referral")}
        ids["case"] = [str(case_id)]
        ids["note"] = [str(i) for i in connection.execute(
            select(note.c.id).where(note.c.case_id == case_id)).scalars()]
        ids["attachment"] = [str(i) for i in connection.execute(
            select(attachment.c.id).where(attachment.c.case_id == case_id)).scalars()]
        rows = connection.execute(
            select(audit_event.c.occurred_at, audit_event.c.action, audit_event.c.entity_type,
                   audit_event.c.entity_id, audit_event.c.summary, staff_user.c.name)
            .outerjoin(staff_user, staff_user.c.id == audit_event.c.actor_id)
            .where(or_(*[and_(audit_event.c.entity_type == kind,
                              audit_event.c.entity_id.in_(values))
                         for kind, values in ids.items() if values]),
                   erasure.not_retired(audit_event))
            .order_by(audit_event.c.id.desc())).all()
    return [_entry(row, things) for row in rows]


def _entry(row, things: dict[tuple[str, str], Bilingual]) -> HistoryEntry:  # type: ignore[no-untyped-def]
    occurred_at, action, entity_type, entity_id, summary, actor = row
    es, en = _SENTENCES.get(action, (action, action))
    thing = things.get((entity_type, entity_id), Bilingual("", ""))
    if action == "referral.status":
        status_es, status_en = _REFERRAL_STATUS.get(summary, (summary, summary))
        thing = Bilingual(f"{thing.es}: {status_es}", f"{thing.en}: {status_en}")
    changed = [name for name in summary.partition("changed: ")[2].split(",") if name]
    fields_es = ", ".join(_FIELDS.get(name, (name, name))[0] for name in changed) or "datos"
    fields_en = ", ".join(_FIELDS.get(name, (name, name))[1] for name in changed) or "details"
    text = Bilingual(es.format(thing=thing.es, fields=fields_es),
                     en.format(thing=thing.en, fields=fields_en))
    return HistoryEntry(parse(occurred_at), actor or "—", text)
