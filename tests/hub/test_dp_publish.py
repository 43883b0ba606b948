"""Network tables under differential privacy, through the two real servers: noisy
figures with their margin on the page, in the CSV and the JSON; the budget spent once
per version and never past its end; no total of fewer than 3 members."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from shelter_desk.hub import privacy_budget
from shelter_desk.hub.share_schema import privacy_spend
from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.share_domain import share_domain
from tests.hub.dashboard import Browser, add_admin
from tests.hub.share_servers import PERIOD, POLICY, Pair, ShareMember, start_pair


def dp_pair(tmp_path: Path, epsilon: float, budget: float) -> Iterator[Pair]:
    yield from start_pair(tmp_path, {**POLICY, "dp": {
        "epsilon_per_period": epsilon, "budget": budget, "mechanism": "laplace"}})


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from dp_pair(tmp_path, 1.0, 3.0)


def tables(hn_women: int, girls: int, asylum: int) -> dict[str, NetworkTable]:
    return {"people": NetworkTable("people", ("nationality", "age_band", "sex"), {
                ("HN", "18+", "female"): hn_women, ("SV", "0-17", "female"): girls}),
            "case_types": NetworkTable("case_types", ("case_type", "event"),
                                       {("refugio", "opened"): asylum})}


def members_sent(pair: Pair, count: int, period: str = PERIOD, first: int = 0
                 ) -> list[ShareMember]:
    members = [pair.enrol(f"Casa {first + i}") for i in range(count)]
    for member in members:
        assert [r.status for r in pair.send(member.submission(
            pair.policy, tables(40, 3, 10), period=period))] == [201, 201]
    return members


def counts(statistics: dict[str, Any], table: str) -> dict[tuple[str, ...], dict[str, Any]]:
    found = next(t for t in statistics["tables"] if t["key"] == table)
    return {tuple(row["key"]): row for row in found["counts"]}


def spent(pair: Pair) -> float:
    with pair.leader.engine.connect() as connection:
        return privacy_budget.spent(connection)


def test_figures_are_noisy_non_negative_whole_numbers_with_their_margin(pair: Pair) -> None:
    members = members_sent(pair, 3)
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "published" and statistics["version"] == 1
    assert statistics["dp"]["spent_by_this_version"] == pytest.approx(1.0)
    assert statistics["dp"]["tables"]["people"]["scale"] == pytest.approx(2.0)  # 1 / 0.5
    people = counts(statistics, "people")
    domain = share_domain(pair.policy)
    # Every cell of the fixed domain is published, zeros included: which ones are not
    # zero stays hidden too.
    assert set(domain.cells["people"]) <= set(people)
    for row in people.values():
        assert row["noisy"] and isinstance(row["value"], int) and row["value"] >= 0
        assert row["margin_95"] >= 1 and "suppressed" not in row
    assert people[("HN", "18+", "female")]["margin_95"] == 6  # scale 2: 95% within 6
    total = people[("*", "*", "*")]
    assert total["margin_95"] > people[("HN", "18+", "female")]["margin_95"]
    assert "95 de cada 100" in statistics["explanation"]["es"]
    assert "95 times out of 100" in statistics["explanation"]["en"]
    assert "record" not in statistics  # no exact value is stored or shown


def test_the_dashboard_and_the_csv_show_the_margin_in_words(pair: Pair) -> None:
    members_sent(pair, 3)
    browser = Browser(pair.leader.url)
    assert browser.login(add_admin(pair.leader.engine)).status == 303
    page = browser.get(f"/network/{PERIOD}").body.decode()
    assert "ruido añadido para proteger a las personas" in page
    assert "el valor real está a menos de n de esa cifra 95 de cada 100 veces" in page
    assert "noise added to protect people" in page and "± 6<" in page
    assert "Cifras exactas" not in page
    rows = list(csv.DictReader(io.StringIO(browser.get(f"/network/{PERIOD}.csv")
                                           .body.decode())))
    hn = next(r for r in rows if r["table"] == "people" and r["key"] == "HN|18+|female")
    assert hn["margin_95"] == "6" and int(hn["value"]) >= 0
    assert hn["status"] == ("noise added to protect people: the true value is within 6 "
                            "of this figure 95 times in 100")
    # Showing the page again draws no new noise and spends nothing.
    again = list(csv.DictReader(io.StringIO(browser.get(f"/network/{PERIOD}.csv")
                                            .body.decode())))
    assert again == rows and spent(pair) == pytest.approx(1.0)


def test_fewer_than_three_members_get_no_total_and_spend_nothing(pair: Pair) -> None:
    members = members_sent(pair, 2)
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "too_few" and statistics["tables"] == []
    assert spent(pair) == 0.0


def test_a_new_version_spends_again_and_the_budget_stops_publication(pair: Pair) -> None:
    # GIVEN a budget of 3 publications of epsilon 1
    first = members_sent(pair, 3)
    assert pair.statistics(first[0])["version"] == 1
    # One late member waits (the 3-members rule holds under DP too) and spends nothing.
    members_sent(pair, 1, first=3)
    held = pair.statistics(first[0])
    assert held["state"] == "held" and held["version"] == 1 and spent(pair) == 1.0
    # WHEN 3 late members make a second version of the same period (fresh noise)
    members_sent(pair, 2, first=4)
    second = pair.statistics(first[0])
    assert second["version"] == 2 and second["members"] == 6
    assert spent(pair) == pytest.approx(2.0)
    # and another quarter is published
    members_sent(pair, 3, period="2026-Q2", first=6)
    assert pair.statistics(first[0], "2026-Q2")["version"] == 1
    assert spent(pair) == pytest.approx(3.0)
    # THEN a third quarter gets nothing, and says why in words
    members_sent(pair, 3, period="2026-Q3", first=9)
    refused = pair.statistics(first[0], "2026-Q3")
    assert refused["state"] == "budget_spent" and refused["tables"] == []
    assert "presupuesto de privacidad" in refused["message"]["es"]
    assert "3 de 3" in refused["message"]["es"]
    assert "privacy budget is spent" in refused["message"]["en"]
    browser = Browser(pair.leader.url)
    assert browser.login(add_admin(pair.leader.engine)).status == 303
    page = browser.get("/network/2026-Q3").body.decode()
    assert "Se agotó el presupuesto de privacidad de la red" in page
    assert "Nothing more is published" in page and "Cifras exactas" not in page
    # and a period already published keeps its stored figures
    kept = pair.statistics(first[0])
    assert kept["version"] == 2 and kept["tables"] == second["tables"]
    with pair.leader.engine.connect() as connection:
        ledger = connection.execute(select(privacy_spend.c.period, privacy_spend.c.version)
                                    .order_by(privacy_spend.c.id)).all()
    assert [tuple(row) for row in ledger] == [(PERIOD, 1), (PERIOD, 2), ("2026-Q2", 1)]


def test_a_large_epsilon_publishes_figures_close_to_the_truth(tmp_path: Path) -> None:
    for pair in dp_pair(tmp_path, 10.0, 10.0):  # scale 0.2 per table
        members = members_sent(pair, 3)
        statistics = pair.statistics(members[0])
        people = counts(statistics, "people")
        assert abs(people[("HN", "18+", "female")]["value"] - 120) <= 2
        assert abs(people[("other", "0-17", "female")]["value"] - 9) <= 2
        cases = counts(statistics, "case_types")
        assert abs(cases[("refugio", "opened")]["value"] - 30) <= 2


def test_two_periods_published_at_once_never_spend_more_than_the_budget(tmp_path: Path
                                                                         ) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from shelter_desk.hub import network_publish

    for pair in dp_pair(tmp_path, 1.0, 1.0):  # room for one publication only
        members_sent(pair, 3)
        members_sent(pair, 3, period="2026-Q2", first=3)
        with ThreadPoolExecutor(2) as pool:
            states = sorted(status.state for status in pool.map(
                network_publish.publish, [pair.leader.engine] * 2, (PERIOD, "2026-Q2")))
        assert states == ["budget_spent", "published"]
        assert spent(pair) == pytest.approx(1.0)
