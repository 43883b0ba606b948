"""Her access export (ARCO) as a PDF she can read: the same content as the JSON file,
laid out as headed tables, in Spanish or English. Drawn by QTextDocument into a
QPdfWriter in memory; needs a QGuiApplication (the CLI makes an offscreen one)."""

from __future__ import annotations

import html
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from shelter_desk.domain.messages import Bilingual
from shelter_desk.gui.data_rights.access_values import describe_value

_W = {
    "title": Bilingual("Tus datos personales en {org}", "Your personal data held by {org}"),
    "intro": Bilingual(
        "Derecho de acceso (LFPDPPP). Este documento contiene todo lo que {org} guarda sobre "
        "ti en Shelter Desk el {day}. Puedes pedir que se corrija, que se cancele (bloqueo y "
        "después eliminación) o oponerte a que se use en estadísticas.",
        "Right of access (LFPDPPP). This document holds everything {org} keeps about you in "
        "Shelter Desk on {day}. You may ask for it to be corrected, cancelled (blocked, then "
        "deleted), or object to its use in statistics."),
    "case": Bilingual("Expediente", "Case file"),
    "person": Bilingual("Datos de la persona", "Personal details"),
    "documents": Bilingual("Documentos", "Documents"),
    "procedures_and_barriers": Bilingual("Trámites y barreras", "Procedures and barriers"),
    "notes": Bilingual("Notas", "Notes"),
    "confidential": Bilingual("Notas confidenciales del equipo no incluidas: {n}",
                              "Confidential staff notes not included: {n}"),
    "consents": Bilingual("Consentimientos", "Consents"),
    "handoffs": Bilingual("Expedientes enviados a otras organizaciones",
                          "Case files sent to other organisations"),
    "attachments": Bilingual("Archivos adjuntos (lista)", "Attachments (list)"),
    "corrections": Bilingual("Correcciones (rectificación)", "Corrections (rectification)"),
    "audit": Bilingual("Registro de quién hizo qué con tu expediente",
                       "Record of what was done with your file"),
    "none": Bilingual("Nada registrado.", "Nothing recorded."),
}


def render_access_pdf(exported: dict[str, Any], language: str) -> bytes:
    """The export as PDF bytes; the caller has created a QGuiApplication."""
    document = QTextDocument()
    font = QFont()
    font.setPointSize(10)
    document.setDefaultFont(font)
    document.setHtml(access_html(exported, language))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.Letter),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(_word("case", language) + " " + str(exported["case"]["code"]))
    writer.setCreator("Shelter Desk")
    document.print_(writer)
    buffer.close()
    return bytes(data.data())


def access_html(exported: dict[str, Any], language: str) -> str:
    org = html.escape(str(exported["organisation"]))
    parts = [f"<h1>{_word('title', language).format(org=org)}</h1>",
             f"<p>{_word('intro', language).format(org=org, day=exported['generated_at'][:10])}"
             "</p>",
             f"<h2>{_word('case', language)}</h2>",
             _pairs("case", exported["case"], language),
             f"<h2>{_word('person', language)}</h2>",
             _pairs("person", exported["person"], language)]
    for key in ("documents", "procedures_and_barriers", "notes", "consents", "handoffs",
                "attachments", "corrections", "audit"):
        if key not in exported:  # an export made before that section existed
            continue
        parts.append(f"<h2>{_word(key, language)}</h2>")
        if key in _STACKED and exported[key]:
            parts.extend(_pairs(key, item, language) + "<p></p>" for item in exported[key])
        else:
            parts.append(_rows(key, exported[key], language))
        if key == "notes" and exported["confidential_notes_not_included"]:
            parts.append("<p><i>" + _word("confidential", language).format(
                n=exported["confidential_notes_not_included"]) + "</i></p>")
    return "".join(parts)


# Her words for the fields; a key not listed here is shown as it is in the JSON file.
_LABELS = {
    "code": Bilingual("Número de expediente", "Case number"),
    "opened_on": Bilingual("Abierto el", "Opened on"),
    "closed_on": Bilingual("Cerrado el", "Closed on"),
    "status": Bilingual("Estado", "Status"),
    "case_types": Bilingual("Tipos de caso", "Case types"),
    "is_principal": Bilingual("Titular del expediente", "Holder of the case file"),
    "summary": Bilingual("Resumen", "Summary"),
    "relationship": Bilingual("Parentesco", "Relationship"),
    "blocked_at": Bilingual("Bloqueada (cancelación) el", "Blocked (cancellation) on"),
    "given_names": Bilingual("Nombre(s)", "Given names"),
    "family_names": Bilingual("Apellidos", "Family names"),
    "aliases": Bilingual("Otros nombres", "Other names"),
    "birth_date": Bilingual("Fecha de nacimiento", "Birth date"),
    "birth_date_estimated": Bilingual("Fecha estimada", "Estimated date"),
    "sex": Bilingual("Sexo", "Sex"),
    "gender_identity": Bilingual("Identidad de género", "Gender identity"),
    "nationality": Bilingual("Nacionalidad", "Nationality"),
    "languages": Bilingual("Idiomas", "Languages"),
    "indigenous": Bilingual("Se identifica como indígena", "Identifies as indigenous"),
    "place_of_origin": Bilingual("Lugar de origen", "Place of origin"),
    "arrived_mexico_on": Bilingual("Llegó a México el", "Arrived in Mexico on"),
    "arrived_shelter_on": Bilingual("Llegó al albergue el", "Arrived at the shelter on"),
    "migration_status": Bilingual("Situación migratoria", "Migration status"),
    "phone": Bilingual("Teléfono", "Phone"),
    "school_status": Bilingual("Escolaridad", "Schooling"),
    "school_grade": Bilingual("Grado escolar", "School grade"),
    "type_key": Bilingual("Tipo", "Type"),
    "number": Bilingual("Número", "Number"),
    "issuer": Bilingual("Emitido por", "Issued by"),
    "issued_on": Bilingual("Fecha de emisión", "Issued on"),
    "expires_on": Bilingual("Vence el", "Expires on"),
    "apostilled": Bilingual("Apostillado", "Apostilled"),
    "translated": Bilingual("Traducido", "Translated"),
    "notes": Bilingual("Notas", "Notes"),
    "person_id": Bilingual("Persona (n.º)", "Person (no.)"),
    "right_key": Bilingual("Derecho o servicio", "Right or service"),
    "institution_type_key": Bilingual("Tipo de institución", "Institution type"),
    "institution_name": Bilingual("Institución", "Institution"),
    "attempted_on": Bilingual("Fecha", "Date"),
    "outcome": Bilingual("Resultado", "Outcome"),
    "documents_presented": Bilingual("Documentos presentados", "Documents presented"),
    "reason_keys": Bilingual("Motivos", "Reasons"),
    "document_id": Bilingual("Documento (n.º)", "Document (no.)"),
    "reason_given": Bilingual("Lo que le dijeron", "What she was told"),
    "action_taken": Bilingual("Acción tomada", "Action taken"),
    "follow_up_on": Bilingual("Seguimiento el", "Follow-up on"),
    "resolved_on": Bilingual("Resuelto el", "Resolved on"),
    "resolution": Bilingual("Resolución", "Resolution"),
    "kind": Bilingual("Tipo", "Kind"),
    "written_at": Bilingual("Escrita el", "Written on"),
    "body": Bilingual("Texto", "Text"),
    "purpose": Bilingual("Para qué", "Purpose"),
    "given": Bilingual("Dado", "Given"),
    "recorded_on": Bilingual("Registrado el", "Recorded on"),
    "service_type": Bilingual("Tipo de servicio", "Service type"),
    "organisation": Bilingual("Organización", "Organisation"),
    "sent_to": Bilingual("Enviado a", "Sent to"),
    "sent_at": Bilingual("Enviado el", "Sent on"),
    "contents": Bilingual("Qué llevaba", "What it held"),
    "state": Bilingual("Estado", "Status"),
    "state_at": Bilingual("Desde", "Since"),
    "consent_id": Bilingual("Consentimiento (número)", "Consent (number)"),
    "file_name": Bilingual("Archivo", "File"),
    "media_type": Bilingual("Formato", "Format"),
    "size_bytes": Bilingual("Tamaño (bytes)", "Size (bytes)"),
    "added_at": Bilingual("Agregado el", "Added on"),
    "at": Bilingual("Fecha", "Date"),
    "what": Bilingual("Qué", "What"),
    "fields": Bilingual("Campos corregidos", "Fields corrected"),
    "action": Bilingual("Acción", "Action"),
}
# Records with many fields are printed one after the other as label/value tables; the
# short lists as one table each.
_STACKED = ("documents", "procedures_and_barriers")


def _label(key: str, language: str) -> str:
    return html.escape(_LABELS[key].in_language(language) if key in _LABELS else key)


def _cell(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return html.escape(", ".join(str(item) for item in value))
    if isinstance(value, bool):
        return "✓" if value else "✗"
    return html.escape(str(value))


_TABLE = ("<table width='100%' cellspacing='0' cellpadding='3' border='1' "
          "style='border-collapse: collapse; border-color: #9a9a9a'>")


def _pairs(section: str, values: dict[str, Any], language: str) -> str:
    rows = "".join(f"<tr><td bgcolor='#ececec'>{_label(key, language)}</td>"
                   f"<td>{_cell(describe_value(section, key, value, language))}</td></tr>"
                   for key, value in values.items())
    return f"{_TABLE}{rows}</table>"


def _rows(section: str, items: list[dict[str, Any]], language: str) -> str:
    if not items:
        return f"<p><i>{_word('none', language)}</i></p>"
    keys = list(items[0])
    head = "".join(f"<th align='left' bgcolor='#ececec'>{_label(key, language)}</th>"
                   for key in keys)
    body = "".join("<tr>" + "".join(
        f"<td>{_cell(describe_value(section, key, item.get(key), language))}</td>"
        for key in keys) + "</tr>" for item in items)
    return f"{_TABLE}<thead><tr>{head}</tr></thead>{body}</table>"


def _word(key: str, language: str) -> str:
    return _W[key].in_language(language)


_command_line_app: QGuiApplication | None = None


def command_line_access_pdf_writer() -> Callable[[dict[str, Any], str], bytes]:
    """`render_access_pdf` for the CLI: an offscreen QGuiApplication when there is no
    display, kept alive here for as long as the process draws."""
    global _command_line_app  # Qt's application must outlive every drawing
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QGuiApplication.instance()
    _command_line_app = existing if existing is not None else QGuiApplication([])
    return render_access_pdf
