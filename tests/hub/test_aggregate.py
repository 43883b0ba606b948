"""Network tables from members' reports: sums, honest intervals where a member withheld
a count, and small network values hidden again."""

from __future__ import annotations

from shelter_desk.hub.aggregate import Value, combine, member_bounds
from tests.hub.members import report_document


def values(documents: list[dict], k: int = 5) -> dict[tuple[str, ...], Value]:
    tables = {table.key: table for table in combine(documents, k)}
    return tables["people"].values


def test_counts_of_the_same_cell_add_up_over_members():
    north = report_document("north", "2026-Q1", 1, {("HN", "18+", "female"): 12,
                                                     ("SV", "18+", "female"): 6})
    south = report_document("south", "2026-Q1", 1, {("HN", "18+", "female"): 8,
                                                     ("SV", "18+", "female"): 9})
    combined = values([north, south])
    assert combined[("HN", "18+", "female")] == Value(20, 20)
    assert combined[("*", "*", "*")] == Value(35, 35)
    assert combined[("HN", "18+", "female")].to_json() == {"value": 20}


def test_a_withheld_member_count_becomes_an_interval_bounded_by_its_margins():
    # GIVEN a member that withheld a small cell but published its nationality margin
    counts = {("HN", "18+", "female"): 10, ("HN", "0-17", "female"): None,
              ("HN", "*", "*"): 13, ("*", "*", "*"): None}
    # THEN the withheld cell lies between 1 and what the margin leaves (13 - 10 = 3)
    bounds = member_bounds(counts)
    assert bounds[("HN", "0-17", "female")] == (1, 3)
    # and a withheld total bounded by nothing published is only "at least"
    assert bounds[("*", "*", "*")] == (1, None)


def test_the_network_value_of_a_cell_a_member_withheld_is_shown_as_an_interval():
    north = report_document("north", "2026-Q1", 1, {("HN", "18+", "female"): 12,
                                                     ("HN", "0-17", "female"): None,
                                                     ("SV", "18+", "female"): 7})
    south = report_document("south", "2026-Q1", 1, {("HN", "0-17", "female"): 9,
                                                     ("SV", "18+", "female"): 6})
    cell = values([north, south])[("HN", "0-17", "female")]
    # north's withheld count is 1..(14 - 12) = 1..2 by its published HN margin (true: 2)
    assert (cell.low, cell.high) == (10, 11)
    assert cell.text(5) == "10–11"
    assert cell.to_json() == {"value": None, "at_least": 10, "at_most": 11}


def test_a_small_network_value_is_hidden_again_with_a_complement():
    north = report_document("north", "2026-Q1", 1, {("HN", "18+", "female"): 12,
                                                     ("GT", "18+", "female"): 2,
                                                     ("SV", "18+", "female"): 20})
    combined = values([north])
    # THEN 2 is hidden, and so is another count of each sum it is part of
    assert combined[("GT", "18+", "female")].suppressed
    assert combined[("GT", "18+", "female")].text(5) == "< 5"
    hidden = [key for key, value in combined.items() if value.suppressed]
    assert len(hidden) >= 2
    assert combined[("GT", "18+", "female")].to_json() == {"value": None, "suppressed": True}


def test_members_with_another_table_shape_are_not_added_into_it():
    north = report_document("north", "2026-Q1", 1)
    odd = report_document("odd", "2026-Q1", 1)
    odd["tables"][0]["dimensions"] = ["nationality", "sex", "age_band"]
    tables = {table.key: table for table in combine([north, odd], 5)}
    assert tables["people"].members == 1
    assert tables["case_types"].members == 2
    assert tables["case_types"].values[("asylum",)] == Value(18, 18)
