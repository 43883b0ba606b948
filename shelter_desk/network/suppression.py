"""Disclosure control for one report: primary suppression of every count in 1..k-1,
then complementary suppression until the auditor finds every withheld count's interval
at least k wide, across all tables of the report and the earlier revision of its period.
A small report gets the fewest withheld counts that do this (an integer program); the
heuristic below serves the rest, and is measured against that optimum.

The fast pass works relation by relation (a total and what adds up to it): one holding
a single withheld count gives it away, and one whose withheld counts add up to too
little pins each of them down, so its smallest other count is withheld too, until
nothing changes. The auditor then checks the result with linear programs; any count
still too narrow gets its best published neighbour withheld, and the audit runs again.
When nothing near is left to withhold, a count withheld only to protect others (it is
not small) that the audit finds worked out exactly anyway is published again (it hid
nothing), and as a last resort everything tied to the failing counts is withheld.
Last, every count withheld only to protect others is published again, the costliest
first, wherever the audit finds the pattern safe without it: a table's total or a whole
table is withheld only when no smaller pattern found protects it.
An unchanged count the earlier revision withheld stays withheld.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shelter_desk.network import auditor
from shelter_desk.network.cells import STAR, Relation, Var
from shelter_desk.network.knowledge import NEW, Knowledge, Node, Publication
from shelter_desk.network.optimal_suppression import NoOptimum, fewest_withheld

_SHARED = 2
_FAILING_PER_ROUND = 16  # enough to act on; the last round audits everything
# Reports up to this many counts (a small shelter's six tables have about 200 to 300) get
# the optimal pattern when its integer programs settle within this many rounds (about a
# second at most here); larger ones, and those that do not settle, the heuristic.
OPTIMAL_UP_TO = 300
_OPTIMAL_ROUNDS = 25


class CannotProtect(Exception):
    """No pattern of withheld counts makes this report safe: what an earlier revision
    published pins a count down, and nothing withheld now can hide it."""


@dataclass(frozen=True)
class Protected:
    publication: Publication
    primary: frozenset[Var]  # withheld because they are small
    rounds: int  # audits run


def protect(values: Mapping[Var, int], relations: Sequence[Relation], k: int,
            previous: Publication | None = None, *,
            optimal_up_to: int = OPTIMAL_UP_TO) -> Protected:
    """Withhold what must be. A report of at most `optimal_up_to` counts is first given
    the fewest withheld counts (optimal_suppression.py, in a bounded number of rounds);
    otherwise, or when that does not finish, the heuristic below."""
    if k < 1:
        raise ValueError("k must be at least 1")
    primary = frozenset(var for var, value in values.items() if 0 < value < k)
    # What the earlier revision withheld and has not changed since stays withheld: it is
    # the same unknown, and publishing it now would give it away. A count that changed
    # is a new unknown; the auditor checks that the old one stays hidden.
    sticky = frozenset(var for var in previous.suppressed
                       if previous.values[var] == values.get(var)) if previous else frozenset()
    knowledge = Knowledge(Publication(values, primary | sticky, relations), previous)
    if len(values) <= optimal_up_to:
        try:
            optimum = fewest_withheld(values, relations, k, previous=previous,
                                      required=sticky, forbidden=knowledge.pinned,
                                      max_rounds=_OPTIMAL_ROUNDS)
        except NoOptimum:
            pass
        else:
            return Protected(Publication(dict(values), optimum.suppressed, tuple(relations)),
                             primary, optimum.rounds)
    required = primary | sticky
    try:  # first without withholding any table's total that is not itself small
        found = _search(values, relations, k, previous, required, keep_totals=True)
    except CannotProtect:
        found = _search(values, relations, k, previous, required, keep_totals=False)
    return Protected(Publication(dict(values), found.withheld, tuple(relations)), primary,
                     found.rounds)


@dataclass(frozen=True)
class _Found:
    withheld: frozenset[Var]
    rounds: int


def _search(values: Mapping[Var, int], relations: Sequence[Relation], k: int,
            previous: Publication | None, required: frozenset[Var], *,
            keep_totals: bool) -> _Found:
    knowledge = Knowledge(Publication(values, required, relations), previous)
    if keep_totals:  # as if published for good: never a candidate
        knowledge.final.update(var for var in values
                               if all(v == STAR for v in var[1]) and var not in required)
    rounds, safe = 0, set()
    while True:
        _close_relations(knowledge, k)
        rounds += 1
        failing = auditor.too_narrow(knowledge, k, limit=_FAILING_PER_ROUND, safe=safe)
        if not failing:
            break
        if _widen(knowledge, failing):
            continue
        # Nothing left to withhold near them. A count withheld only to protect others that
        # an outsider works out exactly anyway hides nothing: publishing it changes
        # nothing she knows (it is not small), and it stops being a count to protect.
        useless = [node[1] for node, interval in failing.items()
                   if node[0] == NEW and interval.width == 0 and node[1] in knowledge.withheld
                   and node[1] not in required]
        for var in useless:
            knowledge.publish(var)
        if not useless and not _last_resort(knowledge, failing):
            raise CannotProtect(sorted(failing, key=repr)[:5])
    return _Found(_pruned(values, relations, k, previous, knowledge, required, safe), rounds)


def _pruned(values: Mapping[Var, int], relations: Sequence[Relation], k: int,
            previous: Publication | None, knowledge: Knowledge, required: frozenset[Var],
            safe: set[frozenset[Node]]) -> frozenset[Var]:
    """Publish again every count withheld only to protect others that the pattern does
    not need, the costliest first (a table's total, then margins, then the larger
    cells): the search above adds counts one failure at a time, and a count it added
    early is often covered by those added after it. Each trial is audited in full;
    groups already proven wide are not solved again."""
    withheld = set(knowledge.withheld)
    extra = sorted(withheld - required, key=lambda var: knowledge.cost((NEW, var)),
                   reverse=True)
    for var in extra:
        trial = frozenset(withheld - {var})
        if not auditor.too_narrow(Knowledge(Publication(values, trial, relations), previous),
                                  k, limit=1, safe=safe):
            withheld.discard(var)
    return frozenset(withheld)


def _widen(knowledge: Knowledge, failing: Mapping[Node, auditor.Interval]) -> bool:
    """One more count for each failing count (its best neighbour, else the nearest that
    may be withheld), unless one withheld in this round already shares most of its
    relations with it (the widest ones, such as a table's total, tie everything together
    and say little). False when there is nothing left to withhold near any of them."""
    added: list[Node] = []
    for node in sorted(failing, key=repr):
        mine = set(knowledge.by_node.get(node, ()))
        enough = min(len(mine), max(_SHARED, len(mine) - 2))
        if any(len(mine.intersection(knowledge.by_node[other])) >= enough for other in added):
            continue
        choice = knowledge.candidates(node) or _nearest(knowledge, node)
        if choice:
            knowledge.withhold(choice[0][1])
            added.append(choice[0])
    return bool(added)


def _last_resort(knowledge: Knowledge, failing: Mapping[Node, auditor.Interval]) -> bool:
    """Withhold everything tied to the failing counts that still may be, counts published
    again included (withholding whole tables always works, unless an earlier revision
    published what pins a count down). False when there is nothing left at all."""
    added = False
    for node in sorted(failing, key=repr):
        for other in knowledge.reachable(node):
            if knowledge.may_withhold(other, last_resort=True):
                knowledge.withhold(other[1])
                added = True
    return added


def _close_relations(knowledge: Knowledge, k: int) -> None:
    """Withhold more until no single relation gives a withheld count away on its own.

    In a relation whose withheld counts all have the same sign (cells adding up to a
    published total), n withheld counts adding up to S each lie in [1, S - n + 1] as far
    as that relation says; the whole system can only narrow that. So S - n < k (or n = 1)
    means too narrow for certain, and the relation's smallest published count joins them.
    """
    queue = deque(range(len(knowledge.relations)))
    while queue:
        index = queue.popleft()
        relation = knowledge.relations[index]
        unknown = [node for node in relation if node in knowledge.unknown]
        if not unknown or len({relation[node] > 0 for node in unknown}) > 1:
            continue
        total = sum(knowledge.unknown[node] for node in unknown)
        if len(unknown) > 1 and total - len(unknown) >= k:
            continue
        choice = knowledge.candidates(unknown[0], within=index)
        if not choice:
            continue  # left to the auditor, which looks further
        knowledge.withhold(choice[0][1])
        queue.extend(knowledge.by_node[choice[0]])
        queue.append(index)


def _nearest(knowledge: Knowledge, start: Node) -> list[Node]:
    """The closest counts to `start`, through its relations, that may be withheld (its
    direct neighbours are all withheld or pinned); the cheapest of the nearest first."""
    seen, frontier = {start}, [start]
    while frontier:
        found = {other for node in frontier for other in knowledge.candidates(node)}
        if found:
            return sorted(found, key=knowledge.cost)
        following = []
        for node in frontier:
            for index in knowledge.by_node.get(node, ()):
                for other in knowledge.relations[index]:
                    if other not in seen:
                        seen.add(other)
                        following.append(other)
        frontier = following
    return []
