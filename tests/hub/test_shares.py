"""Exact network sums from secret shares, through two real servers on 127.0.0.1: what the
servers store adds up to exactly what the members counted, neither stores anything
readable alone, and nothing is published from one side, for fewer than 3 members, or
by a difference of fewer than 3 members."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk.hub import share_ingest
from shelter_desk.hub.network_publish import versions_members
from shelter_desk.hub.share_schema import share_submission
from shelter_desk.network import auditor, shares
from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.share_domain import share_domain
from tests.hub.share_servers import PERIOD, Pair, start_pair


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from start_pair(tmp_path)


def tables(hn_women: int, other_girls: int, asylum: int) -> dict[str, NetworkTable]:
    dims = ("nationality", "age_band", "sex")
    return {"people": NetworkTable("people", dims, {("HN", "18+", "female"): hn_women,
                                                    ("SV", "0-17", "female"): other_girls}),
            "case_types": NetworkTable("case_types", ("case_type", "event"),
                                       {("refugio", "opened"): asylum})}


def stored_halves(pair: Pair, organisation_ids: tuple[str, str]) -> list[dict[str, list[int]]]:
    halves = []
    for hub, organisation_id in zip((pair.leader, pair.helper), organisation_ids, strict=True):
        with hub.engine.connect() as connection:
            canonical = connection.execute(select(share_submission.c.canonical).where(
                share_submission.c.organisation_id == organisation_id)).scalar_one()
            halves.append(share_ingest.stored_vectors(bytes(canonical),
                                                      share_ingest.domain(connection)))
    return halves


def test_the_two_servers_stored_shares_add_up_to_exactly_the_counts_sent(pair: Pair) -> None:
    member = pair.enrol("Casa Sintética Uno")
    submission = member.submission(pair.policy, tables(12, 2, 7))
    assert [reply.status for reply in pair.send(submission)] == [201, 201]
    leader_half, helper_half = stored_halves(pair, member.ids)
    domain = share_domain(pair.policy)
    for key in domain.cells:
        assert shares.reveal(leader_half[key], helper_half[key]) == submission.counts[key]
        # Alone, a server's half is not the counts (it is uniformly random words).
        assert leader_half[key] != submission.counts[key]
    people = dict(zip(domain.cells["people"], submission.counts["people"], strict=True))
    assert people[("HN", "18+", "female")] == 12
    assert people[("other", "0-17", "female")] == 2  # SV is in no separate group here
    assert sum(submission.counts["people"]) == 14


def test_network_tables_are_exact_and_small_cells_withheld(pair: Pair) -> None:
    members = [pair.enrol(f"Casa {i}") for i in range(3)]
    for i, member in enumerate(members):
        pair.send(member.submission(pair.policy, tables(10 + i, 1, 4)))
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "published" and statistics["version"] == 1
    people = next(t for t in statistics["tables"] if t["key"] == "people")
    values = {tuple(row["key"]): row for row in people["counts"]}
    assert values[("other", "0-17", "female")]["suppressed"]  # 3 girls: fewer than k = 5
    truth = NetworkTable("people", ("nationality", "age_band", "sex"), {
        ("HN", "18+", "female"): 33, ("other", "0-17", "female"): 3}).counts()
    shown = {key: row["value"] for key, row in values.items() if not row.get("suppressed")}
    assert shown and all(value == truth[("people", key)] for key, value in shown.items())
    assert values[("*", "*", "*")]["value"] == 36  # the total is published, exact
    cases = next(t for t in statistics["tables"] if t["key"] == "case_types")
    assert {tuple(r["key"]): r["value"] for r in cases["counts"]}[("*", "*")] == 12
    assert "record" not in statistics  # the true values of withheld cells never leave


def test_fewer_than_three_members_get_no_network_total(pair: Pair) -> None:
    members = [pair.enrol(f"Casa {i}") for i in range(2)]
    for member in members:
        pair.send(member.submission(pair.policy, tables(40, 10, 9)))
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "too_few" and statistics["tables"] == []
    assert "3" in statistics["message"]["es"] and "3" in statistics["message"]["en"]


def test_late_members_wait_until_three_are_late(pair: Pair) -> None:
    members = [pair.enrol(f"Casa {i}") for i in range(6)]
    for member in members[:3]:
        pair.send(member.submission(pair.policy, tables(20, 6, 6)))
    assert pair.statistics(members[0])["version"] == 1
    pair.send(members[3].submission(pair.policy, tables(20, 6, 6)))
    held = pair.statistics(members[0])
    assert held["state"] == "held" and held["version"] == 1 and held["members"] == 3
    # A revision of an already counted member is a change of one member too.
    pair.send(members[0].submission(pair.policy, tables(21, 6, 6), revision=2))
    assert pair.statistics(members[0])["state"] == "held"
    pair.send(members[4].submission(pair.policy, tables(20, 6, 6)))
    later = pair.statistics(members[0])
    assert later["version"] == 2 and later["members"] == 5
    assert auditor.check_revisions(versions_members(pair.leader.engine, PERIOD)) == []


def test_the_helper_refuses_a_sum_that_would_read_one_member(pair: Pair) -> None:
    from shelter_desk.hub import share_sums
    from tests.hub.members import call

    member = pair.enrol("Casa Sola")
    pair.send(member.submission(pair.policy, tables(20, 6, 6)))
    body = json.dumps({"members": {member.public_key.hex(): 1},
                       "domain_sha256": share_domain(pair.policy).sha256()}).encode()
    url = f"{pair.helper.url}/api/v1/shares/{PERIOD}/sum"
    # A stranger may not ask at all (it could use up the sets the rules allow).
    stranger = call(url, "POST", body)
    assert stranger.status == 403 and stranger.json()["error"] == "not_leader"
    # Even the leader, with its pinned key, gets no sum of one member.
    with pair.leader.engine.connect() as connection:
        signature = share_sums.sign_request(connection, body)
    reply = call(url, "POST", body, {share_sums.SIGNATURE_HEADER: signature})
    assert reply.status == 409 and reply.json()["error"] == "too_few_members"
    assert reply.json()["message"]["es"] and reply.json()["message"]["en"]


def test_the_hub_waits_while_the_helper_is_down_and_publishes_nothing(pair: Pair) -> None:
    members = [pair.enrol(f"Casa {i}") for i in range(3)]
    for member in members:
        pair.send(member.submission(pair.policy, tables(20, 6, 6)))
    pair.helper.stop()
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "waiting" and statistics["tables"] == []
    assert "auxiliar" in statistics["message"]["es"]
    assert "helper" in statistics["message"]["en"]
    assert versions_members(pair.leader.engine, PERIOD) == []


def test_a_member_that_sent_to_one_server_only_is_waited_for(pair: Pair) -> None:
    members = [pair.enrol(f"Casa {i}") for i in range(3)]
    for member in members[:2]:
        pair.send(member.submission(pair.policy, tables(20, 6, 6)))
    late = members[2].submission(pair.policy, tables(20, 6, 6))
    pair.send(late, to=("leader",))
    statistics = pair.statistics(members[0])
    assert statistics["state"] == "waiting" and statistics["tables"] == []
    assert "falta" in statistics["message"]["es"] and "lacks" in statistics["message"]["en"]
    pair.send(late, to=("helper",))
    assert pair.statistics(members[0])["state"] == "published"


def test_the_dashboard_and_csv_show_exact_and_withheld_counts_in_words(pair: Pair) -> None:
    from tests.hub.dashboard import Browser, add_admin

    members = [pair.enrol(f"Casa {i}") for i in range(3)]
    for i, member in enumerate(members):
        pair.send(member.submission(pair.policy, tables(10 + i, 1, 4)))
    browser = Browser(pair.leader.url)
    assert browser.login(add_admin(pair.leader.engine)).status == 303
    assert 'href="/network"' in browser.get("/").body.decode()
    assert f'href="/network/{PERIOD}"' in browser.get("/network").body.decode()
    page = browser.get(f"/network/{PERIOD}").body.decode()
    assert "Cifras exactas" in page and "Exact figures" in page
    assert "3 organizaciones" in page and "&lt; 5" in page and ">36<" in page
    sheet = browser.get(f"/network/{PERIOD}.csv").body.decode().splitlines()
    assert sheet[0] == "period,version,table,dimensions,key,value,margin_95,status"
    assert f"{PERIOD},1,people,nationality|age_band|sex,*|*|*,36,,exact" in sheet
    withheld = [line for line in sheet if "other|0-17|female" in line]
    assert withheld and ',,,"withheld (fewer than 5 people' in withheld[0]
    # Not logged in: no tables.
    assert Browser(pair.leader.url).get(f"/network/{PERIOD}").status == 303
