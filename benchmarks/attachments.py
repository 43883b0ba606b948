"""Attachments at the size of a long scan: how fast a 20 MB file goes in and comes out.

    attachment_store_20mb  `services.attachments.add_attachment(vault, 20 MB PDF)`: the
                           file streamed 1 MiB at a time, SHA-256 on the way, chunks in
                           files.db in one transaction, then the metadata and audit rows
    attachment_view_20mb   `read_attachment(vault, id)`: every chunk into one buffer in
                           memory, the hash checked, the view audited

The file is random bytes behind a PDF header (a scan compresses no better). Both run on
an encrypted vault and on a plain one built by the same code (case_record.py's
`_plain_engines`, file headers checked afterwards), alternating, so the ratio is the
cost of SQLCipher. Each timed store is removed again, untimed, so files.db stays the
same size. The notes give MB/s (10^6 bytes per second) at the p50.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection
from datetime import date
from pathlib import Path

from benchmarks.case_record import _plain_engines
from benchmarks.common import Measurement, percentile, time_ms
from benchmarks.storage import _check_headers
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import attachments, cases
from shelter_desk.store.kdf import KdfParams
from shelter_desk.store.vault import FILES_DB, VAULT_DB, OpenVault, create_vault

NAMES = ("attachment_store_20mb", "attachment_view_20mb")
VARIANTS = ("encrypted", "plain")
SIZE = 20 * 10**6

_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
_USER = "Coordinadora Bench"
_PASSPHRASE = "una frase larga de prueba para medir"  # noqa: S105 - synthetic, never a vault


def run(names: Collection[str] = NAMES, *, repeats: int = 10,
        warmup: int = 2) -> dict[str, Measurement]:
    timings = {name: {variant: [] for variant in VARIANTS} for name in NAMES}
    with tempfile.TemporaryDirectory(prefix="shelter-bench-attachments-") as temp:
        source = Path(temp) / "escaneo.pdf"
        source.write_bytes(b"%PDF-1.7\n" + os.urandom(SIZE - 9))
        vaults: dict[str, tuple[OpenVault, int]] = {}
        try:
            for variant in VARIANTS:
                vaults[variant] = _vault(Path(temp) / variant, plain=variant == "plain")
            for name in (VAULT_DB, FILES_DB):
                _check_headers({variant: vaults[variant][0].directory / name
                                for variant in VARIANTS})
            for repeat in range(warmup + repeats):
                order = VARIANTS if repeat % 2 == 0 else VARIANTS[::-1]
                for variant in order:
                    stored, viewed = _round_trip(*vaults[variant], source)
                    if repeat >= warmup:
                        timings["attachment_store_20mb"][variant].append(stored)
                        timings["attachment_view_20mb"][variant].append(viewed)
        finally:
            for opened, _case_id in vaults.values():
                opened.lock()
    return {name: Measurement(timings[name]["encrypted"], timings[name]["plain"],
                              _note(timings[name]))
            for name in NAMES if name in names}


def _vault(directory: Path, *, plain: bool) -> tuple[OpenVault, int]:
    with _plain_engines(plain):
        opened = create_vault(directory, organisation_name="Albergue Bench", user=_USER,
                              passphrase=_PASSPHRASE, params=_CHEAP).vault
    case = cases.open_case(opened, PersonDetails(
        given_names="Ana", family_names="Bench", nationality="HN",
        birth_date=date(1990, 1, 1))).value
    return opened, case.id


def _round_trip(opened: OpenVault, case_id: int, source: Path) -> tuple[float, float]:
    added: list[int] = []
    stored = time_ms(lambda: added.append(
        attachments.add_attachment(opened, source, case_id=case_id).value.id))
    content: list[bytes] = []
    viewed = time_ms(lambda: content.append(attachments.read_attachment(opened, added[0])))
    if len(content[0]) != SIZE:
        raise RuntimeError(f"read back {len(content[0])} bytes of {SIZE}")
    attachments.remove_attachment(opened, added[0])
    return stored, viewed


def _note(by_variant: dict[str, list[float]]) -> str:
    rates = {variant: SIZE / 1e6 / (percentile(samples, 0.5) / 1000)
             for variant, samples in by_variant.items()}
    return (f"{SIZE / 1e6:.0f} MB random PDF: {rates['encrypted']:.0f} MB/s encrypted, "
            f"{rates['plain']:.0f} MB/s plain (p50); 1 MiB chunks")
