"""A package's contents in the caseworker's words: what each line is, and the catalogue's
names instead of its keys (the services hand over kinds and keys)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale

from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.barriers import Outcome
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.gui.common import labels
from shelter_desk.gui.common.i18n import current_language
from shelter_desk.services.handoff_send import PreviewItem


def describe_items(items: Iterable[PreviewItem]) -> str:
    translate = QCoreApplication.translate
    kinds = {"person": translate("HandoffPreview", "Persona"),
             "household": translate("HandoffPreview", "Familiar"),
             "document": translate("HandoffPreview", "Documento"),
             "attempt": translate("HandoffPreview", "Trámite"),
             "note": translate("HandoffPreview", "Nota"),
             "attachment": translate("HandoffPreview", "Adjunto")}
    return "\n".join(f"{kinds.get(item.kind, item.kind)}: {_words(item)}" for item in items)


def _words(item: PreviewItem) -> str:
    catalog, language = default_catalog(), current_language()
    key, _sep, value = item.text.partition(": ")
    try:
        if item.kind == "document":
            return f"{catalog.document_types[key].name.in_language(language)}: " \
                   f"{labels.document_status(DocumentStatus(value))}"
        if item.kind == "attempt":
            return f"{catalog.rights[key].name.in_language(language)}: " \
                   f"{labels.outcome(Outcome(value))}"
    except (KeyError, ValueError):  # a key this catalogue does not have: shown as sent
        return item.text
    if item.kind == "attachment":
        return f"{item.text} ({QLocale().formattedDataSize(item.size)})"
    return item.text
