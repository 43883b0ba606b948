"""The case search index: which words find which case, in the case list's order.

A case is found by every prefix of a word in the names and aliases of the people in it
who are not blocked ('mar' finds 'María'), and by every whole word of its notes that are
not about a blocked person ('escuela'; a name typed half-way should not pull in every
note with 'martes' or 'marzo'). A search with several words finds the cases that hold all
of them, wherever in the case each is: 'maria escuela'.

The rows are keyed (term, principal's sort key, principal, case, visible_to), the order
the case list sorts by name, so the first page of a search is the start of one index
range: its cost does not grow with the number of people in the vault.

Kept in step by the services: every write that changes a name, an alias, a note, a
principal or a blocking runs inside `kept_in_step`, which diffs the case's rows before
and after in the same transaction. `rebuild` recomputes everything (migration, demo).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import Connection, insert, text

from shelter_desk.domain.text import search_tokens
from shelter_desk.store.schema import search_term

EVERYONE = 0
COORDINATORS_ONLY = -1  # a confidential note whose author is unknown: no user id is -1
LONGEST_TERM = 40  # longer 'words' (pasted links, numbers) are not what anyone types
_BATCH = 5000


class Term(NamedTuple):
    term: str
    sort_key: str
    principal_id: int
    case_id: int
    visible_to: int


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


def _collect(connection: Connection, case_id: int | None, *,
             after: int | None = None) -> Iterator[Term]:
    """One case's rows, or every case's, or (`after`) those of the cases with higher ids."""
    if case_id is not None:
        params, test = {"case_id": case_id}, "= :case_id"
    elif after is not None:
        params, test = {"after": after}, "> :after"
    else:
        params, test = {}, ""
    principals = connection.execute(
        text(_PRINCIPALS.format(where=f"AND c.id {test}" if test else "")), params).all()
    if not principals:
        return
    words: dict[int, _CaseWords] = {}
    for row_case, given, family, aliases in connection.execute(
            text(_PEOPLE.format(where=f"AND case_id {test}" if test else "")), params):
        listed = json.loads(aliases) if isinstance(aliases, str) else (aliases or [])
        words.setdefault(row_case, _CaseWords()).add(name_terms(given, family, *listed),
                                                     EVERYONE)
    for row_case, body, confidential, author_id in connection.execute(
            text(_NOTES.format(where=f"AND n.case_id {test}" if test else "")), params):
        if not confidential:
            audience = EVERYONE
        else:
            audience = author_id if author_id is not None else COORDINATORS_ONLY
        words.setdefault(row_case, _CaseWords()).add(note_terms(body), audience)
    for row_case, sort_key, principal_id in principals:
        if row_case in words:
            yield from words[row_case].rows(row_case, sort_key, principal_id)


def case_terms(connection: Connection, case_id: int) -> set[Term]:
    return set(_collect(connection, case_id))


@contextmanager
def kept_in_step(connection: Connection, case_id: int) -> Iterator[None]:
    """Wrap a write to one case: afterwards its index rows say what its rows now say."""
    before = case_terms(connection, case_id)
    yield
    after = case_terms(connection, case_id)
    _delete(connection, before - after)
    _insert(connection, after - before)


def rebuild(connection: Connection) -> int:
    """Every case's rows from scratch; returns how many were written."""
    connection.execute(text("DELETE FROM search_term"))
    rows = sorted(_collect(connection, None))  # in key order: each insert appends
    _insert(connection, rows)
    return len(rows)


def index_new_cases(connection: Connection, after_case_id: int) -> int:
    """Rows for the cases with ids above `after_case_id`, which have none yet: a bulk
    import adds thousands of cases at once, and one query per table beats one per case."""
    rows = sorted(_collect(connection, None, after=after_case_id))
    _insert(connection, rows)
    return len(rows)


def _insert(connection: Connection, rows: Iterable[Term]) -> None:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row._asdict())
        if len(batch) == _BATCH:
            connection.execute(insert(search_term), batch)
            batch = []
    if batch:
        connection.execute(insert(search_term), batch)


def _delete(connection: Connection, rows: Iterable[Term]) -> None:
    gone = [row._asdict() for row in rows]
    if gone:
        connection.execute(text(
            "DELETE FROM search_term WHERE term = :term AND sort_key = :sort_key"
            " AND principal_id = :principal_id AND case_id = :case_id"
            " AND visible_to = :visible_to"), gone)
