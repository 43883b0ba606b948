"""The auditor: for every withheld count, the smallest and largest values consistent with
everything published (a linear program over all tables of the report and the earlier
revision of its period), solved by GLPK (linear_program.py).

The bounds are the linear relaxation's, rounded inwards to whole numbers. For tables of
two dimensions the relaxation's bounds are the integer ones; for three or more a bound may
lie a little outside what whole numbers allow, so the check is the standard relaxation
check (as statistical offices' audits do), not an integer-programming proof.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from dataclasses import dataclass

from shelter_desk.network.knowledge import Knowledge, Node
from shelter_desk.network.linear_program import LinearProgram

_EPSILON = 1e-7
_PROBES = 3


@dataclass(frozen=True)
class Interval:
    low: float
    high: float  # math.inf when nothing published bounds it from above

    @property
    def width(self) -> float:
        return self.high - self.low


def intervals(knowledge: Knowledge) -> dict[Node, Interval]:
    """Node -> the interval an outsider can narrow it to, for every unknown node."""
    found: dict[Node, Interval] = {}
    for component in _components(knowledge):
        with _Component(knowledge, component) as solved:
            found.update(solved.exact())
    return found


def too_narrow(knowledge: Knowledge, k: int, limit: int | None = None,
               safe: set[frozenset[Node]] | None = None) -> dict[Node, Interval]:
    """The unknown nodes whose interval is narrower than k, with their exact interval
    (only the first `limit` found, if given). Nodes are proven wide cheaply when
    feasible points already seen lie k apart; only the rest get their own two linear
    programs. `safe` remembers groups of unknowns found wide: the same group, tied by
    the same relations to the same published counts, need not be solved again."""
    found: dict[Node, Interval] = {}
    for component in _components(knowledge):
        group = frozenset(component)
        if safe is not None and group in safe:
            continue
        with _Component(knowledge, component) as solved:
            narrow = solved.narrower_than(k, None if limit is None else limit - len(found))
        if not narrow and safe is not None:
            safe.add(group)
        found.update(narrow)
        if limit is not None and len(found) >= limit:
            break
    return found


def _components(knowledge: Knowledge) -> list[list[Node]]:
    """Unknown nodes grouped by the relations that tie them (each solved on its own)."""
    parent: dict[Node, Node] = {node: node for node in knowledge.unknown}

    def root(node: Node) -> Node:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for relation in knowledge.relations:
        members = [node for node in relation if node in parent]
        for other in members[1:]:
            parent[root(other)] = root(members[0])
    groups: dict[Node, list[Node]] = defaultdict(list)
    for node in knowledge.unknown:
        groups[root(node)].append(node)
    return list(groups.values())


class _Component:
    """The linear program of one group of tied unknowns: A x = b, x >= 1."""

    def __init__(self, knowledge: Knowledge, nodes: list[Node]) -> None:
        self.nodes = nodes
        index = {node: position for position, node in enumerate(nodes)}
        rows: list[dict[int, float]] = []
        right: list[float] = []
        for relation_index in sorted({i for node in nodes for i in knowledge.by_node[node]}):
            row: dict[int, float] = defaultdict(float)
            constant = 0.0
            for node, coefficient in knowledge.relations[relation_index].items():
                if node in index:
                    row[index[node]] += coefficient
                else:
                    constant += coefficient * knowledge.known[node]
            if any(row.values()):
                rows.append(dict(row))
                right.append(-constant)
        self.program = LinearProgram(len(nodes), rows, right) if rows else None
        # The smallest and largest value seen for each node in any feasible point found.
        self.seen_low = [math.inf] * len(nodes)
        self.seen_high = [-math.inf] * len(nodes)

    def __enter__(self) -> _Component:
        return self

    def __exit__(self, *_exception: object) -> None:
        if self.program is not None:
            self.program.close()

    def exact(self) -> dict[Node, Interval]:
        return {node: self._interval(position) for position, node in enumerate(self.nodes)}

    def narrower_than(self, k: int, limit: int | None = None) -> dict[Node, Interval]:
        if self.program is None:
            return {}
        # A few objectives that push every node up or down at random: their optima are
        # feasible points far apart, which prove most nodes wide without their own LPs.
        # Seeded, so that a report is protected the same way every time.
        probes = _PROBES if len(self.nodes) > 2 * _PROBES else 0  # else exact is cheaper
        draw = random.Random(len(self.nodes))  # noqa: S311 - not a secret, a search order
        for _probe in range(probes):
            objective = [draw.choice((-1.0, 1.0)) for _node in self.nodes]
            self._optimum(objective)
            self._optimum([-value for value in objective])
        found = {}
        for position, node in enumerate(self.nodes):
            low, high_seen = self.seen_low[position], self.seen_high[position]
            if (math.isfinite(low) and math.isfinite(high_seen)
                    and math.floor(high_seen + _EPSILON) - math.ceil(low - _EPSILON) >= k):
                continue
            # Its maximum first: with the lowest value already seen (often the bound 1),
            # that alone may prove it wide, saving the minimum's program.
            high = self._bound(position, upper=True)
            lowest_seen = self.seen_low[position]
            if math.isfinite(lowest_seen) and high - math.ceil(lowest_seen - _EPSILON) >= k:
                continue
            interval = Interval(self._bound(position, upper=False), high)
            if interval.width < k:
                found[node] = interval
                if limit is not None and len(found) >= limit:
                    break
        return found

    def _interval(self, position: int) -> Interval:
        if self.program is None:
            return Interval(1.0, math.inf)
        return Interval(self._bound(position, upper=False), self._bound(position, upper=True))

    def _bound(self, position: int, *, upper: bool) -> float:
        """The node's largest (or smallest) value, rounded inwards to a whole number."""
        objective = [0.0] * len(self.nodes)
        objective[position] = -1.0 if upper else 1.0
        optimum = self._optimum(objective)
        if upper:
            return math.inf if optimum is None else math.floor(-optimum + _EPSILON)
        assert optimum is not None  # x >= 1 bounds every minimum
        return math.ceil(optimum - _EPSILON)

    def _optimum(self, objective: list[float]) -> float | None:
        """The optimum of objective . x (None when unbounded), remembering the point."""
        assert self.program is not None
        try:
            solved = self.program.minimise(objective)
        except ValueError as error:
            raise ValueError(f"the published counts are inconsistent ({error})") from error
        if solved is None:
            return None
        optimum, point = solved
        self.seen_low = [min(seen, value) for seen, value in zip(self.seen_low, point,
                                                                 strict=True)]
        self.seen_high = [max(seen, value) for seen, value in zip(self.seen_high, point,
                                                                  strict=True)]
        return optimum


# ---- across published versions of one period's network sums ----------------------------

MIN_MEMBERS = 3  # no network sum of fewer members; no two versions closer than this

Members = dict[str, int]  # member (public key, hex) -> the revision of hers that is added


def changed_members(earlier: Members, later: Members) -> set[str]:
    """Members whose contribution differs between two versions: added, left out, or
    added with another revision. Their total contribution is the versions' difference."""
    return {member for member in set(earlier) | set(later)
            if earlier.get(member) != later.get(member)}


def release_problem(candidate: Members, released: list[Members]) -> str | None:
    """Why `candidate` may not be added up and published, given the versions already
    released; None when it may. Checked pairwise against every earlier version (a
    difference of fewer than MIN_MEMBERS members would show their sum by subtraction)."""
    if len(candidate) < MIN_MEMBERS:
        return f"fewer than {MIN_MEMBERS} members"
    for earlier in released:
        changed = changed_members(earlier, candidate)
        if 0 < len(changed) < MIN_MEMBERS:
            return f"differs from a published version by {len(changed)} member(s)"
    return None


def check_revisions(versions: list[Members]) -> list[str]:
    """Every problem in a period's published versions, in order (empty: none)."""
    problems = []
    for index, version in enumerate(versions):
        problem = release_problem(version, versions[:index])
        if problem:
            problems.append(f"version {index + 1}: {problem}")
    return problems
