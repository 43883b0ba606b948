"""A shelter's network report loses few counts: the heuristic that protects large
reports withholds at most a fifth more counts than the fewest that are safe (the integer
program), on the six tables of demo shelters of several sizes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from shelter_desk.network.cells import all_counts, relations
from shelter_desk.network.optimal_suppression import fewest_withheld
from shelter_desk.network.report import generalise, minors_link
from shelter_desk.network.suppression import protect
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.reports.period import quarter_of
from shelter_desk.services import network_reports
from shelter_desk.services.demo import create_demo_vault
from tests.conftest import FAST_KDF


@pytest.mark.slow
@pytest.mark.parametrize("people", [100, 400, 1500])
def test_the_heuristic_withholds_at_most_a_fifth_more_than_the_fewest(tmp_path, people):
    # GIVEN the last quarter's six tables of a demo shelter
    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    with create_demo_vault(tmp_path / "vault", people=people, seed=7,
                           params=FAST_KDF).vault as vault:
        _id, policy = network_reports.network_policy(vault)
        with vault.read() as connection:
            raw = count_tables(connection, network_reports.network_period(quarter, policy),
                               policy)
    tables = dict(raw.tables)
    tables["people"], _separate = generalise(tables["people"], policy, None)
    ordered = [tables[key] for key in policy.tables if key in tables]
    values, related = all_counts(ordered), relations(ordered, [minors_link(policy)])
    # WHEN the heuristic alone protects them, and the integer program finds the fewest
    heuristic = protect(values, related, policy.k, optimal_up_to=0).publication.suppressed
    optimum = fewest_withheld(values, related, policy.k).suppressed
    # THEN the heuristic withholds at most 1.2 times as many counts
    assert len(optimum) <= len(heuristic) <= 1.2 * len(optimum), (len(heuristic),
                                                                   len(optimum))
