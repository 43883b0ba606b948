"""What an outsider knows after a report is published: the linear relations between its
counts, every published value, and, for a re-approved period, everything the earlier
revision published too.

Across revisions the outsider is assumed to know which counts did not change (the worst
case: she knows only one late case was added): a count with the same true value in both
revisions is one unknown, so what one revision withheld and the other published is known.
Counts that changed are separate unknowns, tied only by each revision's own relations.
Every withheld count is also known to be at least 1, because zeros are always published.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shelter_desk.network.cells import STAR, Relation, Var

NEW, OLD = "new", "old"
Node = tuple[str, Var]  # (NEW or OLD, count)


@dataclass(frozen=True)
class Publication:
    """One revision as the vault keeps it: every true count, which ones were withheld,
    and the relations between them."""

    values: Mapping[Var, int]
    suppressed: frozenset[Var]
    relations: Sequence[Relation]


class Knowledge:
    """Relations over nodes, the nodes whose value an outsider knows, and the rest."""

    relations: list[dict[Node, int]]
    known: dict[Node, int]
    unknown: dict[Node, int]  # node -> true value (for the auditor's report, never shown)
    pinned: frozenset[Var]  # counts of this revision that the earlier one published
    withheld: set[Var]  # counts of this revision it does not publish
    settled: set[Var]  # published again: withholding them hid nothing
    forced: set[Var]  # settled, then withheld again by a last resort
    final: set[Var]  # forced, and still hiding nothing: published for good
    by_node: dict[Node, list[int]]  # node -> indexes of the relations it is in

    def __init__(self, current: Publication, previous: Publication | None = None) -> None:
        merged: dict[Var, Node] = {}
        self.known, self.unknown = {}, {}
        self.withheld = set(current.suppressed)
        self.settled, self.forced, self.final = set(), set(), set()
        for var, value in current.values.items():
            node = (NEW, var)
            (self.unknown if var in current.suppressed else self.known)[node] = value
        pinned: set[Var] = set()
        if previous is not None:
            for var, value in previous.values.items():
                if current.values.get(var) == value and value:
                    merged[var] = (NEW, var)
                    if var not in previous.suppressed:
                        pinned.add(var)
                        self.unknown.pop((NEW, var), None)
                        self.known[(NEW, var)] = value
                    continue
                node = (OLD, var)
                (self.unknown if var in previous.suppressed else self.known)[node] = value
        self.pinned = frozenset(pinned)
        self.relations = [{(NEW, var): coefficient for var, coefficient in relation.terms}
                          for relation in current.relations]
        if previous is not None:
            for relation in previous.relations:
                terms: dict[Node, int] = defaultdict(int)
                for var, coefficient in relation.terms:
                    terms[merged.get(var, (OLD, var))] += coefficient
                self.relations.append(dict(terms))
        self.by_node = defaultdict(list)
        for index, relation in enumerate(self.relations):
            for node in relation:
                self.by_node[node].append(index)

    def withhold(self, var: Var) -> None:
        """Withhold one more count of the current revision."""
        node = (NEW, var)
        if var in self.pinned or var in self.final or node not in self.known:
            raise ValueError(f"{var} cannot be withheld")
        self.unknown[node] = self.known.pop(node)
        self.withheld.add(var)
        if var in self.settled:
            self.forced.add(var)

    def publish(self, var: Var) -> None:
        """Publish again a count withheld only to protect others (it is not small) that
        an outsider works out exactly anyway: that changes nothing she knows. Withheld
        again only by a last resort; published a second time, it stays published."""
        node = (NEW, var)
        self.known[node] = self.unknown.pop(node)
        self.withheld.discard(var)
        (self.final if var in self.forced else self.settled).add(var)

    def may_withhold(self, node: Node, *, last_resort: bool = False) -> bool:
        var = node[1]
        return (node[0] == NEW and node in self.known and var not in self.pinned
                and var not in self.final and (last_resort or var not in self.settled)
                and self.known[node] > 0)

    def candidates(self, node: Node, within: int | None = None) -> list[Node]:
        """Counts that may be withheld sharing a relation with `node` (or in relation
        `within`). Best first: those sharing the most relations with `node` (withholding
        one of them widens it in each), then those of its own table (a count withheld in
        another table spreads to that table's relations), then the cheapest."""
        indexes = self.by_node.get(node, ()) if within is None else (within,)
        found = {other for index in indexes for other in self.relations[index]
                 if self.may_withhold(other)}
        mine = set(self.by_node.get(node, ()))
        return sorted(found, key=lambda other: (-len(mine.intersection(self.by_node[other])),
                                                other[1][0] != node[1][0], *self.cost(other)))

    def cost(self, node: Node) -> tuple[int, int, str]:
        """What withholding a count costs readers: cells least, then margins, the
        table's total most; then the smaller, the cheaper."""
        return (node[1][1].count(STAR), self.known.get(node, 0), repr(node))

    def reachable(self, start: Node) -> list[Node]:
        """Every node tied to `start` through relations, nearest first."""
        seen, order, frontier = {start}, [], [start]
        while frontier:
            following = []
            for node in frontier:
                for index in self.by_node.get(node, ()):
                    for other in self.relations[index]:
                        if other not in seen:
                            seen.add(other)
                            order.append(other)
                            following.append(other)
            frontier = following
        return order
