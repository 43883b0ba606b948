"""The app sends the secret shares itself, against both servers running for real on
loopback: members made from demo vaults enrol on the hub and on the helper aggregator
with one key, approve and sync through the real code path; what both servers STORED
adds up, member by member, to exactly the counts the coordinator's preview showed.
A helper that is down keeps its half waiting (the hub's goes), and the hub publishes
nothing until every member's two halves are in; then it publishes the network tables."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.hub import share_ingest
from shelter_desk.hub.share_schema import share_submission
from shelter_desk.network import shares
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.reports.period import quarter_of
from shelter_desk.services import network_outbox, network_share_send, network_shares
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.services.network_shares import SharePreview
from shelter_desk.store.vault import OpenVault
from tests.conftest import FAST_KDF
from tests.hub.dashboard import Browser, add_admin
from tests.hub.members import add_organisation
from tests.hub.share_servers import Pair, set_policy, start_pair

QUARTER = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label


def _no_wait(_seconds: float) -> None:
    pass


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[Pair]:
    yield from start_pair(tmp_path, {**NetworkPolicy().to_json(), "period_type": "quarter"})


def _member(pair: Pair, directory: Path, name: str, seed: int, people: int) -> OpenVault:
    """A demo vault whose coordinator joined the hub, then enrolled on the helper with the
    token the helper's operator gave her."""
    vault = create_demo_vault(directory, people=people, seed=seed, params=FAST_KDF).vault
    _id, leader_token = add_organisation(pair.leader.engine, name)
    _id, helper_token = add_organisation(pair.helper.engine, name)
    network_outbox.join(vault, pair.leader.url, leader_token)
    enrolment = network_outbox.join_helper(vault, pair.helper.url, helper_token)
    assert enrolment.role == "helper"
    return vault


def _approve(vault: OpenVault) -> SharePreview:
    preview = network_shares.build_share_preview(vault, QUARTER)
    assert network_share_send.approve_shares(vault, preview) == preview.revision
    return preview


def _stored(pair: Pair, vault: OpenVault) -> dict[str, list[list[int]]]:
    """Each server's stored half of this member's shares, read from its database."""
    links = network_share_send.links(vault)
    found: dict[str, list[list[int]]] = {}
    for hub, role in ((pair.leader, "leader"), (pair.helper, "helper")):
        with hub.engine.connect() as connection:
            rows = connection.execute(select(share_submission.c.canonical).where(
                share_submission.c.organisation_id == links[role].organisation_id)).scalars()
            cells = share_ingest.domain(connection)
            for canonical in rows:
                for table, words in share_ingest.stored_vectors(bytes(canonical),
                                                                cells).items():
                    found.setdefault(table, []).append(words)
    return found


def _reconstructed(pair: Pair, vault: OpenVault) -> dict[str, list[int]]:
    halves = _stored(pair, vault)
    assert all(len(pieces) == 2 for pieces in halves.values())  # one on each server
    return {table: shares.reveal(*pieces) for table, pieces in halves.items()}


def test_three_members_send_both_halves_the_helper_down_then_up(pair: Pair, tmp_path):
    members = [_member(pair, tmp_path / f"m{n}", f"Casa {n}", seed=n, people=people)
               for n, people in ((1, 70), (2, 90), (3, 110))]
    try:
        previews = [_approve(vault) for vault in members]
        # GIVEN two members sent both halves
        for vault in members[1:]:
            result = network_outbox.sync(vault, sleep=_no_wait)
            assert sorted(h.aggregator for h in result.shares.delivered) == ["helper",
                                                                             "leader"]
            assert result.shares.waiting == [] and result.shares.unreachable == []
        # WHEN the helper is down while the first member syncs
        pair.helper.stop()
        result = network_outbox.sync(members[0], attempts=2, sleep=_no_wait)
        # THEN the hub's half went, the helper's waits in the outbox
        assert [h.aggregator for h in result.shares.delivered] == ["leader"]
        assert [h.aggregator for h in result.shares.waiting] == ["helper"]
        assert result.shares.unreachable == ["helper"]
        status = {s.aggregator: s.state for s in
                  network_share_send.share_status(members[0], QUARTER)}
        assert status == {"leader": "sent", "helper": "outbox"}
        assert len(_stored(pair, members[0])["people"]) == 1  # on the hub only
        # and the hub, with one member's half missing on the helper, publishes nothing
        pair.helper.start()  # (up again, but the half has not gone yet)
        browser = Browser(pair.leader.url)
        browser.login(add_admin(pair.leader.engine))
        waiting = browser.get(f"/api/v1/network/{QUARTER}").json()
        assert waiting["state"] == "waiting" and waiting["tables"] == []
        assert "falta la parte" in waiting["message"]["es"]
        page = browser.get(f"/network/{QUARTER}").body.decode()
        assert "falta la parte" in page
        # WHEN the member syncs again with the helper back
        result = network_outbox.sync(members[0], sleep=_no_wait)
        assert [h.aggregator for h in result.shares.delivered] == ["helper"]
        assert network_outbox.sync(members[0], sleep=_no_wait).shares.delivered == []
        # THEN each member's stored halves add up to exactly its previewed counts
        for vault, preview in zip(members, previews, strict=True):
            assert _reconstructed(pair, vault) == preview.counts
        # and the hub publishes the network tables of the three members
        published = browser.get(f"/api/v1/network/{QUARTER}").json()
        assert published["state"] == "published" and published["members"] == 3
        people = next(t for t in published["tables"] if t["key"] == "people")
        total = next(row for row in people["counts"] if set(row["key"]) == {"*"})
        shown = [next(row["count"] for row in next(
            t for t in preview.tables if t["key"] == "people")["counts"]
            if set(row["key"]) == {"*"}) for preview in previews]
        assert total["value"] == sum(shown) and not total.get("suppressed")
    finally:
        for vault in members:
            vault.lock()


def test_a_refused_half_is_kept_with_the_servers_words_the_other_half_goes(pair: Pair,
                                                                           tmp_path):
    vault = _member(pair, tmp_path / "m", "Casa Rechazada", seed=5, people=50)
    try:
        _approve(vault)
        # GIVEN the helper's operator changed its policy after she enrolled
        set_policy(pair.helper.engine, {**NetworkPolicy().to_json(), "period_type": "quarter",
                                        "k": 5, "separate_nationalities": ["SV"],
                                        "aggregators": {"leader": pair.leader.url,
                                                        "helper": pair.helper.url}})
        result = network_outbox.sync(vault, sleep=_no_wait)
        assert [h.aggregator for h in result.shares.delivered] == ["leader"]
        [(half, refusal)] = result.shares.refused
        assert half.aggregator == "helper" and refusal.code == "policy_mismatch"
        [kept] = [s for s in network_share_send.share_status(vault, QUARTER)
                  if s.aggregator == "helper"]
        assert kept.state == "refused" and kept.refusal_code == "policy_mismatch"
        assert kept.refusal and "otra política" in kept.refusal.es
        assert "another network policy" in kept.refusal.en
        # a later sync does not send it again, nor anything to the wrong server
        again = network_outbox.sync(vault, sleep=_no_wait).shares
        assert again.delivered == [] and again.refused == []
        assert len(_stored(pair, vault)["people"]) == 1
    finally:
        vault.lock()


def test_enrolling_on_the_hub_as_if_it_were_the_helper_is_refused(pair: Pair, tmp_path):
    vault = create_demo_vault(tmp_path / "m", people=20, seed=7, params=FAST_KDF).vault
    try:
        with pytest.raises(InvalidInput) as early:  # before joining the hub
            network_outbox.join_helper(vault, pair.helper.url, "token")
        assert "Primero únete al hub" in early.value.message.es
        _id, token = add_organisation(pair.leader.engine, "Casa Confusa")
        network_outbox.join(vault, pair.leader.url, token)
        _id, second = add_organisation(pair.leader.engine, "Casa Confusa")
        with pytest.raises(InvalidInput) as error:  # the hub's address, not the helper's
            network_outbox.join_helper(vault, pair.leader.url, second)
        assert "nombra como agregador auxiliar" in error.value.message.es
        assert "names" in error.value.message.en
        with pytest.raises(InvalidInput) as unenrolled:  # no approval without both links
            network_share_send.approve_shares(
                vault, network_shares.build_share_preview(vault, QUARTER))
        assert "agregador auxiliar" in unenrolled.value.message.es
        assert network_share_send.share_status(vault) == []
    finally:
        vault.lock()


def test_the_cli_enrols_on_both_approves_and_syncs_both_halves(pair: Pair, tmp_path, capsys):
    """`shelter-desk network join`, `network join-helper`, `network shares --approve` and
    `sync`, as a coordinator's script runs them; the helper down, sync says its half
    waits (exit 5); up again, the next sync sends it."""
    from shelter_desk.cli.main import main
    from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER
    from shelter_desk.store.vault import unlock

    folder = tmp_path / "m"
    create_demo_vault(folder, people=60, seed=9, params=FAST_KDF).vault.lock()
    secret = tmp_path / "pass.txt"
    secret.write_text(DEMO_PASSPHRASE + "\n", encoding="utf-8")
    base = ["--vault", str(folder), "--user", DEMO_USER, "--passphrase-file", str(secret)]
    _id, leader_token = add_organisation(pair.leader.engine, "Casa Guion")
    _id, helper_token = add_organisation(pair.helper.engine, "Casa Guion")
    # (--token=…: a token may begin with "-")
    assert main(["network", "join", *base, "--hub", pair.leader.url,
                 f"--token={leader_token}"]) == 0
    assert main(["network", "join-helper", *base, "--hub", pair.helper.url,
                 f"--token={helper_token}"]) == 0
    assert "agregador auxiliar" in capsys.readouterr().out
    assert main(["network", "shares", *base, "--period", QUARTER, "--approve",
                 "--yes"]) == 0
    said = capsys.readouterr().out
    assert "Prio" in said and "bandeja de salida" in said
    pair.helper.stop()
    assert main(["sync", *base, "--attempts", "1"]) == 5
    said = capsys.readouterr().out
    assert f"Parte enviada al hub: {QUARTER} revisión 1." in said
    assert "El agregador auxiliar no respondió; la parte queda en espera." in said
    pair.helper.start()
    assert main(["sync", *base, "--attempts", "1"]) == 0
    assert f"Parte enviada al agregador auxiliar: {QUARTER} revisión 1." in \
        capsys.readouterr().out
    with unlock(folder, user=DEMO_USER, passphrase=DEMO_PASSPHRASE) as vault:
        # the same vault, unchanged since: its preview now is the one approved then
        preview = network_shares.build_share_preview(vault, QUARTER)
        assert preview.revision == 2  # revision 1 is approved and gone
        assert _reconstructed(pair, vault) == preview.counts


def test_a_helper_that_is_not_one_or_has_another_policy_is_refused_nothing_pinned(
        pair: Pair, tmp_path):
    from shelter_desk.hub import db
    from shelter_desk.services import network_reports
    from tests.hub.conftest import LiveHub

    vault = create_demo_vault(tmp_path / "m", people=20, seed=8, params=FAST_KDF).vault
    other = LiveHub(db.open_engine(f"sqlite:///{tmp_path / 'other.db'}"))
    db.migrate(other.engine)
    other.start()
    try:
        _id, token = add_organisation(pair.leader.engine, "Casa Prudente")
        network_outbox.join(vault, pair.leader.url, token)
        with pytest.raises(InvalidInput) as empty:
            network_outbox.join_helper(vault, pair.helper.url, "  ")
        assert "Falta el código" in empty.value.message.es
        # GIVEN the helper's operator set another policy than the hub's
        set_policy(pair.helper.engine, {**NetworkPolicy().to_json(), "period_type": "quarter",
                                        "separate_nationalities": ["SV"]})
        _id, helper_token = add_organisation(pair.helper.engine, "Casa Prudente")
        with pytest.raises(InvalidInput) as mismatch:
            network_outbox.join_helper(vault, pair.helper.url, helper_token)
        assert "otra política" in mismatch.value.message.es
        assert "another network policy" in mismatch.value.message.en
        # GIVEN a policy that names, as its helper, a server that is a hub (a leader)
        _organisation, policy = network_reports.network_policy(vault)
        network_reports.set_network_policy(vault, NetworkPolicy.from_json({
            **policy.to_json(), "aggregators": {"leader": pair.leader.url,
                                                "helper": other.url}}))
        _id, other_token = add_organisation(other.engine, "Casa Prudente")
        with pytest.raises(InvalidInput) as not_helper:
            network_outbox.join_helper(vault, other.url, other_token)
        assert "no es el agregador auxiliar" in not_helper.value.message.es
        assert "helper" not in network_share_send.links(vault)  # nothing pinned
    finally:
        other.stop()
        other.engine.dispose()
        vault.lock()


def test_a_half_the_server_got_before_the_app_died_is_taken_as_sent_once(pair: Pair,
                                                                         tmp_path):
    """The server stored a half, but the app died before keeping its receipt: the next
    sync sends the same bytes, the server answers with the same receipt, stored once."""
    from shelter_desk.network import envelope
    from shelter_desk.store import network_share_store
    from tests.hub.members import call

    vault = _member(pair, tmp_path / "m", "Casa Interrumpida", seed=10, people=40)
    try:
        preview = _approve(vault)
        with vault.read() as connection:
            [leader_half] = [h for h in network_share_store.halves(connection)
                             if h.aggregator == "leader"]
        signed = envelope.SignedReport(leader_half.canonical, leader_half.signature,
                                       leader_half.public_key)
        assert call(f"{pair.leader.url}/api/v1/shares", "POST",
                    signed.to_file_bytes()).status == 201
        result = network_outbox.sync(vault, sleep=_no_wait).shares
        assert sorted(h.aggregator for h in result.delivered) == ["helper", "leader"]
        assert _reconstructed(pair, vault) == preview.counts  # one row on each server
    finally:
        vault.lock()


def test_a_receipt_not_signed_by_the_pinned_key_leaves_the_half_waiting(pair: Pair,
                                                                       tmp_path):
    from shelter_desk.network import envelope
    from shelter_desk.store import network_share_store

    vault = _member(pair, tmp_path / "m", "Casa Desconfiada", seed=11, people=40)
    try:
        _approve(vault)
        # GIVEN the key pinned for the helper is not the one answering (an impostor)
        helper = network_share_send.links(vault)["helper"]
        with vault.write() as connection:
            network_share_store.pin_helper(
                connection, url=helper.url, public_key=envelope.new_private_key()[1],
                organisation_id=helper.organisation_id, ca_file=None)
        result = network_outbox.sync(vault, sleep=_no_wait).shares
        assert [h.aggregator for h in result.delivered] == ["leader"]
        [(half, refusal)] = result.refused
        assert half.aggregator == "helper" and refusal.code == "garbled"
        assert [h.aggregator for h in result.waiting] == ["helper"]
        status = {s.aggregator: s.state for s in network_share_send.share_status(vault)}
        assert status == {"leader": "sent", "helper": "outbox"}  # not taken as sent
    finally:
        vault.lock()


@pytest.mark.parametrize("step", ["approve_written", "after_post", "mark_sent_written",
                                  "after_first_sent"])
def test_killed_at_each_step_nothing_half_written_and_the_next_sync_finishes(
        pair: Pair, tmp_path, step):
    """SIGKILL while approving (both halves written, not committed), after the hub
    stored a half but before its receipt is kept, with the receipt written but not
    committed, and after the first half was kept while the second had gone: reopened,
    the vault has both halves or none, and the next sync leaves exactly one half on
    each server, adding up to the counts previewed."""
    import signal
    import subprocess
    import sys

    from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER
    from shelter_desk.store.vault import unlock

    folder = tmp_path / "m"
    vault = _member(pair, folder, "Casa Cortada", seed=12, people=40)
    preview = network_shares.build_share_preview(vault, QUARTER)
    if step != "approve_written":
        network_share_send.approve_shares(vault, preview)
    vault.lock()
    child = subprocess.run(
        [sys.executable, "-m", "tests.hub.share_kill_child", str(folder), DEMO_USER,
         DEMO_PASSPHRASE, step, QUARTER], cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120, check=False)
    assert child.returncode == -signal.SIGKILL, child.stderr.decode()[-2000:]
    with unlock(folder, user=DEMO_USER, passphrase=DEMO_PASSPHRASE) as vault:
        states = sorted((s.aggregator, s.state)
                        for s in network_share_send.share_status(vault))
        if step == "approve_written":
            assert states == []  # neither half: the approval never happened
            network_share_send.approve_shares(
                vault, network_shares.build_share_preview(vault, QUARTER))
        elif step == "after_first_sent":  # the hub's kept; the helper's went, not kept
            assert states == [("helper", "outbox"), ("leader", "sent")]
            assert all(len(pieces) == 2 for pieces in _stored(pair, vault).values())
        else:  # the hub holds its half; the vault never kept the receipt
            assert states == [("helper", "outbox"), ("leader", "outbox")]
            assert all(len(pieces) == 1 for pieces in _stored(pair, vault).values())
        result = network_outbox.sync(vault, sleep=_no_wait).shares
        assert result.refused == [] and result.waiting == []
        assert {s.state for s in network_share_send.share_status(vault)} == {"sent"}
        assert _reconstructed(pair, vault) == preview.counts  # one row on each server
