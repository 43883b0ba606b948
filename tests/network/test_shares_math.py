"""Secret shares and the across-versions member rule, without servers."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shelter_desk.network import auditor, shares
from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.share_domain import share_domain


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 5000), min_size=6, max_size=6), min_size=1,
                max_size=6))
def test_the_two_sums_of_shares_give_exactly_the_sum_of_counts(members) -> None:
    halves = [shares.split(counts) for counts in members]
    leader = shares.add((first for first, _second in halves), 6)
    helper = shares.add((second for _first, second in halves), 6)
    assert shares.reveal(leader, helper) == [sum(column) for column in zip(*members,
                                                                           strict=True)]
    for first, second in halves:
        assert shares.decode(shares.encode(first), 6) == first
        assert len(shares.encode(second)) == len(shares.encode([0] * 6))


def test_a_share_of_the_wrong_length_or_not_base64_is_refused() -> None:
    with pytest.raises(ValueError):
        shares.decode(shares.encode([1, 2, 3]), 4)
    with pytest.raises(ValueError):
        shares.decode("not base64!", 1)
    with pytest.raises(ValueError):
        shares.split([-1])


def test_counts_outside_the_domain_are_not_sent_and_are_counted() -> None:
    policy = NetworkPolicy(tables=("people",))
    domain = share_domain(policy)
    people = NetworkTable("people", ("nationality", "age_band", "sex"), {
        ("GT", "18-29", "female"): 4, ("BR", "18-29", "female"): 2,
        ("GT", "18-29", "unrecorded-sex"): 3})
    vectors, outside = domain.vectors({"people": people}, policy)
    assert outside == 3 and sum(vectors["people"]) == 6
    back = domain.tables(vectors)["people"].cells
    assert back == {("GT", "18-29", "female"): 4, ("south_america", "18-29", "female"): 2}
    assert share_domain(NetworkPolicy(tables=("people",), k=6)).sha256() == domain.sha256()
    assert share_domain(NetworkPolicy(tables=("people", "minors"))).sha256() != domain.sha256()


def test_versions_must_differ_by_at_least_three_members() -> None:
    first = {"a": 1, "b": 1, "c": 1}
    assert auditor.release_problem({"a": 1, "b": 1}, []) == "fewer than 3 members"
    assert auditor.release_problem(first, []) is None
    assert auditor.release_problem({**first, "d": 1}, [first]) is not None
    assert auditor.release_problem({**first, "a": 2, "d": 1}, [first]) is not None
    assert auditor.release_problem({**first, "a": 2, "d": 1, "e": 1}, [first]) is None
    assert auditor.check_revisions([first, {**first, "d": 1}]) == [
        "version 2: differs from a published version by 1 member(s)"]
