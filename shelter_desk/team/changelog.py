"""The change log and its merge: multi-value registers per field, with version vectors.

Every write is one `Change` of one field of one record, numbered per device (`seq`) and
naming the changes it supersedes: the values of that field the writer had seen. The
field's current values are its *heads*, the changes no other known change supersedes.
One head: the field has a value. Several heads: two people wrote it without seeing each
other's value, a conflict that stays open until a person writes a value superseding
all of them (one of them or a third). The hybrid clock orders nothing here: the merge is
a set union, so any delivery order, duplicates and losses (healed by the next exchange)
end in the same state on every laptop.

A deletion supersedes the heads of every field it saw; a field edited concurrently keeps
a head and the record is "deleted while edited", a conflict too. A data-rights (ARCO)
erasure is absorbing: once known, every value of that record is dropped, also from
changes that arrive later, and only the tombstone is kept and passed on.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from shelter_desk.team.hlc import HybridClock, Stamp

DELETED = "__deleted__"  # the field a deletion writes (True) or a restoration (False)
ERASED = "__erased__"  # the field an ARCO erasure writes; absorbing

ChangeId = tuple[str, int]  # (device, seq)
RecordKey = tuple[str, str]  # (table, record id as the team knows it)


@dataclass(frozen=True)
class Change:
    device: str
    seq: int
    stamp: str  # HybridClock text: when, roughly, and by whom
    table: str
    record: str
    field: str
    value: Any  # JSON-able; None once an erasure redacted it
    supersedes: tuple[ChangeId, ...] = ()

    @property
    def id(self) -> ChangeId:
        return (self.device, self.seq)

    def to_json(self) -> list[Any]:
        return [self.device, self.seq, self.stamp, self.table, self.record, self.field,
                self.value, [list(i) for i in self.supersedes]]

    @classmethod
    def from_json(cls, data: list[Any]) -> Change:
        device, seq, stamp, table, record, name, value, supersedes = data
        return cls(str(device), int(seq), str(stamp), str(table), str(record), str(name),
                   value, tuple((str(d), int(s)) for d, s in supersedes))


@dataclass(frozen=True)
class Candidate:
    """One of the values a conflict keeps."""

    change: ChangeId
    value: Any
    stamp: str


@dataclass(frozen=True)
class Conflict:
    table: str
    record: str
    field: str  # DELETED when the record was deleted while someone edited it
    candidates: tuple[Candidate, ...]
    edited_fields: tuple[str, ...] = ()  # for a deletion: the fields edited concurrently

    def key(self) -> tuple[str, str, str, tuple[Any, ...]]:
        return (self.table, self.record, self.field,
                tuple(sorted(_canonical(c.value) for c in self.candidates)))


@dataclass
class ChangeLog:
    """One laptop's change log, as indexes in memory over the stored changes."""

    device: str
    clock: HybridClock
    changes: dict[ChangeId, Change] = field(default_factory=dict)
    _by_field: dict[tuple[str, str, str], set[ChangeId]] = field(
        default_factory=lambda: defaultdict(set))
    _by_record: dict[RecordKey, set[str]] = field(default_factory=lambda: defaultdict(set))
    _superseded: set[ChangeId] = field(default_factory=set)
    _erased: set[RecordKey] = field(default_factory=set)
    _seen: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    _vector: dict[str, int] = field(default_factory=dict)

    @classmethod
    def new(cls, device: str, clock: HybridClock | None = None) -> ChangeLog:
        return cls(device=device, clock=clock or HybridClock(device))

    # -- writing here -----------------------------------------------------------------

    def write(self, table: str, record: str, name: str, value: Any) -> Change | None:
        """A local edit of one field; None when the record was erased (nothing to edit)."""
        if (table, record) in self._erased:
            return None
        return self._local(table, record, name, value, tuple(sorted(self.heads(table, record,
                                                                              name))))

    def delete(self, table: str, record: str) -> Change | None:
        if (table, record) in self._erased:
            return None
        seen = [h for f in self._by_record[(table, record)] for h in self.heads(table, record, f)]
        return self._local(table, record, DELETED, True, tuple(sorted(seen)))

    def erase(self, table: str, record: str) -> Change:
        """An ARCO erasure: wins over everything, travels, leaves only the tombstone."""
        return self._local(table, record, ERASED, True, ())

    def resolve(self, conflict: Conflict, value: Any) -> Change | None:
        """A person's choice (one of the values or a third) supersedes every candidate."""
        if (conflict.table, conflict.record) in self._erased:
            return None
        if conflict.field != DELETED:
            return self._local(conflict.table, conflict.record, conflict.field, value,
                               tuple(sorted(self.heads(conflict.table, conflict.record,
                                                       conflict.field))))
        if value:  # the deletion stands: it now supersedes the concurrent edits too
            return self.delete(conflict.table, conflict.record)
        return self._local(conflict.table, conflict.record, DELETED, False,
                           tuple(sorted(self.heads(conflict.table, conflict.record, DELETED))))

    def _local(self, table: str, record: str, name: str, value: Any,
               supersedes: tuple[ChangeId, ...]) -> Change:
        seq = self._vector.get(self.device, 0) + 1
        change = Change(self.device, seq, self.clock.tick().text(), table, record, name,
                        value, supersedes)
        self._add(change)
        return change

    # -- merging what a peer sent ------------------------------------------------------

    def apply(self, incoming: Iterable[Change]) -> list[Change]:
        """Add what is new (idempotent, any order); returns the changes that were new."""
        batch = sorted(incoming, key=lambda c: (c.field != ERASED, c.id))
        new = []
        for change in batch:
            if change.id in self.changes:
                continue
            self.clock.observe(Stamp.parse(change.stamp))
            self._add(change)
            new.append(change)
        return new

    def _add(self, change: Change) -> None:
        key = (change.table, change.record)
        if change.field == ERASED:
            self._erased.add(key)
            for name in self._by_record.get(key, ()):
                for change_id in self._by_field[(*key, name)]:
                    self.changes[change_id] = replace(self.changes[change_id], value=None)
        elif key in self._erased:
            change = replace(change, value=None)
        self.changes[change.id] = change
        self._by_field[(*key, change.field)].add(change.id)
        self._by_record[key].add(change.field)
        self._superseded.update(change.supersedes)
        top = self._vector.get(change.device, 0)
        if change.seq <= top:
            return
        # Only the seqs past the contiguous top are kept one by one; each leaves the set
        # once, when the top reaches it (so loading a log with gaps stays linear).
        seen = self._seen[change.device]
        seen.add(change.seq)
        while top + 1 in seen:
            top += 1
            seen.discard(top)
        self._vector[change.device] = top

    def assume_vector(self, vector: dict[str, int]) -> None:
        """For a partial log (only the changes of the records at hand, which is all their
        merge needs): the whole log's vector, so new changes are numbered right."""
        self._vector = dict(vector)
        self._seen = defaultdict(set)

    # -- what each side lacks ----------------------------------------------------------

    def vector(self) -> dict[str, int]:
        """For each device, the highest seq up to which this log has every change."""
        return dict(self._vector)

    def missing_for(self, vector: dict[str, int]) -> list[Change]:
        """The changes a peer with `vector` lacks (and, at worst, a few it has)."""
        return sorted((c for c in self.changes.values() if c.seq > vector.get(c.device, 0)),
                      key=lambda c: c.id)

    # -- reading the merged state ------------------------------------------------------

    def heads(self, table: str, record: str, name: str) -> set[ChangeId]:
        return {i for i in self._by_field.get((table, record, name), ())
                if i not in self._superseded}

    def is_erased(self, table: str, record: str) -> bool:
        return (table, record) in self._erased

    def records(self) -> list[RecordKey]:
        return sorted(self._by_record)

    def fields(self, table: str, record: str) -> dict[str, list[Any]]:
        """Each field's current values (one, or several while in conflict)."""
        if (table, record) in self._erased:
            return {}
        values = {}
        for name in sorted(self._by_record.get((table, record), ())):
            heads = sorted(self.heads(table, record, name),
                           key=lambda i: self.changes[i].stamp)
            if heads:
                values[name] = [self.changes[i].value for i in heads]
        return values

    def is_deleted(self, table: str, record: str) -> bool:
        if (table, record) in self._erased:
            return True
        deleted = [self.changes[i].value for i in self.heads(table, record, DELETED)]
        return bool(deleted) and all(deleted)

    def conflicts(self) -> list[Conflict]:
        found = []
        for table, record in self.records():
            if (table, record) in self._erased:
                continue
            current = {name: sorted(self.heads(table, record, name),
                                    key=lambda i: self.changes[i].stamp)
                       for name in self._by_record[(table, record)]}
            for name, heads in sorted(current.items()):
                # Two people writing the same value did not disagree.
                if len({_canonical(self.changes[i].value) for i in heads}) > 1:
                    found.append(Conflict(table, record, name, self._candidates(heads)))
            deletions = [i for i in current.get(DELETED, []) if self.changes[i].value]
            edited = tuple(sorted(n for n, h in current.items() if h and n != DELETED))
            if deletions and edited and not any(len(current[n]) > 1 for n in (DELETED,)):
                found.append(Conflict(table, record, DELETED, self._candidates(deletions),
                                      edited))
        return found

    def _candidates(self, heads: list[ChangeId]) -> tuple[Candidate, ...]:
        return tuple(Candidate(i, self.changes[i].value, self.changes[i].stamp) for i in heads)

    def digest(self) -> str:
        """The merged state's fingerprint: equal on two laptops iff they agree."""
        state = {
            "records": [[t, r, {n: sorted(_canonical(v) for v in vs)
                                for n, vs in self.fields(t, r).items()}]
                        for t, r in self.records() if (t, r) not in self._erased],
            "erased": sorted([t, r] for t, r in self._erased),
        }
        return hashlib.sha256(_canonical(state).encode()).hexdigest()


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
