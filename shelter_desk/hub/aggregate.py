"""Network tables: each member's latest revision of a period, added up cell by cell.

A member's withheld count (null) is not a zero: the network value becomes an interval.
Each withheld count is at least 1 (members publish their zeros) and at most what the
member's own published margins leave for it (its table total or a one-dimensional
marginal, less the member's known counts in it); when none bounds it, only "at least" is
known. Then small-cell suppression is applied again on the combined table: a network
value known to lie in 1..k-1 is shown as "< k", and where that would leave a single
hidden count in a published margin, the smallest other count of that margin is hidden
too (a heuristic, not #9's full auditor: the network table is a sum over many members).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

STAR = "*"
Key = tuple[str, ...]


@dataclass(frozen=True)
class Value:
    low: int
    high: int | None  # None: no upper bound known
    suppressed: bool = False  # hidden again on the network table

    @property
    def exact(self) -> bool:
        return self.high == self.low

    def to_json(self) -> dict[str, Any]:
        if self.suppressed:
            return {"value": None, "suppressed": True}
        if self.exact:
            return {"value": self.low}
        return {"value": None, "at_least": self.low, "at_most": self.high}

    def text(self, k: int) -> str:
        if self.suppressed:
            return f"< {k}"
        if self.exact:
            return str(self.low)
        if self.high is None:
            return f"≥ {self.low}"
        return f"{self.low}–{self.high}"


@dataclass
class NetworkTable:
    key: str
    dimensions: tuple[str, ...]
    values: dict[Key, Value] = field(default_factory=dict)
    members: int = 0  # how many members' reports hold this table

    def rows(self) -> list[tuple[Key, Value]]:
        return sorted(self.values.items(), key=lambda item: (item[0].count(STAR), item[0]))

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "dimensions": list(self.dimensions), "members": self.members,
                "counts": [{"key": list(key), **value.to_json()} for key, value in self.rows()]}


def member_bounds(counts: Mapping[Key, int | None]) -> dict[Key, tuple[int, int | None]]:
    """(low, high) for every count of one member's table."""
    bounds: dict[Key, tuple[int, int | None]] = {}
    for key, count in counts.items():
        if count is not None:
            bounds[key] = (count, count)
            continue
        high: int | None = None
        for parent, siblings in _groups_of(key, counts):
            total = counts.get(parent)
            if total is None:
                continue
            known = sum(counts[s] or 0 for s in siblings if s != key)
            hidden = sum(1 for s in siblings if s != key and counts[s] is None)
            room = max(total - known - hidden, 1)
            high = room if high is None else min(high, room)
        bounds[key] = (1, high)
    return bounds


def _groups_of(key: Key, counts: Mapping[Key, int | None]) -> Iterable[tuple[Key, list[Key]]]:
    """The published relations `key` is a term of: (parent count, its terms)."""
    width = len(key)
    stars = key.count(STAR)
    total = (STAR,) * width
    if stars == 0:
        yield total, [k for k in counts if STAR not in k]
        if width > 1:
            for dimension in range(width):
                margin = tuple(v if i == dimension else STAR for i, v in enumerate(key))
                yield margin, [k for k in counts
                               if STAR not in k and k[dimension] == key[dimension]]
    elif stars == width - 1 and width > 1:
        dimension = next(i for i, v in enumerate(key) if v != STAR)
        yield total, [k for k in counts if k.count(STAR) == width - 1 and k[dimension] != STAR]


def combine(documents: Iterable[Mapping[str, Any]], k: int) -> list[NetworkTable]:
    """The network tables of one period from its members' report documents."""
    tables: dict[str, NetworkTable] = {}
    sums: dict[str, dict[Key, list[int | None]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for document in documents:
        for table in document["tables"]:
            network = tables.setdefault(table["key"], NetworkTable(
                table["key"], tuple(table["dimensions"])))
            if tuple(table["dimensions"]) != network.dimensions:
                continue  # another shape under the same name: not added to a wrong table
            network.members += 1
            counts = {tuple(row["key"]): row["count"] for row in table["counts"]}
            for key, (low, high) in member_bounds(counts).items():
                running = sums[table["key"]][key]
                running[0] = running[0] + low  # type: ignore[operator]
                running[1] = None if running[1] is None or high is None else running[1] + high
    for key, table in tables.items():
        table.values = {cell: Value(low, high) for cell, (low, high) in sums[key].items()}
        resuppress(table, k)
    return sorted(tables.values(), key=lambda table: table.key)


def resuppress(table: NetworkTable, k: int) -> None:
    """Hide network values known to be small, then protect them within their margins."""
    for key, value in table.values.items():
        if value.low >= 1 and value.high is not None and value.high < k:
            table.values[key] = Value(value.low, value.high, suppressed=True)
    changed = True
    while changed:
        changed = False
        for parent, siblings in _all_groups(list(table.values)):
            sum_of = table.values.get(parent)
            if sum_of is None or sum_of.suppressed or not sum_of.exact:
                continue  # a hidden or uncertain sum gives no hidden count away
            hidden = [s for s in siblings if table.values[s].suppressed]
            shown = [s for s in siblings if not table.values[s].suppressed]
            if len(hidden) != 1:
                continue
            # One hidden count in a published sum would be the sum less the others: hide
            # the smallest other one too, or the sum itself when it has no other.
            target = min(shown, key=lambda s: (table.values[s].low, s)) if shown else parent
            value = table.values[target]
            table.values[target] = Value(value.low, value.high, suppressed=True)
            changed = True


def _all_groups(keys: list[Key]) -> Iterable[tuple[Key, list[Key]]]:
    if not keys:
        return
    width = len(keys[0])
    cells = [key for key in keys if STAR not in key]
    total = (STAR,) * width
    yield total, cells
    if width > 1:
        for dimension in range(width):
            margins = [key for key in keys
                       if key.count(STAR) == width - 1 and key[dimension] != STAR]
            yield total, margins
            for margin in margins:
                yield margin, [c for c in cells if c[dimension] == margin[dimension]]
