"""The case list: filtered, sorted and paged in SQL, with keyset paging so that the
thousandth page costs what the first does; text search is one more filter on it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Connection,
    exists,
    false,
    func,
    select,
    text,
    true,
    tuple_,
    union,
)

from shelter_desk.domain.cases import CaseStatus, RiskLevel, looks_like_case_code
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.domain.text import search_tokens
from shelter_desk.store.schema import (
    case_expiry,
    case_file,
    identity_document,
    person,
    procedure_attempt,
    search_term,
    staff_user,
)
from shelter_desk.store.search_index import EVERYONE, LONGEST_TERM

MAX_PAGE = 500


class CaseSort(StrEnum):
    NAME = "name"
    CODE = "code"
    OPENED = "opened"
    NATIONALITY = "nationality"
    STATUS = "status"


@dataclass(frozen=True)
class CaseFilter:
    text: str = ""  # names, aliases, a case code, or words from a note
    status: CaseStatus | None = None
    nationality: str | None = None
    assigned_worker_id: int | None = None
    case_type: str | None = None
    document_type: str | None = None
    document_status: DocumentStatus | None = None
    expiring_within_days: int | None = None
    open_barrier: bool = False
    lacks_document: str | None = None


@dataclass(frozen=True)
class Viewer:
    """Whose eyes: confidential notes are searched only for their author and coordinators."""

    user_id: int | None
    sees_all_confidential: bool


@dataclass(frozen=True)
class Cursor:
    keys: tuple[Any, ...]
    case_id: int


@dataclass(frozen=True)
class CaseRow:
    case_id: int
    code: str
    name: str
    nationality: str
    status: CaseStatus
    opened_on: date
    risk_level: RiskLevel
    assigned_worker: str
    open_barriers: int
    next_expiry: date | None
    cursor: Cursor = field(repr=False, compare=False)


@dataclass(frozen=True)
class CasePage:
    rows: tuple[CaseRow, ...]
    next_cursor: Cursor | None  # None: this was the last page


def blocked_people() -> Any:
    """Ids of people who exercised ARCO cancellation: nothing about them may show.

    Served by the partial index on blocked_at, so it costs next to nothing.
    """
    return select(person.c.id).where(person.c.blocked_at.is_not(None))


def _sort_columns(sort: CaseSort) -> tuple[Any, ...]:
    # Each key ends in a column of the index that serves it (person.id for the name
    # orders), so SQLite walks the index in order and stops after one page, instead of
    # sorting every case to return a hundred.
    return {
        CaseSort.NAME: (person.c.sort_key, person.c.id),
        CaseSort.CODE: (case_file.c.year, case_file.c.number),
        CaseSort.OPENED: (case_file.c.opened_on,),
        CaseSort.NATIONALITY: (person.c.nationality, person.c.sort_key, person.c.id),
        CaseSort.STATUS: (case_file.c.status, person.c.sort_key, person.c.id),
    }[sort]


def list_cases(connection: Connection, case_filter: CaseFilter, viewer: Viewer, *,
               today: date, sort: CaseSort = CaseSort.NAME, descending: bool = False,
               after: Cursor | None = None, limit: int = 100) -> CasePage:
    limit = max(1, min(limit, MAX_PAGE))
    # First the page: filter, order and cut in SQL, touching only what the order needs.
    words = _words(case_filter.text)
    by_terms = sort is CaseSort.NAME and bool(words) and not _may_be_code(case_filter.text)
    by_expiry = sort is CaseSort.NAME and case_filter.expiring_within_days is not None
    indexed = by_terms or by_expiry
    if by_terms:
        # A search in name order reads the search index in its own order (search_index.py)
        # and stops after a page, however many cases match.
        driver, matched = _matching_terms(words, viewer)
        keys: tuple[Any, ...] = (driver.c.sort_key, driver.c.principal_id)
        case_id = driver.c.case_id
        text_criteria = [*matched, case_file.c.id == driver.c.case_id,
                         person.c.id == driver.c.principal_id]
        sources: tuple[Any, ...] = (driver, case_file, person)
        untyped = replace(case_filter, text="")
        criteria = [person.c.blocked_at.is_(None), *_criteria(untyped, viewer, today),
                    *text_criteria]
    elif by_expiry:
        # The expiry index, read in name order: a page costs the same however many
        # cases have a document about to expire (search_index.py).
        horizon = today + timedelta(days=case_filter.expiring_within_days)
        keys = (case_expiry.c.sort_key, case_expiry.c.principal_id)
        case_id = case_expiry.c.case_id
        others = _criteria(replace(case_filter, expiring_within_days=None), viewer, today)
        # Its rows leave out blocked principals already; other filters need the case.
        sources = (case_expiry, case_file, person) if others else (case_expiry,)
        criteria = [case_expiry.c.expires_on.between(today, horizon), *others]
        if others:
            criteria += [case_file.c.id == case_id, person.c.id == case_expiry.c.principal_id,
                         person.c.blocked_at.is_(None)]
    else:
        keys = _sort_columns(sort)
        case_id = case_file.c.id
        sources = (case_file.join(person, person.c.id == case_file.c.principal_person_id),)
        criteria = [person.c.blocked_at.is_(None), *_criteria(case_filter, viewer, today)]
    position = tuple_(*keys, case_id)
    page_query = (
        select(case_id.label("case_id"),
               *[column.label(f"k{index}") for index, column in enumerate(keys)])
        .select_from(*sources)
        .where(*criteria)
    )
    if indexed:
        # A word of two authors' confidential notes, two documents expiring: one case.
        page_query = page_query.distinct()
    if after is not None:
        mark = tuple_(*after.keys, after.case_id)
        page_query = page_query.where(position < mark if descending else position > mark)
    order = [column.desc() if descending else column for column in (*keys, case_id)]
    page_ids = page_query.order_by(*order).limit(limit + 1).subquery("page")

    # Then the columns shown, and the per-case counts, for those rows only.
    open_barriers = (
        select(func.count()).select_from(procedure_attempt)
        .where(procedure_attempt.c.case_id == case_file.c.id, procedure_attempt.c.is_open,
               procedure_attempt.c.person_id.not_in(blocked_people()))
        .scalar_subquery()
    )
    next_expiry = (
        select(func.min(identity_document.c.effective_expiry))
        .where(identity_document.c.case_id == case_file.c.id,
               identity_document.c.status == DocumentStatus.ORIGINAL.value,
               identity_document.c.effective_expiry >= today,
               identity_document.c.person_id.not_in(blocked_people()))
        .scalar_subquery()
    )
    page_keys = [page_ids.c[f"k{index}"] for index in range(len(keys))]
    query = (
        select(case_file.c.id, case_file.c.code, case_file.c.status, case_file.c.opened_on,
               case_file.c.risk_level, person.c.given_names, person.c.family_names,
               person.c.nationality, staff_user.c.name.label("worker"),
               open_barriers.label("open_barriers"), next_expiry.label("next_expiry"),
               *page_keys)
        .select_from(page_ids)
        .join(case_file, case_file.c.id == page_ids.c.case_id)
        .join(person, person.c.id == case_file.c.principal_person_id)
        .outerjoin(staff_user, staff_user.c.id == case_file.c.assigned_worker_id)
        .order_by(*[c.desc() if descending else c for c in (*page_keys, page_ids.c.case_id)])
    )
    rows = connection.execute(query).all()
    page = tuple(_row(row, len(keys)) for row in rows[:limit])
    return CasePage(page, page[-1].cursor if len(rows) > limit else None)


def count_cases(connection: Connection, case_filter: CaseFilter, viewer: Viewer, *,
                today: date) -> int:
    criteria = _criteria(case_filter, viewer, today)
    query = (select(func.count()).select_from(case_file)
             .join(person, person.c.id == case_file.c.principal_person_id)
             .where(person.c.blocked_at.is_(None), *criteria))
    return connection.execute(query).scalar_one()


_STATUS = {status.value: status for status in CaseStatus}
_RISK = {risk.value: risk for risk in RiskLevel}


def _row(row: Any, key_count: int) -> CaseRow:
    # Unpacked by position, enums by dict: this runs for every row a scroll brings in.
    (case_id, code, status, opened_on, risk, given, family, nationality, worker,
     open_barriers, next_expiry, *keys) = row
    name = f"{given} {family}" if given and family else (given or family)
    return CaseRow(case_id=case_id, code=code, name=name, nationality=nationality,
                   status=_STATUS[status], opened_on=opened_on, risk_level=_RISK[risk],
                   assigned_worker=worker or "", open_barriers=open_barriers,
                   next_expiry=next_expiry, cursor=Cursor(tuple(keys[:key_count]), case_id))


def _criteria(case_filter: CaseFilter, viewer: Viewer, today: date) -> list[Any]:
    criteria: list[Any] = []
    if case_filter.status is not None:
        criteria.append(case_file.c.status == case_filter.status.value)
    if case_filter.nationality:
        criteria.append(person.c.nationality == case_filter.nationality)
    if case_filter.assigned_worker_id is not None:
        criteria.append(case_file.c.assigned_worker_id == case_filter.assigned_worker_id)
    if case_filter.case_type:
        criteria.append(case_file.c.id.in_(
            text("SELECT case_id FROM case_type_link WHERE type_key = :case_type")
            .bindparams(case_type=case_filter.case_type)))
    if case_filter.document_type or case_filter.document_status:
        held = select(identity_document.c.case_id).where(
            identity_document.c.person_id.not_in(blocked_people()))
        if case_filter.document_type:
            held = held.where(identity_document.c.type_key == case_filter.document_type)
        if case_filter.document_status:
            held = held.where(identity_document.c.status == case_filter.document_status.value)
        criteria.append(case_file.c.id.in_(held))
    if case_filter.expiring_within_days is not None:
        horizon = today + timedelta(days=case_filter.expiring_within_days)
        criteria.append(case_file.c.id.in_(
            select(identity_document.c.case_id).where(
                identity_document.c.effective_expiry.between(today, horizon),
                identity_document.c.status == DocumentStatus.ORIGINAL.value,
                identity_document.c.person_id.not_in(blocked_people()))))
    if case_filter.open_barrier:
        criteria.append(case_file.c.id.in_(
            select(procedure_attempt.c.case_id).where(
                procedure_attempt.c.is_open,
                procedure_attempt.c.person_id.not_in(blocked_people()))))
    if case_filter.lacks_document:
        criteria.append(~exists().where(
            identity_document.c.person_id == case_file.c.principal_person_id,
            identity_document.c.type_key == case_filter.lacks_document,
            identity_document.c.status != DocumentStatus.NOT_HELD.value))
    if case_filter.text.strip():
        criteria.append(_text_criterion(case_filter.text, viewer))
    return criteria


def fts_query(typed: str) -> str | None:
    """An FTS5 query in which every typed word is a quoted prefix: no operator injection."""
    words = search_tokens(typed)
    return " ".join(f'"{word}"*' for word in words) if words else None


def _words(typed: str) -> list[str]:
    return sorted({word[:LONGEST_TERM] for word in search_tokens(typed)}, key=len,
                  reverse=True)


def _may_be_code(typed: str) -> bool:
    code = typed.strip()
    return looks_like_case_code(code) or code.replace("-", "").isdigit()


def _may_find(terms: Any, viewer: Viewer) -> Any:
    if viewer.sees_all_confidential:
        return true()
    return terms.c.visible_to.in_((EVERYONE, viewer.user_id or EVERYONE))


def _matching_terms(words: list[str], viewer: Viewer) -> tuple[Any, list[Any]]:
    """Index rows of the cases holding every word: driven by the longest word (the one
    likely to match fewest cases), each other word checked by a key lookup."""
    driver = search_term.alias("t0")
    criteria = [driver.c.term == words[0], _may_find(driver, viewer)]
    for index, word in enumerate(words[1:], start=1):
        other = search_term.alias(f"t{index}")
        criteria.append(exists().where(
            other.c.term == word, other.c.sort_key == driver.c.sort_key,
            other.c.principal_id == driver.c.principal_id,
            other.c.case_id == driver.c.case_id, _may_find(other, viewer)))
    return driver, criteria


def _text_criterion(typed: str, viewer: Viewer) -> Any:
    """Cases whose code starts with what was typed, or that hold every typed word (see
    search_index.py: name prefixes, whole note words she may see). As a set: for the
    orders the search index is not kept in, and for counts."""
    arms: list[Any] = []
    if _may_be_code(typed):
        # A range, not LIKE (which SQLite folds case for, so it cannot use the index).
        prefix = typed.strip()
        arms.append(select(case_file.c.id).where(case_file.c.code >= prefix,
                                                 case_file.c.code < prefix + "\U0010ffff"))
    words = _words(typed)
    if words:
        driver, criteria = _matching_terms(words, viewer)
        arms.append(select(driver.c.case_id).where(*criteria))
    if not arms:
        return false()
    return case_file.c.id.in_(union(*arms) if len(arms) > 1 else arms[0])
