"""Network tables as disclosure control sees them: counts keyed by their dimension values,
the totals published with them, and the linear relations that tie all of them together.

A count is named by its table and one value per dimension, with STAR where it is summed
over: ("people", ("HN", "18-29", "female")) is a cell, ("people", ("HN", "*", "*")) a
one-dimensional marginal, ("people", ("*", "*", "*")) the table's total. Every table
publishes its cells, its one-dimensional marginals and its total. Cells not listed are
zero; zeros are published (they identify nobody), so a count that is absent from a
table's cells is known to be zero and is no unknown to anyone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

STAR = "*"
Key = tuple[str, ...]
Var = tuple[str, Key]  # (table key, values with STAR where summed over)


@dataclass(frozen=True)
class NetworkTable:
    key: str
    dimensions: tuple[str, ...]
    cells: Mapping[Key, int] = field(default_factory=dict)  # interior cells; absent = 0

    def counts(self) -> dict[Var, int]:
        """Every count this table publishes (or withholds): the non-zero cells, the
        non-zero one-dimensional marginals and the total (always, even when zero)."""
        width = len(self.dimensions)
        counts: dict[Var, int] = {}
        for key, value in self.cells.items():
            if value < 0 or len(key) != width:
                raise ValueError(f"bad cell {key}={value} in {self.key}")
            if value:
                counts[(self.key, key)] = value
        if width > 1:
            for dimension in range(width):
                for margin, value in _marginal(self.cells, dimension).items():
                    if value:
                        counts[(self.key, margin)] = value
        counts[(self.key, (STAR,) * width)] = sum(self.cells.values())
        return counts


def _marginal(cells: Mapping[Key, int], dimension: int) -> dict[Key, int]:
    sums: dict[Key, int] = defaultdict(int)
    width = len(next(iter(cells), ()))
    for key, value in cells.items():
        margin = tuple(key[i] if i == dimension else STAR for i in range(width))
        sums[margin] += value
    return sums


@dataclass(frozen=True)
class Relation:
    """sum(coefficient * count) == 0 over the named counts (zero counts left out)."""

    terms: tuple[tuple[Var, int], ...]


@dataclass(frozen=True)
class Link:
    """The same people counted in two tables: for every group, the cells of `left` that
    `left_group` puts in it add up to the cells of `right` that `right_group` puts in it
    (None: the cell is in no group). E.g. the children of the people table (age bands
    under 18) and those of the minors table."""

    left: str
    right: str
    left_group: Callable[[Key], str | None]
    right_group: Callable[[Key], str | None]


def relations(tables: Iterable[NetworkTable], links: Iterable[Link] = ()) -> list[Relation]:
    """Every linear relation an outsider knows between the counts of one report."""
    by_key = {table.key: table for table in tables}
    found: list[Relation] = []
    for table in by_key.values():
        counts = table.counts()
        width = len(table.dimensions)
        total = (table.key, (STAR,) * width)
        cells = [(table.key, key) for key, value in table.cells.items() if value]
        found.append(Relation(((total, -1), *((cell, 1) for cell in cells))))
        if width < 2:
            continue
        for dimension in range(width):
            groups: dict[Var, list[Var]] = defaultdict(list)
            for cell in cells:
                margin = tuple(v if i == dimension else STAR for i, v in enumerate(cell[1]))
                groups[(table.key, margin)].append(cell)
            for margin, members in groups.items():
                if margin in counts:
                    found.append(Relation(((margin, -1), *((cell, 1) for cell in members))))
    for link in links:
        if link.left in by_key and link.right in by_key:
            found.extend(_linked(by_key[link.left], by_key[link.right], link))
    return found


def _linked(left: NetworkTable, right: NetworkTable, link: Link) -> list[Relation]:
    sides: dict[str, list[tuple[Var, int]]] = defaultdict(list)
    for table, grouping, sign in ((left, link.left_group, 1), (right, link.right_group, -1)):
        for key, value in table.cells.items():
            group = grouping(key)
            if value and group is not None:
                sides[group].append(((table.key, key), sign))
    return [Relation(tuple(terms)) for _group, terms in sorted(sides.items())]


def all_counts(tables: Iterable[NetworkTable]) -> dict[Var, int]:
    counts: dict[Var, int] = {}
    for table in tables:
        counts.update(table.counts())
    return counts
