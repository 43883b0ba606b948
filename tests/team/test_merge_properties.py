"""Convergence, proved on random schedules: 2-5 laptops over the real merge code.

Edits, deletions, erasures and resolutions happen on random laptops with clocks skewed
by hours; messages (what a peer lacked, as the sender last knew it) are delivered in a
random order, duplicated or lost, while the team is split in partitions. After the
partitions heal and everyone syncs, every laptop has the same state digest and the same
open conflicts, and no acknowledged edit vanished unless a person chose another value.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desk.team.changelog import DELETED, ERASED, Change, ChangeLog
from shelter_desk.team.hlc import HybridClock

HOUR_MS = 3_600_000
RECORDS = ["p1", "p2", "p3"]
FIELDS = ["given_names", "phone", "notes"]


class Peer:
    def __init__(self, name: str, skew_hours: int) -> None:
        self.now = 1_800_000_000_000 + skew_hours * HOUR_MS
        self.log = ChangeLog.new(name, HybridClock(name, wall=lambda: self.now))
        self.known: dict[str, dict[str, int]] = {}  # what it last heard each peer has

    def message_for(self, other: str) -> list[Change]:
        return self.log.missing_for(self.known.get(other, {}))


operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 4), st.sampled_from(RECORDS),
              st.sampled_from(FIELDS), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 4), st.sampled_from(RECORDS)),
    st.tuples(st.just("erase"), st.integers(0, 4), st.sampled_from(RECORDS)),
    st.tuples(st.just("resolve"), st.integers(0, 4), st.integers(0, 9)),
    st.tuples(st.just("send"), st.integers(0, 4), st.integers(0, 4)),
    st.tuples(st.just("deliver"), st.integers(0, 50), st.booleans()),  # keep a copy?
    st.tuples(st.just("drop"), st.integers(0, 50)),
    st.tuples(st.just("partition"), st.integers(0, 31)),
    st.tuples(st.just("tick"), st.integers(0, 4), st.integers(-2, 3)),
)


def _run(skews: list[int], ops: list[tuple]) -> None:
    peers = [Peer(f"dev{i}", skew) for i, skew in enumerate(skews)]
    n = len(peers)
    in_flight: list[tuple[int, int, list[Change], dict[str, int]]] = []
    side = [0] * n  # partition: peers talk only within the same side
    acknowledged: list[Change] = []
    for op in ops:
        kind = op[0]
        if kind == "edit":
            peer = peers[op[1] % n]
            change = peer.log.write("person", op[2], op[3], f"{peer.log.device}-{op[4]}")
            if change:
                acknowledged.append(change)
        elif kind == "delete":
            peers[op[1] % n].log.delete("person", op[2])
        elif kind == "erase" and op[2] == "p3":  # erasures are rare: one record only
            peers[op[1] % n].log.erase("person", op[2])
        elif kind == "resolve":
            log = peers[op[1] % n].log
            conflicts = log.conflicts()
            if conflicts:
                conflict = conflicts[op[2] % len(conflicts)]
                choice = op[2] % (len(conflict.candidates) + 1)
                value = (conflict.candidates[choice].value if choice < len(conflict.candidates)
                         else f"third-{op[2]}")
                if conflict.field == DELETED:
                    value = bool(op[2] % 2)
                log.resolve(conflict, value)
        elif kind == "send":
            a, b = op[1] % n, op[2] % n
            if a != b and side[a] == side[b]:
                in_flight.append((a, b, peers[a].message_for(peers[b].log.device),
                                  peers[a].log.vector()))
        elif kind == "deliver" and in_flight:
            index = op[1] % len(in_flight)
            a, b, batch, vector = in_flight[index] if op[2] else in_flight.pop(index)
            peers[b].log.apply(batch)
            peers[b].known[peers[a].log.device] = vector  # it now knows what a had
        elif kind == "drop" and in_flight:
            in_flight.pop(op[1] % len(in_flight))
        elif kind == "partition":
            side = [(op[1] >> i) & 1 for i in range(n)]
        elif kind == "tick":
            peers[op[1] % n].now += op[2] * HOUR_MS // 2  # clocks even go backwards

    # The partitions heal; every pair syncs from a fresh vector until nothing moves.
    for _ in range(n):
        for a in peers:
            for b in peers:
                if a is not b:
                    b.log.apply(a.log.missing_for(b.log.vector()))

    digests = {p.log.digest() for p in peers}
    assert len(digests) == 1, "the laptops do not agree"
    conflicts = [sorted(c.key() for c in p.log.conflicts()) for p in peers]
    assert all(c == conflicts[0] for c in conflicts), "they show different conflicts"
    final = peers[0].log
    for change in acknowledged:
        if final.is_erased(change.table, change.record):
            continue  # the law's erasure is the one thing that removes an edit
        assert change.id in final.changes, "an acknowledged edit was lost"
        heads = final.heads(change.table, change.record, change.field)
        if change.id not in heads:
            superseders = [c for c in final.changes.values() if change.id in c.supersedes]
            assert superseders, "an edit vanished without a person choosing another value"
    for table, record in final.records():
        if final.is_erased(table, record):
            assert final.fields(table, record) == {}
            assert all(c.value is None for c in final.changes.values()
                       if (c.table, c.record) == (table, record) and c.field != ERASED)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(skews=st.lists(st.integers(-12, 12), min_size=2, max_size=5),
       ops=st.lists(operation, max_size=80))
def test_every_laptop_converges_whatever_the_schedule(skews: list[int], ops: list[tuple]) -> None:
    _run(skews, ops)


def test_two_concurrent_edits_of_one_field_stay_a_conflict_whatever_the_clocks() -> None:
    early, late = Peer("a", -10), Peer("b", +10)
    early.log.write("person", "p1", "phone", "555-0100")
    late.log.apply(early.log.missing_for({}))
    early.log.write("person", "p1", "phone", "555-0111")
    late.log.write("person", "p1", "phone", "555-0122")
    early.log.apply(late.log.missing_for({}))
    late.log.apply(early.log.missing_for({}))
    for peer in (early, late):
        [conflict] = peer.log.conflicts()
        assert sorted(c.value for c in conflict.candidates) == ["555-0111", "555-0122"]
    early.log.resolve(early.log.conflicts()[0], "555-0133")
    late.log.apply(early.log.missing_for({}))
    assert late.log.conflicts() == []
    assert late.log.fields("person", "p1") == {"phone": ["555-0133"]}


def test_different_fields_merge_silently_and_an_edit_against_a_deletion_is_a_conflict() -> None:
    a, b = Peer("a", 0), Peer("b", 3)
    a.log.write("person", "p1", "phone", "1")
    b.log.apply(a.log.missing_for({}))
    a.log.write("person", "p1", "given_names", "Ana")
    b.log.write("person", "p1", "phone", "2")
    a.log.apply(b.log.missing_for({}))
    assert a.log.conflicts() == []
    assert a.log.fields("person", "p1") == {"given_names": ["Ana"], "phone": ["2"]}
    b.log.apply(a.log.missing_for({}))
    a.log.delete("person", "p1")
    b.log.write("person", "p1", "phone", "3")
    a.log.apply(b.log.missing_for({}))
    b.log.apply(a.log.missing_for({}))
    for peer in (a, b):
        [conflict] = peer.log.conflicts()
        assert conflict.field == DELETED and conflict.edited_fields == ("phone",)


def test_an_erasure_wins_over_a_concurrent_edit_and_keeps_only_the_tombstone() -> None:
    a, b = Peer("a", 0), Peer("b", -5)
    a.log.write("person", "p1", "given_names", "Ana")
    b.log.apply(a.log.missing_for({}))
    a.log.erase("person", "p1")
    b.log.write("person", "p1", "given_names", "Ana María")
    b.log.apply(a.log.missing_for({}))
    a.log.apply(b.log.missing_for({}))
    for peer in (a, b):
        assert peer.log.conflicts() == []
        assert peer.log.is_erased("person", "p1")
        assert all(c.value is None for c in peer.log.changes.values() if c.field != ERASED)
    assert a.log.digest() == b.log.digest()
    assert a.log.write("person", "p1", "phone", "1") is None
