"""Disclosure control, driven directly with random tables: nothing small is published, and
the auditor (linear programs over every table of the report and the earlier revision)
finds every withheld count's interval at least k wide."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desk.network import auditor
from shelter_desk.network.cells import STAR, Link, NetworkTable, all_counts, relations
from shelter_desk.network.knowledge import Knowledge, Publication
from shelter_desk.network.suppression import OPTIMAL_UP_TO, CannotProtect, protect

_COUNT = st.one_of(st.integers(0, 6), st.integers(0, 40))


@st.composite
def tables(draw, key: str = "t", max_dimensions: int = 3) -> NetworkTable:
    sizes = draw(st.lists(st.integers(1, 4), min_size=1, max_size=max_dimensions))
    dimensions = tuple(f"d{i}" for i in range(len(sizes)))
    keys = itertools.product(*[[f"v{j}" for j in range(size)] for size in sizes])
    return NetworkTable(key, dimensions, {cell: draw(_COUNT) for cell in keys})


@st.composite
def reports(draw) -> tuple[list[NetworkTable], list[Link]]:
    """Two to three tables; the first two share a population split by sex, as the
    people and minors tables do."""
    sexes = ["female", "male"]
    people = {(n, b, s): draw(_COUNT) for n in ("a", "b") for b in ("child", "adult")
              for s in sexes}
    children = {(n, b, s): c for (n, b, s), c in people.items() if b == "child"}
    minors: dict[tuple[str, ...], int] = {}
    for sex in sexes:
        total = sum(c for (_n, _b, s), c in children.items() if s == sex)
        alone = draw(st.integers(0, total))
        minors[("alone", sex)], minors[("family", sex)] = alone, total - alone
    found = [NetworkTable("people", ("nat", "band", "sex"), people),
             NetworkTable("minors", ("group", "sex"), minors)]
    if draw(st.booleans()):
        found.append(draw(tables("other")))
    link = Link("people", "minors", lambda key: key[2] if key[1] == "child" else None,
                lambda key: key[1])
    return found, [link]


def _perturbed(table: NetworkTable, changes: dict) -> NetworkTable:
    cells = {key: max(0, value + changes.get(key, 0)) for key, value in table.cells.items()}
    return NetworkTable(table.key, table.dimensions, cells)


def _assert_safe(publication: Publication, k: int, previous: Publication | None = None):
    # No published count lies in 1..k-1
    for var, value in publication.values.items():
        if var not in publication.suppressed:
            assert value == 0 or value >= k, (var, value)
    # Every withheld count (this revision's and the earlier one's) is at least k wide
    narrow = auditor.too_narrow(Knowledge(publication, previous), k)
    assert not narrow, narrow
    # Published totals agree with published cells: a relation with nothing withheld adds
    # up, and one with something withheld leaves room for it
    for relation in publication.relations:
        shown = [(var, c) for var, c in relation.terms if var not in publication.suppressed]
        balance = sum(c * publication.values[var] for var, c in shown)
        if len(shown) == len(relation.terms):
            assert balance == 0


_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


# Small reports get the optimal pattern; the heuristic serves the larger ones: both
# must be safe.
_PATHS = pytest.mark.parametrize("optimal_up_to", [0, OPTIMAL_UP_TO],
                                 ids=["heuristic", "optimal"])


@_PATHS
@_SETTINGS
@given(table=tables(), k=st.integers(2, 11))
def test_one_table_publishes_nothing_small_and_every_withheld_cell_is_wide(table, k,
                                                                          optimal_up_to):
    # GIVEN a random table, WHEN it is protected, THEN it is safe
    counts = all_counts([table])
    protected = protect(counts, relations([table]), k, optimal_up_to=optimal_up_to)
    _assert_safe(protected.publication, k)
    assert protected.primary == {var for var, value in counts.items() if 0 < value < k}


@_PATHS
@pytest.mark.slow
@_SETTINGS
@given(report=reports(), k=st.integers(3, 10))
def test_tables_that_share_people_are_protected_together(report, k, optimal_up_to):
    # GIVEN a people table and a minors table counting the same children by sex
    found, links = report
    protected = protect(all_counts(found), relations(found, links), k,
                        optimal_up_to=optimal_up_to)
    # THEN no withheld count can be worked out from the other table either
    _assert_safe(protected.publication, k)


@_PATHS
@pytest.mark.slow
@_SETTINGS
@given(report=reports(), k=st.integers(3, 8), data=st.data())
def test_a_second_revision_gives_away_nothing_of_the_first(report, k, data, optimal_up_to):
    # GIVEN a report approved once, then some counts corrected before re-approval
    found, links = report
    first = protect(all_counts(found), relations(found, links), k,
                    optimal_up_to=optimal_up_to).publication
    changed = []
    for table in found:
        keys = sorted(table.cells)
        picks = data.draw(st.lists(st.sampled_from(keys), max_size=3))
        changed.append(_perturbed(table, {key: data.draw(st.integers(-2, 3)) for key in picks}))
    # Corrections must keep the two tables about the same children
    children = {sex: sum(c for (_n, b, s), c in changed[0].cells.items()
                         if b == "child" and s == sex) for sex in ("female", "male")}
    minors = {("alone", s): min(changed[1].cells[("alone", s)], children[s])
              for s in children}
    minors |= {("family", s): children[s] - minors[("alone", s)] for s in children}
    changed[1] = NetworkTable("minors", ("group", "sex"), minors)
    # WHEN the second revision is protected knowing the first
    counts, tied = all_counts(changed), relations(changed, links)
    try:
        second = protect(counts, tied, k, first, optimal_up_to=optimal_up_to).publication
    except CannotProtect:
        # THEN either no pattern at all could do it (withholding everything is the best
        # there is, and even that gives something away: the first revision published
        # what pins it down), and the second revision is refused ...
        everything = Publication(counts, frozenset(v for v, n in counts.items() if n), tied)
        assert auditor.too_narrow(Knowledge(everything, first), k)
        return
    # ... or together they are safe, and what the first withheld, unchanged, stays withheld
    _assert_safe(second, k, first)
    assert {var for var in first.suppressed
            if second.values.get(var) == first.values[var]} <= second.suppressed


def test_the_auditor_catches_a_cell_given_away_by_its_row_total():
    # GIVEN a row whose only small cell is withheld while its total is published
    table = NetworkTable("t", ("row", "column"), {("a", "x"): 2, ("a", "y"): 30,
                                                 ("b", "x"): 9, ("b", "y"): 12})
    counts = all_counts([table])
    naive = Publication(counts, frozenset({("t", ("a", "x"))}), relations([table]))
    # WHEN the auditor looks at it, THEN it finds the cell pinned to its true value
    interval = auditor.intervals(Knowledge(naive))[("new", ("t", ("a", "x")))]
    assert interval.low == interval.high == 2
    # AND protection withholds enough more to make it at least k wide
    protected = protect(counts, relations([table]), 5).publication
    _assert_safe(protected, 5)
    assert ("t", ("a", "y")) in protected.suppressed
    assert ("t", (STAR, STAR)) not in protected.suppressed


def test_a_count_published_before_cannot_be_used_to_hide_another():
    # GIVEN a revision that published a row's cells, and a correction that makes one small
    table = NetworkTable("t", ("row",), {("a",): 9, ("b",): 8, ("c",): 20})
    first = protect(all_counts([table]), relations([table]), 5).publication
    assert not first.suppressed
    corrected = NetworkTable("t", ("row",), {("a",): 9, ("b",): 4, ("c",): 20})
    # WHEN it is protected again, THEN the unchanged 9 and 20 are known from the first
    # revision, so the total has to go
    second = protect(all_counts([corrected]), relations([corrected]), 5, first).publication
    _assert_safe(second, 5, first)
    assert ("t", (STAR,)) in second.suppressed


@settings(max_examples=80, deadline=None)
@given(cells=st.lists(st.integers(0, 6), min_size=4, max_size=4), k=st.integers(2, 5))
def test_the_auditor_agrees_with_counting_every_possible_table(cells, k):
    # GIVEN a protected two-by-two table with a published total
    table = NetworkTable("t", ("row", "column"),
                         dict(zip(itertools.product("ab", "xy"), cells, strict=True)))
    publication = protect(all_counts([table]), relations([table]), k).publication
    total = ("t", (STAR, STAR))
    withheld = [var for var in publication.suppressed if STAR not in var[1]]
    if total in publication.suppressed or not withheld:
        return
    # WHEN every table an outsider could believe in is listed: withheld cells at least 1,
    # published cells as published, and every published margin and withheld margin
    # consistent
    seen: dict = {var: set() for var in publication.suppressed}
    grand = publication.values[total]
    for guess in itertools.product(range(1, grand + 1), repeat=len(withheld)):
        values = {("t", key): count for key, count in table.cells.items()}
        values.update(zip(withheld, guess, strict=True))
        candidate = NetworkTable("t", table.dimensions,
                                 {key: values[("t", key)] for key in table.cells})
        counts = candidate.counts()
        implied = {var: counts.get(var, 0) for var in publication.values}
        if all(implied[var] == publication.values[var] if var not in publication.suppressed
               else implied[var] >= 1 for var in publication.values):
            for var in publication.suppressed:
                seen[var].add(implied[var])
    # THEN the auditor's intervals are exactly those of the possible tables
    found = auditor.intervals(Knowledge(publication))
    for var, values in seen.items():
        interval = found[("new", var)]
        assert (interval.low, interval.high) == (min(values), max(values)), var
