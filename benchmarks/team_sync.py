"""The team's laptops, two simulated on one machine over loopback (issue 18).

    sync_first_5k        A new laptop joins: the inviting laptop (a demo vault of 5,000
                         people with 200 MB of scanned attachments, team set up) sends
                         the vault over TLS (invitation.Invitation / invitation.join),
                         and the new laptop opens it and takes its identity. Budget 60 s.
    sync_incremental_50  50 field edits on one laptop, then one mutual-TLS sync from the
                         other (lan.sync_with): measured at two vault sizes, the smaller
                         as the baseline, so the growth ratio shows the cost does not
                         follow the vault's size. Budget 1 s.
    sync_apply_10k       10,000 change records (two fields of 5,000 people) taken in by the
                         other laptop in one transaction (sync.incoming). Budget 10 s.

Cheap explicit Argon2id slots; each laptop in its own temporary folder.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection
from pathlib import Path

from sqlalchemy import select, update

from benchmarks.common import Measurement, time_ms
from shelter_desk.services import attachments
from shelter_desk.services.demo import DEMO_PASSPHRASE, DEMO_USER, create_demo_vault
from shelter_desk.store.kdf import KdfParams
from shelter_desk.store.schema import case_file, person
from shelter_desk.team import devices, invitation, lan, sync

NAMES = ("sync_first_5k", "sync_incremental_50", "sync_apply_10k")
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
SCAN_BYTES = 2 * 10**6


def run(names: Collection[str] = NAMES, *, people: int = 5000, baseline_people: int = 1000,
        attachment_mb: int = 200, repeats: int = 5) -> dict[str, Measurement]:
    results: dict[str, Measurement] = {}
    with tempfile.TemporaryDirectory(prefix="shelter-bench-team-") as temp:
        folder = Path(temp)
        first, second, first_ms = _pair(folder / "big", people, attachment_mb)
        try:
            if "sync_first_5k" in names:
                results["sync_first_5k"] = Measurement(
                    [first_ms], note=f"{people} people, {attachment_mb} MB of attachments, "
                                     "vault copy over TLS on loopback, opened on arrival")
            if "sync_incremental_50" in names:
                big = _incremental(first, second, repeats)
                small_first, small_second, _ = _pair(folder / "small", baseline_people, 0)
                try:
                    small = _incremental(small_first, small_second, repeats)
                finally:
                    small_first.lock()
                    small_second.lock()
                results["sync_incremental_50"] = Measurement(
                    big, baseline=small, baseline_people=baseline_people,
                    note=f"50 edits at {people} people vs {baseline_people} (baseline)")
            if "sync_apply_10k" in names:
                results["sync_apply_10k"] = _apply_10k(first, second, people)
        finally:
            first.lock()
            second.lock()
    return results


def _pair(folder: Path, people: int, attachment_mb: int):  # type: ignore[no-untyped-def]
    folder.mkdir()
    first = create_demo_vault(folder / "a", people=people, seed=2026, params=_CHEAP).vault
    _add_scans(first, folder, attachment_mb * 10**6 // SCAN_BYTES)
    sync.set_up(first, "Recepción")
    invite = invitation.Invitation(first)
    holder: dict[str, object] = {}

    def join() -> None:
        holder["vault"] = invitation.join(folder / "b", invite.ticket, name="Abogada",
                                          user=DEMO_USER, passphrase=DEMO_PASSPHRASE)

    elapsed = time_ms(join)
    invite.close()
    return first, holder["vault"], elapsed


def _add_scans(vault, folder: Path, count: int) -> None:  # type: ignore[no-untyped-def]
    with vault.read() as connection:
        case_ids = list(connection.execute(select(case_file.c.id).order_by(case_file.c.id)
                                           .limit(count)).scalars())
    scan = folder / "escaneo.pdf"
    for case_id in case_ids:
        scan.write_bytes(b"%PDF-1.7\n" + os.urandom(SCAN_BYTES - 9))
        attachments.add_attachment(vault, scan, case_id=case_id)
    scan.unlink(missing_ok=True)


def _edit(vault, count: int, field: str, tag: str) -> None:  # type: ignore[no-untyped-def]
    """`count` people's `field` rewritten in one transaction (captured as a service's)."""
    with vault.write() as connection:
        ids = list(connection.execute(select(person.c.id).order_by(person.c.id)
                                      .limit(count)).scalars())
        for person_id in ids:
            connection.execute(update(person).where(person.c.id == person_id)
                               .values(**{field: f"{tag}-{person_id}"}))


def _incremental(first, second, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    timings = []
    with lan.serving(first) as server:
        peer = server.keys.device_id
        lan.sync_with(second, "127.0.0.1", server.port, peer)  # settle the first exchange
        for round_ in range(repeats):
            _edit(first, 50, "phone", f"r{round_}")
            timings.append(time_ms(lambda: lan.sync_with(second, "127.0.0.1", server.port,
                                                         peer)))
    return timings


def _apply_10k(first, second, people: int) -> Measurement:  # type: ignore[no-untyped-def]
    peer, first_id = _ids(first)
    # One exchange first, so `first` knows what `second` holds (a new laptop announces
    # itself as holding nothing): the payload is then the 10,000 new change records,
    # not the whole log.
    sync.incoming(first, sync.outgoing(second, first_id))
    count = min(people, 5000)
    _edit(first, count, "phone", "apply")
    _edit(first, count, "place_of_origin", "apply")
    payload = sync.outgoing(first, peer)
    changes = len(payload["changes"])
    elapsed = time_ms(lambda: sync.incoming(second, payload))
    return Measurement([elapsed], note=f"{changes} change records in one transaction")


def _ids(first) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(the other laptop's device id, this one's), as `first` knows them."""
    with first.read() as connection:
        known = devices.all_devices(connection)
    return (next(d.device_id for d in known if not d.is_self),
            next(d.device_id for d in known if d.is_self))
