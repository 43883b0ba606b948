"""One small table gateway for every entity: insert, update, fetch, as domain objects.

Domain dataclasses hold enums, tuples and dates; rows hold strings, JSON lists and ISO
dates. `to_columns` and `from_columns` translate between them by the dataclass's type
hints, so each entity needs only its table and its dataclass, not hand-written mapping.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from enum import Enum
from functools import cache
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, Table, insert, select, update

from shelter_desk.domain.errors import NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.clock import now_utc

T = TypeVar("T")


def to_columns(details: Any) -> dict[str, Any]:
    values = {}
    for field in dataclasses.fields(details):
        value = getattr(details, field.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, tuple):
            value = list(value)
        values[field.name] = value
    return values


def from_columns(cls: type[T], row: Mapping[str, Any]) -> T:
    hints = _hints(cls)
    return cls(**{name: _coerce(hints[name], row[name]) for name in hints if name in row})


@cache
def _hints(cls: type) -> dict[str, Any]:
    resolved = typing.get_type_hints(cls)
    return {field.name: resolved[field.name] for field in dataclasses.fields(cls)}


def _coerce(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        inner = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _coerce(inner[0], value) if len(inner) == 1 else value
    if typing.get_origin(hint) is tuple:
        return tuple(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    return value


class Rows(Generic[T]):
    """The rows of one table, read back as `T` by `build`."""

    def __init__(self, table: Table, build: Callable[[Mapping[str, Any]], T],
                 what: Bilingual) -> None:
        self.table = table
        self.build = build
        self.what = what  # "la persona" / "The person", for the not-found message
        self._stamped = "updated_at" in table.c

    def insert(self, connection: Connection, **values: Any) -> int:
        if self._stamped:
            values.setdefault("updated_at", now_utc())
        return connection.execute(insert(self.table).values(**values)).inserted_primary_key[0]

    def insert_many(self, connection: Connection, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        if self._stamped:
            stamp = now_utc()
            rows = [{"updated_at": stamp, **row} for row in rows]
        connection.execute(insert(self.table), rows)

    def update(self, connection: Connection, row_id: int, **values: Any) -> None:
        if self._stamped:
            values.setdefault("updated_at", now_utc())
        connection.execute(update(self.table).where(self.table.c.id == row_id).values(**values))

    def get(self, connection: Connection, row_id: int) -> T | None:
        row = connection.execute(select(self.table).where(self.table.c.id == row_id)).first()
        return self.build(row._mapping) if row else None

    def require(self, connection: Connection, row_id: int) -> T:
        """The row as a domain object, or NotFound saying what was not found."""
        found = self.get(connection, row_id)
        if found is None:
            raise self.not_found()
        return found

    def not_found(self) -> NotFound:
        return NotFound(Bilingual(es=f"No se encontró {self.what.es}.",
                                  en=f"{self.what.en} was not found."))

    def where(self, connection: Connection, *criteria: Any, order_by: Any = None) -> list[T]:
        query = select(self.table).where(*criteria)
        query = query.order_by(order_by if order_by is not None else self.table.c.id)
        return [self.build(row._mapping) for row in connection.execute(query)]
