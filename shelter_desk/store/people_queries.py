"""Everyone in the vault, women and children alike, paged by name for the People list."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Connection, select, text, tuple_

from shelter_desk.domain.people import Relationship
from shelter_desk.store.case_queries import MAX_PAGE, blocked_people, fts_query
from shelter_desk.store.schema import case_file, person


@dataclass(frozen=True)
class PersonRow:
    person_id: int
    case_id: int
    case_code: str
    name: str
    relationship: Relationship | None
    birth_date: date | None
    nationality: str
    cursor: tuple[str, int] = field(repr=False, compare=False)


@dataclass(frozen=True)
class PeoplePage:
    rows: tuple[PersonRow, ...]
    next_cursor: tuple[str, int] | None


def list_people(connection: Connection, typed: str = "", *,
                after: tuple[str, int] | None = None, limit: int = 100) -> PeoplePage:
    limit = max(1, min(limit, MAX_PAGE))
    query = (select(person.c.id, person.c.case_id, case_file.c.code, person.c.given_names,
                    person.c.family_names, person.c.relationship, person.c.birth_date,
                    person.c.nationality, person.c.sort_key)
             .join(case_file, case_file.c.id == person.c.case_id)
             # A relative of a blocked woman stays out too: her case cannot be opened.
             .where(person.c.blocked_at.is_(None),
                    case_file.c.principal_person_id.not_in(blocked_people())))
    words = fts_query(typed)
    if words:
        query = query.where(person.c.id.in_(
            text("SELECT rowid FROM person_fts WHERE person_fts MATCH :words")
            .bindparams(words=words)))
    if after is not None:
        query = query.where(tuple_(person.c.sort_key, person.c.id) > tuple_(*after))
    rows = connection.execute(query.order_by(person.c.sort_key, person.c.id)
                              .limit(limit + 1)).all()
    page = tuple(PersonRow(
        person_id=row.id, case_id=row.case_id, case_code=row.code,
        name=" ".join(p for p in (row.given_names, row.family_names) if p),
        relationship=Relationship(row.relationship) if row.relationship else None,
        birth_date=row.birth_date, nationality=row.nationality,
        cursor=(row.sort_key, row.id)) for row in rows[:limit])
    return PeoplePage(page, page[-1].cursor if len(rows) > limit else None)
