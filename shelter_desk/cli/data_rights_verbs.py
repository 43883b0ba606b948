"""`person-export`: her access export (ARCO) as JSON and PDF; `person-delete`: the
second step of cancellation, for a person already blocked. Coordinators only."""

from __future__ import annotations

import argparse

from shelter_desk.cli.verbs import _opened, _say
from shelter_desk.services import data_rights


def person_export(args: argparse.Namespace) -> int:
    pdf_writer = None
    if not args.no_pdf:
        # Imported here: the PDF is drawn with Qt, which every other verb does without.
        from shelter_desk.gui.data_rights.access_pdf import command_line_access_pdf_writer

        pdf_writer = command_line_access_pdf_writer()
    args.out.mkdir(parents=True, exist_ok=True)
    with _opened(args) as vault:
        person_id = data_rights.find_person_by_case(vault, args.case, person_id=args.person)
        written = data_rights.write_access_export(vault, person_id, args.out,
                                                  language=args.language,
                                                  pdf_writer=pdf_writer)
    for path in written:
        print(path)
    _say("Estos archivos NO están cifrados: entrégalos a la persona y no guardes copias.",
         "These files are NOT encrypted: hand them to her and keep no copies.")
    return 0


def person_delete(args: argparse.Namespace) -> int:
    with _opened(args) as vault:
        person_id = data_rights.find_person_by_case(vault, args.case)
        deletion = data_rights.delete_person(vault, person_id).value
    _say(f"Eliminado definitivamente: {deletion.people} persona(s), {deletion.attachments} "
         "archivo(s) adjunto(s). Las copias de seguridad anteriores aún la contienen.",
         f"Deleted for good: {deletion.people} person(s), {deletion.attachments} "
         "attachment(s). Earlier backups still contain her.")
    return 0
