"""From a real encrypted vault to the two servers: the coordinator's preview shows exactly
the counts that leave, and the shares both servers stored add up to exactly those counts
(and are exactly the bytes the member signed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.people import PersonDetails
from shelter_desk.hub import share_ingest
from shelter_desk.hub.share_schema import share_submission
from shelter_desk.network import shares
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.reports.period import quarter_of
from shelter_desk.services import cases, followup, network_reports, network_shares
from tests.hub.share_servers import Pair, ShareMember, start_pair

LAST_QUARTER = quarter_of(date.today().replace(day=1) - timedelta(days=92))


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    policy = {**NetworkPolicy().to_json(), "period_type": "quarter"}
    yield from start_pair(tmp_path, policy)


def test_the_servers_shares_add_up_to_exactly_the_previewed_counts(created, pair: Pair) -> None:
    vault = created.vault
    for number in range(12):
        case = cases.open_case(vault, PersonDetails(
            given_names=f"Mujer{number}", family_names="Sintética",
            nationality="HN" if number % 2 else "GT", birth_date=date(1990, 1, 1)),
            opened_on=LAST_QUARTER.start).value
        followup.record_consent(vault, case.principal_person_id, ConsentPurpose.STATISTICS,
                                True, recorded_on=LAST_QUARTER.start)
    key = network_reports.organisation_key(vault)
    vault_member = _enrol_vault_key(pair, key.public_key)
    network_reports.set_network_policy(vault, pair.policy, vault_member.ids[0])

    preview = network_shares.build_share_preview(vault, LAST_QUARTER.label)
    people = next(t for t in preview.tables if t["key"] == "people")
    shown = {tuple(row["key"]): row["count"] for row in people["counts"]}
    assert shown[("HN", "30-44", "not_said")] == 6 and shown[("*", "*", "*")] == 12
    assert "Prio" in preview.what_leaves("es") and "DAP" in preview.what_leaves("en")
    assert pair.policy.aggregators and pair.policy.aggregators[1] in preview.what_leaves("en")

    submission = network_shares.sign_shares(vault, preview, vault_member.ids)
    assert [reply.status for reply in pair.send(submission)] == [201, 201]
    halves = []
    for hub, organisation_id, sent in ((pair.leader, vault_member.ids[0], submission.leader),
                                       (pair.helper, vault_member.ids[1], submission.helper)):
        with hub.engine.connect() as connection:
            canonical = bytes(connection.execute(select(share_submission.c.canonical).where(
                share_submission.c.organisation_id == organisation_id)).scalar_one())
            assert canonical == sent.canonical  # stored exactly as signed and sent
            halves.append(share_ingest.stored_vectors(canonical,
                                                      share_ingest.domain(connection)))
    for table, counts in preview.counts.items():
        assert shares.reveal(halves[0][table], halves[1][table]) == counts


def _enrol_vault_key(pair: Pair, public_key: bytes) -> ShareMember:
    """Enrol the vault's organisation key on both servers (as its coordinator would)."""
    import base64
    import json

    from tests.hub.members import add_organisation, call

    ids = []
    for hub in (pair.leader, pair.helper):
        _id, token = add_organisation(hub.engine, "Refugio del vault")
        reply = call(f"{hub.url}/api/v1/enrol", "POST", json.dumps({
            "token": token, "public_key": base64.b64encode(public_key).decode()}).encode())
        assert reply.status == 200, reply.body
        ids.append(reply.json()["organisation_id"])
    return ShareMember((ids[0], ids[1]), b"", public_key)


def test_a_network_without_shares_has_no_share_preview(created) -> None:
    with pytest.raises(InvalidInput) as error:
        network_shares.build_share_preview(created.vault, LAST_QUARTER.label)
    assert "partes secretas" in error.value.message.es
    assert "secret-share" in error.value.message.en
