"""Every row checked before anything is written: the people to add, and each problem with
its row, its column and a message in both languages; with what the preview must say
about the whole file (rows left out, how dates were read, values it could not read, the
columns kept as notes, the names it split). Pure: no vault, no Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from shelter_desk.catalog.geo import is_country, is_language
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.validation import check_document, check_person
from shelter_desk.services.importing import values
from shelter_desk.services.importing.dates import DAY_FIRST, DateOrder, decide_order
from shelter_desk.services.importing.duplicates import Duplicate, Finder, VaultIndex
from shelter_desk.services.importing.fields import Field, Mapping
from shelter_desk.services.importing.names import join_surnames, split_full_name
from shelter_desk.services.importing.table import Skipped
from shelter_desk.services.importing.values import CellProblem

_DATES = (Field.BIRTH_DATE, Field.ARRIVED_MEXICO_ON, Field.ARRIVED_SHELTER_ON,
          Field.DOCUMENT_EXPIRES_ON)
_PARSERS: dict[Field, Callable[[Any], Any]] = {
    Field.LANGUAGES: values.parse_languages,
    Field.SEX: values.parse_sex,
    Field.ALIASES: values.split_list,
}
# Where a problem names the given or family names, the column they came from.
_STANDS_FOR = {Field.GIVEN_NAMES: (Field.FULL_NAME,),
               Field.FAMILY_NAMES: (Field.FULL_NAME, Field.PATERNAL_SURNAME,
                                    Field.MATERNAL_SURNAME)}
# Values a person may answer once for the whole file (and the vault remembers).
CHOOSABLE = (Field.NATIONALITY, Field.DOCUMENT_TYPE)
_REPEATED = frozenset({*CHOOSABLE, Field.SEX, Field.LANGUAGES})
_EXAMPLES = 3
# Where check_person or check_document names a field, the column to point at.
_CHECKED = {"given_names": Field.GIVEN_NAMES, "family_names": Field.FAMILY_NAMES,
            "aliases": Field.ALIASES, "birth_date": Field.BIRTH_DATE,
            "nationality": Field.NATIONALITY, "languages": Field.LANGUAGES,
            "place_of_origin": Field.PLACE_OF_ORIGIN, "phone": Field.PHONE,
            "arrived_mexico_on": Field.ARRIVED_MEXICO_ON,
            "arrived_shelter_on": Field.ARRIVED_SHELTER_ON,
            "type_key": Field.DOCUMENT_TYPE, "number": Field.DOCUMENT_NUMBER,
            "expires_on": Field.DOCUMENT_EXPIRES_ON}


@dataclass(frozen=True)
class RowProblem:
    row: int  # as the spreadsheet numbers it: the header is row 1 when it is the first
    column: str  # the header as written; "" when the problem is the whole row
    message: Bilingual
    duplicate: bool = False


@dataclass(frozen=True)
class ImportRow:
    row: int
    person: PersonDetails
    document: DocumentDetails | None
    opened_on: date
    note: str = ""  # "Header: value" lines of the columns kept as a note


@dataclass(frozen=True)
class UnreadValue:
    """A value no reader knew, the same in many rows: answered once for all of them."""

    field: Field
    written: str  # as the first row wrote it
    rows: tuple[int, ...]

    @property
    def key(self) -> str:
        return values.choice_key(self.field.value, self.written)


@dataclass(frozen=True)
class NameSplit:
    """The full-name column split into given names and surnames: a guess to confirm."""

    column: str
    rows: int
    examples: tuple[tuple[str, str, str], ...]  # (as written, given names, surnames)


@dataclass(frozen=True)
class ImportPlan:
    file_name: str
    file_format: str
    headers: tuple[str, ...]
    mapping: Mapping
    rows: tuple[ImportRow, ...]  # the rows without errors: ready, or waiting on a decision
    problems: tuple[RowProblem, ...]
    total_rows: int  # data rows that were not blank
    skipped: tuple[Skipped, ...] = ()
    header_rows: tuple[int, ...] = (1,)
    hidden_columns: tuple[str, ...] = ()  # hidden in the spreadsheet and not mapped
    date_orders: tuple[tuple[str, DateOrder], ...] = ()  # (column, how it was read)
    unread: tuple[UnreadValue, ...] = ()
    name_split: NameSplit | None = None
    matches: tuple[Duplicate, ...] = ()  # each possible duplicate: a decision per row

    @property
    def note_columns(self) -> tuple[str, ...]:
        return tuple(self.headers[i] for i, f in sorted(self.mapping.items())
                     if f is Field.NOTE)

    @property
    def unmapped_columns(self) -> tuple[str, ...]:
        """Columns not imported at all (a running number, or the person's choice)."""
        hidden = set(self.hidden_columns)
        return tuple(h or f"#{i + 1}" for i, h in enumerate(self.headers)
                     if i not in self.mapping and h not in hidden)

    @property
    def rows_in_error(self) -> int:
        """Rows that cannot be imported as they are (a possible duplicate is not an
        error: it waits for her decision)."""
        return len({problem.row for problem in self.problems if not problem.duplicate})

    @property
    def duplicates(self) -> int:
        """Rows with at least one possible duplicate, rows in error included."""
        return len({match.row for match in self.matches})

    @property
    def undecided(self) -> tuple[int, ...]:
        """The importable rows that wait for a decision (skip, merge or keep both)."""
        ready = {row.row for row in self.rows}
        return tuple(sorted({m.row for m in self.matches if m.row in ready}))


@dataclass
class _Row:
    number: int
    cells: dict[Field, Any] = field(default_factory=dict)
    problems: list[RowProblem] = field(default_factory=list)


class PlanBuilder:
    """Fed one spreadsheet row at a time; `finish` adds what needs the whole sheet."""

    def __init__(self, headers: list[str], mapping: Mapping, today: date,
                 existing: VaultIndex, *, orders: dict[int, str] | None = None,
                 choices: dict[str, str] | None = None) -> None:
        self.headers, self.mapping, self.today = headers, mapping, today
        self.columns = {field_: index for index, field_ in mapping.items()
                        if field_ is not Field.NOTE}
        self.orders = orders or {}
        self.choices = choices or {}
        self.unread: dict[str, UnreadValue] = {}
        self.memo: dict[tuple[Field, str], Any] = {}
        self.split_rows = 0
        self.split_examples: list[tuple[str, str, str]] = []
        self.finder = Finder(existing)
        self.matches: list[Duplicate] = []
        self.rows: list[ImportRow] = []
        self.problems: list[RowProblem] = []
        self.total = 0
        self.data_rows: set[int] = set()
        self.types = default_catalog().document_types

    def header(self, column: Field | int | None) -> str:
        if column is None:
            return ""
        if isinstance(column, int):
            index = column
        else:
            found = [self.columns[f] for f in (column, *_STANDS_FOR.get(column, ()))
                     if f in self.columns]
            if not found:
                return ""
            index = found[0]
        return self.headers[index] if index < len(self.headers) else f"#{index + 1}"

    def add(self, number: int, cells: list[Any]) -> None:
        if not any(values.filled(c) for c in cells):
            return  # a blank line: spreadsheets end with many
        self.total += 1
        self.data_rows.add(number)
        row = _Row(number)
        notes: list[str] = []
        for index, field_ in self.mapping.items():
            raw = cells[index] if index < len(cells) else None
            try:
                if field_ is Field.NOTE:
                    if written := values.text(raw):
                        notes.append(f"{self.header(index)}: {written}")
                    continue
                row.cells[field_] = self._parse(index, field_, raw)
            except CellProblem as problem:
                row.problems.append(RowProblem(number, self.header(index), problem.message))
                if field_ in CHOOSABLE and len(str(raw)) <= values.MAX_CELL_CHARS:
                    self._unread(field_, values.text(raw), number)
        row.cells[Field.NOTE] = "\n".join(notes)
        extra = [i for i in range(len(self.headers), len(cells)) if values.filled(cells[i])]
        if extra:
            row.problems.append(RowProblem(number, "", Bilingual(
                es=f"La fila tiene {len(cells)} celdas y la hoja {len(self.headers)} "
                   "encabezados (¿un separador de más?).",
                en=f"The row has {len(cells)} cells but the sheet {len(self.headers)} "
                   "headers (an extra separator?).")))
        if not row.problems:
            self._build(row)
        else:
            # What can be read of a row in error still finds its duplicates.
            given, family = self._names(row.cells, count=False)
            self._duplicates(row, " ".join(p for p in (given, family) if p))
        self.problems.extend(row.problems)

    def _duplicates(self, row: _Row, name: str) -> None:
        cells = row.cells
        found = self.finder.check(row.number, name, cells.get(Field.BIRTH_DATE),
                                  (cells.get(Field.DOCUMENT_TYPE),
                                   cells.get(Field.DOCUMENT_NUMBER)))
        self.matches.extend(found)
        row.problems.extend(RowProblem(row.number, "", match.message(), duplicate=True)
                            for match in found)

    def _parse(self, index: int, field_: Field, raw: Any) -> Any:
        # A register writes the same few dozen countries and documents in thousands of
        # rows: each spelling is read once.
        if field_ in _REPEATED and isinstance(raw, str):
            key = (field_, raw)
            if key not in self.memo:
                try:
                    self.memo[key] = self._read(index, field_, raw)
                except CellProblem as problem:
                    self.memo[key] = problem
            found = self.memo[key]
            if isinstance(found, CellProblem):
                raise found
            return found
        return self._read(index, field_, raw)

    def _read(self, index: int, field_: Field, raw: Any) -> Any:
        if field_ in _DATES:
            ahead = 20 if field_ is Field.DOCUMENT_EXPIRES_ON else 0
            return values.parse_date(raw, self.orders.get(index, DAY_FIRST), ahead)
        if field_ is Field.NATIONALITY:
            return values.parse_nationality(raw, self.choices)
        if field_ is Field.DOCUMENT_TYPE:
            return values.parse_document_type(raw, self.choices)
        return _PARSERS.get(field_, values.text)(raw)

    def _unread(self, field_: Field, written: str, number: int) -> None:
        key = values.choice_key(field_.value, written)
        found = self.unread.get(key)
        rows = (*found.rows, number) if found else (number,)
        self.unread[key] = UnreadValue(field_, found.written if found else written, rows)

    def _names(self, cells: dict[Field, Any], count: bool = True) -> tuple[str, str]:
        if Field.FULL_NAME in cells:
            full = cells[Field.FULL_NAME]
            given, family = split_full_name(full)
            if full and count:
                self.split_rows += 1
                if len(self.split_examples) < _EXAMPLES and family:
                    self.split_examples.append((full, given, family))
            return given, family
        family = cells.get(Field.FAMILY_NAMES) or join_surnames(
            cells.get(Field.PATERNAL_SURNAME, ""), cells.get(Field.MATERNAL_SURNAME, ""))
        return cells.get(Field.GIVEN_NAMES, ""), family

    def _problem(self, row: _Row, error: InvalidInput) -> None:
        row.problems.append(RowProblem(row.number, self.header(_CHECKED.get(error.field)),
                                       error.message))

    def _build(self, row: _Row) -> None:
        cells = row.cells
        given, family = self._names(cells)
        person = PersonDetails(
            given_names=given, family_names=family,
            aliases=cells.get(Field.ALIASES, ()), birth_date=cells.get(Field.BIRTH_DATE),
            sex=cells.get(Field.SEX, PersonDetails.sex),
            nationality=cells.get(Field.NATIONALITY, ""),
            languages=cells.get(Field.LANGUAGES, ()),
            place_of_origin=cells.get(Field.PLACE_OF_ORIGIN, ""),
            arrived_mexico_on=cells.get(Field.ARRIVED_MEXICO_ON),
            arrived_shelter_on=cells.get(Field.ARRIVED_SHELTER_ON),
            phone=cells.get(Field.PHONE, ""))
        try:
            check_person(person, self.today, is_country=is_country, is_language=is_language)
        except InvalidInput as error:
            self._problem(row, error)
        document = self._document(row)
        in_error = bool(row.problems)
        self._duplicates(row, person.full_name)
        if in_error:
            return
        self.rows.append(ImportRow(row.number, person, document,
                                   person.arrived_shelter_on or self.today,
                                   note=cells.get(Field.NOTE, "")))

    def _document(self, row: _Row) -> DocumentDetails | None:
        cells = row.cells
        type_key = cells.get(Field.DOCUMENT_TYPE)
        number = cells.get(Field.DOCUMENT_NUMBER, "")
        expires = cells.get(Field.DOCUMENT_EXPIRES_ON)
        if type_key is None:
            if number or expires:
                column = Field.DOCUMENT_NUMBER if number else Field.DOCUMENT_EXPIRES_ON
                row.problems.append(RowProblem(row.number, self.header(column), Bilingual(
                    es="Falta el tipo de documento al que se refiere.",
                    en="The document type it refers to is missing.")))
            return None
        details = DocumentDetails(type_key=type_key, status=DocumentStatus.ORIGINAL,
                                  number=number, expires_on=expires)
        try:
            check_document(details, self.types, self.today)
        except InvalidInput as error:
            self._problem(row, error)
        return details

    def finish(self, file_name: str, file_format: str, covered: set[tuple[int, int]],
               facts: dict[str, Any] | None = None) -> ImportPlan:
        # Merged cells are known only at the end of an XLSX sheet: a row whose mapped cell
        # hides under a merge is in error, not silently read as blank.
        in_error = {problem.row for problem in self.problems if not problem.duplicate}
        for number, index in sorted(covered):
            if index in self.mapping and number in self.data_rows:
                self.problems.append(RowProblem(number, self.header(index), Bilingual(
                    es="La celda está combinada con la de arriba o la de al lado: separa las "
                       "celdas y escribe el valor en cada fila.",
                    en="The cell is merged with the one above or beside it: unmerge the "
                       "cells and type the value in each row.")))
                in_error.add(number)
        rows = tuple(row for row in self.rows if row.row not in in_error)
        problems = tuple(sorted(self.problems, key=lambda p: (p.row, p.column)))
        split = None
        if self.split_rows:
            split = NameSplit(self.header(Field.FULL_NAME), self.split_rows,
                              tuple(self.split_examples))
        unread = tuple(sorted(self.unread.values(), key=lambda u: (-len(u.rows), u.key)))
        return ImportPlan(file_name, file_format, tuple(self.headers), dict(self.mapping),
                          rows, problems, self.total, unread=unread, name_split=split,
                          matches=tuple(self.matches),
                          **(facts or {}))


def date_orders(rows: list[tuple[int, list[Any]]], mapping: Mapping) -> dict[int, DateOrder]:
    """How each date column reads its dd/mm-or-mm/dd values, from all of its cells."""
    return {index: decide_order(cells[index] for _n, cells in rows if index < len(cells))
            for index, field_ in mapping.items() if field_ in _DATES}


def build_plan(headers: list[str], rows: Iterable[tuple[int, list[Any]]], mapping: Mapping,
               *, today: date, existing: VaultIndex, file_name: str = "",
               file_format: str = "csv", covered: set[tuple[int, int]] | None = None,
               choices: dict[str, str] | None = None, facts: dict[str, Any] | None = None,
               progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """`rows` are read whole first: a date column is read in one order, decided by all
    of its values. `facts` (skipped rows, header rows, hidden columns) go to the plan."""
    table = list(rows)
    orders = date_orders(table, mapping)
    builder = PlanBuilder(headers, mapping, today, existing,
                          orders={i: o.order for i, o in orders.items()}, choices=choices)
    for done, (number, cells) in enumerate(table, start=1):
        builder.add(number, cells)
        if progress is not None and done % 500 == 0:
            progress(done, len(table))
    if progress is not None:
        progress(len(table), len(table))
    shown = tuple((builder.header(i), o) for i, o in sorted(orders.items())
                  if o.ambiguous or o.order != DAY_FIRST)
    return builder.finish(file_name, file_format, covered or set(),
                          {**(facts or {}), "date_orders": shown})
