"""The fewest withheld counts, by integer programming, and the heuristic measured against
it: a shelter's report loses as few counts as safety allows, and a table's total is not
withheld when cells alone can protect its small counts."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desk.network import auditor
from shelter_desk.network.cells import STAR, NetworkTable, all_counts, relations
from shelter_desk.network.knowledge import Knowledge, Publication
from shelter_desk.network.optimal_suppression import fewest_withheld
from shelter_desk.network.suppression import protect


def _safe(values, related, withheld, k) -> bool:
    return not auditor.too_narrow(Knowledge(Publication(values, frozenset(withheld), related)),
                                  k, limit=1)


def _fewest_by_counting(values, related, k) -> int:
    """Every pattern, smallest first, those keeping the table's total before the others
    (a total is withheld only when it must be): the size of the first the auditor
    passes."""
    primary = {var for var, value in values.items() if 0 < value < k}
    others = sorted(var for var, value in values.items() if value >= k)
    totals = [var for var in others if all(v == STAR for v in var[1])]
    for allowed in ([var for var in others if var not in totals], others):
        for size in range(len(allowed) + 1):
            for extra in itertools.combinations(allowed, size):
                if _safe(values, related, primary | set(extra), k):
                    return len(primary) + size
    raise AssertionError("withholding everything is always safe for one table")


@st.composite
def small_tables(draw) -> NetworkTable:
    shape = draw(st.sampled_from([(3,), (4,), (2, 2), (2, 3)]))
    keys = itertools.product(*[[f"v{j}" for j in range(size)] for size in shape])
    counts = st.one_of(st.integers(0, 6), st.integers(5, 40))
    return NetworkTable("t", tuple(f"d{i}" for i in range(len(shape))),
                        {key: draw(counts) for key in keys})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=small_tables(), k=st.integers(2, 6))
def test_the_integer_program_withholds_as_few_counts_as_counting_every_pattern(table, k):
    # GIVEN a small table, WHEN the integer program protects it
    values, related = all_counts([table]), relations([table])
    optimum = fewest_withheld(values, related, k)
    # THEN the auditor passes its pattern, and no smaller pattern passes
    assert _safe(values, related, optimum.suppressed, k)
    assert len(optimum.suppressed) == _fewest_by_counting(values, related, k)


# Two rows whose small cells the heuristic used to hide by withholding the total (80).
_ROWS = NetworkTable("t", ("row", "column"), {
    ("a", "w"): 4, ("a", "x"): 0, ("a", "y"): 0, ("a", "z"): 0,
    ("b", "w"): 18, ("b", "x"): 4, ("b", "y"): 0, ("b", "z"): 54})


@pytest.mark.parametrize("optimal_up_to", [0, 300], ids=["heuristic", "optimal"])
def test_a_table_total_is_kept_when_cells_can_protect_the_small_ones(optimal_up_to):
    values, related = all_counts([_ROWS]), relations([_ROWS])
    # WHEN the table is protected, by the heuristic alone or by the optimum
    withheld = protect(values, related, 5, optimal_up_to=optimal_up_to).publication.suppressed
    # THEN it is safe, and its total of 80 is published
    assert _safe(values, related, withheld, 5)
    assert ("t", (STAR, STAR)) not in withheld


def test_a_small_total_is_withheld_all_the_same():
    # GIVEN a table of three people in all: its total is itself small
    table = NetworkTable("t", ("row",), {("a",): 1, ("b",): 2, ("c",): 0})
    values, related = all_counts([table]), relations([table])
    withheld = protect(values, related, 5).publication.suppressed
    assert ("t", (STAR,)) in withheld and _safe(values, related, withheld, 5)


def test_an_earlier_revisions_withheld_counts_stay_withheld_in_the_optimum():
    # GIVEN a first revision, then one cell corrected
    first = protect(all_counts([_ROWS]), relations([_ROWS]), 5).publication
    cells = dict(_ROWS.cells)
    cells[("b", "z")] = 55
    corrected = NetworkTable("t", _ROWS.dimensions, cells)
    values, related = all_counts([corrected]), relations([corrected])
    # WHEN the second revision is protected knowing the first
    second = protect(values, related, 5, first).publication
    # THEN every unchanged count the first withheld is still withheld, and both are safe
    unchanged = {var for var in first.suppressed if values.get(var) == first.values[var]}
    assert unchanged <= second.suppressed
    assert not auditor.too_narrow(Knowledge(second, first), 5)
