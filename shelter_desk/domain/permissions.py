"""Who may do what: the roles of a shelter team, as a rule the services enforce.

Coordinators do everything, and read every confidential note. Caseworkers run the case
work. Volunteers take intakes and write listening-session notes: no confidential notes,
no exports, no decrypted copies.
The GUI reads the same table to grey out what a role cannot do; it never decides.
"""

from __future__ import annotations

from enum import StrEnum

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.staff import Role


class Action(StrEnum):
    INTAKE = "intake"  # open a case, edit profiles and the household, record consents
    EDIT_CASE = "edit_case"  # case details, close, reopen, hold
    DOCUMENTS = "documents"
    BARRIERS = "barriers"
    LISTENING_NOTE = "listening_note"
    CASE_NOTE = "case_note"  # legal advice, calls, visits, accompaniment
    CONFIDENTIAL_NOTES = "confidential_notes"  # write them (each author reads her own)
    READ_OTHERS_CONFIDENTIAL = "read_others_confidential"
    TASKS = "tasks"
    REFERRALS = "referrals"
    DIRECTORY = "directory"  # the network's organisations and services
    ADD_ATTACHMENT = "add_attachment"
    VIEW_ATTACHMENT = "view_attachment"
    SAVE_DECRYPTED_COPY = "save_decrypted_copy"
    WRITE_LETTER = "write_letter"  # a letter to an institution, kept as an attachment
    EXPORT = "export"
    USERS = "users"
    BLOCK_PERSON = "block_person"
    NETWORK_APPROVAL = "network_approval"
    # An encrypted copy of the whole vault with its keys.json: it opens with the passphrases
    # of the day it was made, so coordinators only (a caseworker who leaves must not keep one).
    BACKUP = "backup"
    RESTORE = "restore"  # replace this laptop's vault by a backup
    DATA_RIGHTS = "data_rights"  # ARCO: her access export, deletion, the retention period
    # Thousands of people at once, from a file kept outside the vault: coordinators only.
    IMPORT = "import"


_VOLUNTEER = frozenset({Action.INTAKE, Action.LISTENING_NOTE, Action.VIEW_ATTACHMENT})
_CASEWORKER = _VOLUNTEER | {Action.EDIT_CASE, Action.DOCUMENTS, Action.BARRIERS,
                            Action.CASE_NOTE, Action.CONFIDENTIAL_NOTES, Action.TASKS,
                            Action.REFERRALS, Action.DIRECTORY, Action.ADD_ATTACHMENT,
                            Action.SAVE_DECRYPTED_COPY, Action.WRITE_LETTER}
ALLOWED: dict[Role, frozenset[Action]] = {
    Role.VOLUNTEER: _VOLUNTEER,
    Role.CASEWORKER: frozenset(_CASEWORKER),
    Role.COORDINATOR: frozenset(Action),
}

_WHAT = {
    Action.INTAKE: Bilingual("registrar ingresos", "record intakes"),
    Action.EDIT_CASE: Bilingual("cambiar los datos del expediente", "change case details"),
    Action.DOCUMENTS: Bilingual("registrar documentos", "record documents"),
    Action.BARRIERS: Bilingual("registrar trámites y barreras", "record attempts and barriers"),
    Action.LISTENING_NOTE: Bilingual("escribir notas de escucha", "write listening notes"),
    Action.CASE_NOTE: Bilingual("escribir notas de asesoría, llamadas, visitas o "
                                "acompañamientos",
                                "write advice, call, visit or accompaniment notes"),
    Action.CONFIDENTIAL_NOTES: Bilingual("escribir notas confidenciales",
                                         "write confidential notes"),
    Action.READ_OTHERS_CONFIDENTIAL: Bilingual("leer notas confidenciales de otras personas",
                                               "read other people's confidential notes"),
    Action.TASKS: Bilingual("gestionar tareas", "manage tasks"),
    Action.REFERRALS: Bilingual("canalizar", "make referrals"),
    Action.DIRECTORY: Bilingual("cambiar el directorio de organizaciones",
                                "change the directory of organisations"),
    Action.ADD_ATTACHMENT: Bilingual("agregar archivos adjuntos", "add attachments"),
    Action.VIEW_ATTACHMENT: Bilingual("ver archivos adjuntos", "view attachments"),
    Action.SAVE_DECRYPTED_COPY: Bilingual("guardar copias descifradas",
                                          "save decrypted copies"),
    Action.WRITE_LETTER: Bilingual("escribir cartas a instituciones",
                                   "write letters to institutions"),
    Action.EXPORT: Bilingual("exportar datos", "export data"),
    Action.USERS: Bilingual("gestionar las cuentas del equipo", "manage staff accounts"),
    Action.BLOCK_PERSON: Bilingual("bloquear o desbloquear personas",
                                   "block or unblock people"),
    Action.NETWORK_APPROVAL: Bilingual("aprobar envíos a la red", "approve network reports"),
    Action.BACKUP: Bilingual("hacer copias de seguridad", "make backups"),
    Action.RESTORE: Bilingual("restaurar copias de seguridad", "restore backups"),
    Action.DATA_RIGHTS: Bilingual("atender derechos ARCO (exportar o eliminar los datos de "
                                  "una persona)", "handle ARCO requests (export or delete a "
                                  "person's data)"),
    Action.IMPORT: Bilingual("importar hojas de cálculo", "import spreadsheets"),
}

_ROLE = {Role.COORDINATOR: Bilingual("coordinadora", "coordinator"),
         Role.CASEWORKER: Bilingual("trabajadora de casos", "caseworker"),
         Role.VOLUNTEER: Bilingual("voluntaria", "volunteer")}


def may(role: Role, action: Action) -> bool:
    return action in ALLOWED[role]


def refusal(role: Role, action: Action) -> Bilingual:
    what, who = _WHAT[action], _ROLE[role]
    return Bilingual(es=f"Con el rol de {who.es} no se puede {what.es}. "
                        "Pídeselo a una coordinadora.",
                     en=f"The {who.en} role cannot {what.en}. Ask a coordinator.")
