"""The case handoff with 20 MB of scans (issue 19's budgets: under 2 s each).

    handoff_build_20mb   `handoff_send.build_preview` + `send`: her record and four 5 MB
                         scans read from the vault (hash-checked), the payload built and
                         signed, read back for the preview, sealed with age to the
                         clinic's key and put in the outbox.
    handoff_import_20mb  `handoff_receive.receive` + `accept`: unsealed, signature, hashes,
                         pin, expiry and replay checked, kept; then unsealed again and the
                         case, its people and the four scans written (files.db chunks,
                         then one vault transaction).

Two vaults (shelter, clinic) with cheap explicit Argon2id slots that exchanged keys by
file; 1 untimed round, then `repeats` timed, each with a fresh package.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection
from datetime import date
from pathlib import Path

from benchmarks.common import Measurement, time_ms
from shelter_desk.domain.consents import ConsentPurpose, ServiceType
from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import (
    attachments,
    cases,
    followup,
    handoff_keys,
    handoff_receive,
    handoff_send,
    network_reports,
    referrals,
)
from shelter_desk.services.network_reports import NetworkPolicy
from shelter_desk.store.kdf import KdfParams
from shelter_desk.store.vault import OpenVault, create_vault

NAMES = ("handoff_build_20mb", "handoff_import_20mb")
SCANS, SCAN_BYTES = 4, 5 * 10**6
_CHEAP = KdfParams(memory_kib=1024, iterations=1, lanes=1)
CLINIC = "Clínica Sintética de Medición"
_PASSPHRASE = "medición de traspaso"  # noqa: S105 (a throwaway benchmark vault)


def _vault(path: Path, name: str, network_id: str) -> OpenVault:
    vault = create_vault(path, organisation_name=name, user="Coordinadora",
                         passphrase=_PASSPHRASE, params=_CHEAP).vault
    network_reports.set_network_policy(vault, NetworkPolicy(), network_id)
    return vault


def run(names: Collection[str] = NAMES, *, repeats: int = 3) -> dict[str, Measurement]:
    with tempfile.TemporaryDirectory(prefix="shelter-bench-handoff-") as temp:
        root = Path(temp)
        shelter = _vault(root / "albergue", "Albergue de Medición", "albergue-medicion")
        clinic = _vault(root / "clinica", CLINIC, "clinica-medicion")
        try:
            for sender, receiver, name in ((shelter, clinic, "a"), (clinic, shelter, "b")):
                handoff_keys.export_key_file(sender, root / f"{name}.sdkeys")
                handoff_keys.import_key_file(receiver, root / f"{name}.sdkeys")
            case = cases.open_case(shelter, PersonDetails(given_names="Medición",
                                                          family_names="Sintética",
                                                          birth_date=date(1990, 1, 1))).value
            her = case.principal_person_id
            scan_ids = []
            for number in range(SCANS):
                scan = root / f"escaneo-{number}.pdf"
                scan.write_bytes(b"%PDF-1.4\n" + os.urandom(SCAN_BYTES - 9))
                scan_ids.append(attachments.add_attachment(shelter, scan,
                                                           case_id=case.id).value.id)
                scan.unlink()
            followup.record_consent(shelter, her, ConsentPurpose.REFERRAL, True,
                                    service_type=ServiceType.LEGAL, organisation=CLINIC)
            referral = referrals.refer(shelter, her, CLINIC, "Asesoría",
                                       service_type=ServiceType.LEGAL).value
            selection = handoff_send.Selection(attachments=tuple(scan_ids))
            packages: list[bytes] = []

            def build() -> None:
                preview = handoff_send.build_preview(shelter, referral.id, selection)
                packages.append(handoff_send.send(shelter, preview).sealed or b"")

            def accept() -> None:
                received = handoff_receive.receive(clinic, packages.pop())
                handoff_receive.accept(clinic, received.package.package_id)

            build()
            built = [time_ms(build) for _ in range(repeats)]
            size = len(packages[-1])
            accept()
            imported = [time_ms(accept) for _ in range(repeats)]
        finally:
            shelter.lock()
            clinic.lock()
    note = f"{SCANS} scans of {SCAN_BYTES // 10**6} MB; sealed package {size / 1e6:.1f} MB"
    results = {"handoff_build_20mb": Measurement(built, note=note),
               "handoff_import_20mb": Measurement(imported, note=note)}
    return {name: results[name] for name in names}
