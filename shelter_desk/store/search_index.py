"""The case list's indexes: which words find a case, and when its documents expire,
both kept in the list's name order.

A case is found by every prefix of a word in the names and aliases of the people in it
who are not blocked ('mar' finds 'María'), and by every whole word of its notes that are
not about a blocked person ('escuela'; a name typed half-way should not pull in every
note with 'martes' or 'marzo'). A search with several words finds the cases that hold all
of them, wherever in the case each is: 'maria escuela'.

The rows are keyed (term, principal's sort key, principal, case, visible_to), the order
the case list sorts by name, so the first page of a search is the start of one index
range: its cost does not grow with the number of people in the vault.

The expiry rows (table case_expiry) hold each date on which an original document of a
person in the case (not blocked) expires, under the same key: "expiring within 30 days"
walks them in name order and stops after a page.

Kept in step by the services: every write that changes a name, an alias, a note, a
document, a principal or a blocking runs inside `kept_in_step`, which diffs the case's
rows before and after in the same transaction. `rebuild` recomputes everything (demo,
import); the migrations that add a table call the rebuild for that table alone.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Connection, bindparam, delete, insert, text

from shelter_desk.domain.text import search_tokens
from shelter_desk.store.schema import case_expiry, search_term

EVERYONE = 0
COORDINATORS_ONLY = -1  # a confidential note whose author is unknown: no user id is -1
LONGEST_TERM = 40  # longer 'words' (pasted links, numbers) are not what anyone types
_BATCH = 5000
_CASES_PER_QUERY = 500


class Term(NamedTuple):
    term: str
    sort_key: str
    principal_id: int
    case_id: int
    visible_to: int


class Expiry(NamedTuple):
    sort_key: str
    principal_id: int
    case_id: int
    expires_on: date


class _CaseWords:
    """One case's words, each with who may find the case by it."""

    def __init__(self) -> None:
        self.words: dict[str, set[int]] = {}

    def add(self, words: Iterable[str], visible_to: int) -> None:
        for word in words:
            self.words.setdefault(word, set()).add(visible_to)

    def rows(self, case_id: int, sort_key: str, principal_id: int) -> Iterator[Term]:
        for word, audience in self.words.items():
            # A word anyone may use makes the confidential rows for it redundant.
            for visible_to in (EVERYONE,) if EVERYONE in audience else audience:
                yield Term(word, sort_key, principal_id, case_id, visible_to)


def name_terms(*names: str) -> set[str]:
    terms: set[str] = set()
    for name in names:
        for word in search_tokens(name):
            word = word[:LONGEST_TERM]
            terms.update(word[:end] for end in range(1, len(word) + 1))
    return terms


def note_terms(body: str) -> set[str]:
    return {word for word in search_tokens(body) if len(word) <= LONGEST_TERM}


# Plain SQL with the columns named: the 0004 migration runs this on a vault whose other
# tables are as 0003 left them, whatever schema.py says later.
_PRINCIPALS = """
SELECT c.id, p.sort_key, p.id FROM case_file c JOIN person p ON p.id = c.principal_person_id
WHERE p.blocked_at IS NULL {where}"""
_PEOPLE = """
SELECT case_id, given_names, family_names, aliases FROM person
WHERE blocked_at IS NULL {where}"""
_NOTES = """
SELECT n.case_id, n.body, n.confidential, n.author_id FROM note n
LEFT JOIN person p ON p.id = n.person_id
WHERE p.blocked_at IS NULL {where}"""


_ORIGINALS = """
SELECT d.case_id, d.effective_expiry FROM identity_document d
JOIN person p ON p.id = d.person_id
WHERE d.status = 'original' AND d.effective_expiry IS NOT NULL AND p.blocked_at IS NULL
{where}"""


class _Scope(NamedTuple):
    """Which cases to collect rows for: one, a batch of them (a sync), those with ids
    above `after` (new cases of a bulk import), or every case."""

    case_id: int | None = None
    after: int | None = None
    case_ids: tuple[int, ...] | None = None

    def where(self, column: str) -> str:
        if self.case_id is not None:
            return f"AND {column} = :case_id"
        if self.case_ids is not None:  # integers only, so written into the SQL
            return f"AND {column} IN ({', '.join(str(int(i)) for i in self.case_ids)})"
        return f"AND {column} > :after" if self.after is not None else ""

    def params(self) -> dict[str, int]:
        if self.case_id is not None:
            return {"case_id": self.case_id}
        return {"after": self.after} if self.after is not None else {}


def _principals(connection: Connection, scope: _Scope) -> list[Any]:
    return connection.execute(text(_PRINCIPALS.format(where=scope.where("c.id"))),
                              scope.params()).all()


def _collect(connection: Connection, scope: _Scope, principals: list[Any]) -> Iterator[Term]:
    if not principals:
        return
    params = scope.params()
    words: dict[int, _CaseWords] = {}
    for row_case, given, family, aliases in connection.execute(
            text(_PEOPLE.format(where=scope.where("case_id"))), params):
        listed = json.loads(aliases) if isinstance(aliases, str) else (aliases or [])
        words.setdefault(row_case, _CaseWords()).add(name_terms(given, family, *listed),
                                                     EVERYONE)
    for row_case, body, confidential, author_id in connection.execute(
            text(_NOTES.format(where=scope.where("n.case_id"))), params):
        if not confidential:
            audience = EVERYONE
        else:
            audience = author_id if author_id is not None else COORDINATORS_ONLY
        words.setdefault(row_case, _CaseWords()).add(note_terms(body), audience)
    for row_case, sort_key, principal_id in principals:
        if row_case in words:
            yield from words[row_case].rows(row_case, sort_key, principal_id)


def _collect_expiries(connection: Connection, scope: _Scope,
                      principals: list[Any]) -> Iterator[Expiry]:
    if not principals:
        return
    keys = {row_case: (sort_key, principal_id) for row_case, sort_key, principal_id
            in principals}
    for row_case, expires_on in connection.execute(
            text(_ORIGINALS.format(where=scope.where("d.case_id"))), scope.params()):
        if row_case in keys:
            yield Expiry(*keys[row_case], row_case, date.fromisoformat(str(expires_on)))


def case_terms(connection: Connection, case_id: int) -> set[Term]:
    scope = _Scope(case_id=case_id)
    return set(_collect(connection, scope, _principals(connection, scope)))


def case_expiries(connection: Connection, case_id: int) -> set[Expiry]:
    scope = _Scope(case_id=case_id)
    return set(_collect_expiries(connection, scope, _principals(connection, scope)))


@contextmanager
def kept_in_step(connection: Connection, case_id: int) -> Iterator[None]:
    """Wrap a write to one case: afterwards its index rows say what its rows now say."""
    terms, expiries = case_terms(connection, case_id), case_expiries(connection, case_id)
    yield
    terms_now, expiries_now = (case_terms(connection, case_id),
                               case_expiries(connection, case_id))
    _delete(connection, search_term, terms - terms_now)
    _insert(connection, search_term, terms_now - terms)
    _delete(connection, case_expiry, expiries - expiries_now)
    _insert(connection, case_expiry, expiries_now - expiries)


def rebuild(connection: Connection) -> int:
    """Every case's rows of both indexes from scratch; returns how many were written."""
    return rebuild_terms(connection) + rebuild_expiries(connection)


def rebuild_terms(connection: Connection) -> int:
    connection.execute(text("DELETE FROM search_term"))
    return _index_terms(connection, _Scope())


def rebuild_expiries(connection: Connection) -> int:
    connection.execute(text("DELETE FROM case_expiry"))
    return _index_expiries(connection, _Scope())


def index_new_cases(connection: Connection, after_case_id: int) -> int:
    """Rows for the cases with ids above `after_case_id`, which have none yet: a bulk
    import adds thousands of cases at once, and one query per table beats one per case."""
    scope = _Scope(after=after_case_id)
    return _index_terms(connection, scope) + _index_expiries(connection, scope)


def _index_terms(connection: Connection, scope: _Scope) -> int:
    # In key order: each insert appends to the index.
    rows = sorted(_collect(connection, scope, _principals(connection, scope)))
    _insert(connection, search_term, rows)
    return len(rows)


def _index_expiries(connection: Connection, scope: _Scope) -> int:
    # Two documents of a case may expire on the same day: one row.
    rows = sorted(set(_collect_expiries(connection, scope, _principals(connection, scope))))
    _insert(connection, case_expiry, rows)
    return len(rows)


def _insert(connection: Connection, table: Any, rows: Iterable[NamedTuple]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row._asdict())
        if len(batch) == _BATCH:
            connection.execute(insert(table), batch)
            batch = []
    if batch:
        connection.execute(insert(table), batch)


def _delete(connection: Connection, table: Any, rows: Iterable[NamedTuple]) -> None:
    gone = [row._asdict() for row in rows]
    if gone:
        columns = table.primary_key.columns
        connection.execute(delete(table).where(*[
            column == bindparam(f"old_{column.name}") for column in columns]),
            [{f"old_{key}": value for key, value in row.items()} for row in gone])


def reindex_case(connection: Connection, case_id: int) -> None:
    """One case's index rows from scratch: after a sync wrote its rows all at once."""
    reindex_cases(connection, [case_id])


def reindex_cases(connection: Connection, case_ids: Iterable[int]) -> None:
    """These cases' index rows from scratch, a batch of cases per query (a sync may
    write thousands of cases' rows at once)."""
    ordered = sorted(set(case_ids))
    for start in range(0, len(ordered), _CASES_PER_QUERY):
        batch = tuple(ordered[start:start + _CASES_PER_QUERY])
        connection.execute(delete(search_term).where(search_term.c.case_id.in_(batch)))
        connection.execute(delete(case_expiry).where(case_expiry.c.case_id.in_(batch)))
        scope = _Scope(case_ids=batch)
        _index_terms(connection, scope)
        _index_expiries(connection, scope)
