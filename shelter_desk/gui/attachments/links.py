"""What a new attachment can be linked to in a case file, and the names the table shows
for the same links: the whole file, a person, one of her documents or consents, or an
attempt to exercise a right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.dates import short_date
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.services.cases import CaseFile

LinkNames = dict[tuple[str, int], str]  # ("document", 42) -> "Pasaporte · Rosa ..."


@dataclass(frozen=True)
class Link:
    """What a new file is attached to; all None: the case file as a whole."""

    person_id: int | None = None
    document_id: int | None = None
    attempt_id: int | None = None
    consent_id: int | None = None


# Spelled out at each call so lupdate finds them; the tab's context, where they were.
translate = QCoreApplication.translate


def link_choices(case_file: CaseFile) -> tuple[LinkNames, list[tuple[str, Link]]]:
    """The names of every link, and the choices of 'attach to' in the order shown."""
    language = current_language()
    catalog = default_catalog()
    names: LinkNames = {}
    choices: list[tuple[str, Link]] = [(translate("AttachmentsTab", "Todo el expediente"), Link())]
    for member in (case_file.principal, *case_file.household):
        person = member.person
        names["person", person.id] = person.name
        choices.append((person.name, Link(person_id=person.id)))
        for document in member.documents:
            kind = catalog.document_types.get(document.details.type_key)
            title = kind.name.in_language(language) if kind else document.details.type_key
            names["document", document.id] = f"{title} · {person.name}"
            text = translate("AttachmentsTab", "Documento: %1")
            choices.append((text.replace("%1", names["document", document.id]),
                            Link(document_id=document.id)))
        for consent in member.consents:
            purpose = labels.consent_purpose(consent.purpose)
            names["consent", consent.id] = f"{purpose} · {person.name}"
            text = translate("AttachmentsTab", "Consentimiento: %1")
            choices.append((text.replace("%1", names["consent", consent.id]),
                            Link(consent_id=consent.id)))
    for attempt in case_file.attempts:
        right = catalog.rights.get(attempt.details.right_key)
        title = right.name.in_language(language) if right else attempt.details.right_key
        day = short_date(attempt.details.attempted_on)
        names["attempt", attempt.id] = f"{title} · {day}"
        text = translate("AttachmentsTab", "Trámite: %1")
        choices.append((text.replace("%1", names["attempt", attempt.id]),
                        Link(attempt_id=attempt.id)))
    return names, choices
