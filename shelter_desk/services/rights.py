"""The rights navigator for a case file: every procedure that applies to her and each
child, ready, blocked or at risk, read from the case file the view already holds."""

from __future__ import annotations

from datetime import date

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.rights import Member, ProcedureCheck, State, check_rights
from shelter_desk.services.cases import CaseFile
from shelter_desk.services.common import today as current_day

_ORDER = {State.BLOCKED: 0, State.AT_RISK: 1, State.READY: 2}


def check_case(case_file: CaseFile, *, catalog: Catalog | None = None,
               today: date | None = None) -> list[ProcedureCheck]:
    """Per person (her first, then each child), blocked first, then at risk, then ready."""
    catalog = catalog or default_catalog()
    members = [Member(f.person, tuple(d.details for d in f.documents), principal=index == 0,
                      document_ids=tuple(d.id for d in f.documents))
               for index, f in enumerate((case_file.principal, *case_file.household))]
    order = {member.person.id: index for index, member in enumerate(members)}
    checks = check_rights(
        procedures=catalog.procedures, common_refusals=catalog.common_refusals,
        legal_basis=catalog.legal_basis, document_types=catalog.document_types,
        reasons=catalog.barrier_reasons, members=members, attempts=case_file.attempts,
        today=today or current_day(), institution_types=catalog.institution_types)
    return sorted(checks, key=lambda c: (order[c.person.id], _ORDER[c.state]))


def check_for(checks: list[ProcedureCheck], *, person_id: int, procedure_key: str = "",
              attempt_id: int | None = None, right_key: str = "") -> ProcedureCheck | None:
    """The check a letter is about: by procedure, or by the barrier it answers."""
    mine = [c for c in checks if c.person.id == person_id]
    for check in mine:
        if procedure_key and check.procedure.key == procedure_key:
            return check
    for check in mine:
        if attempt_id is not None and check.attempt and check.attempt.id == attempt_id:
            return check
    return next((c for c in mine if right_key and c.procedure.right_key == right_key), None)
