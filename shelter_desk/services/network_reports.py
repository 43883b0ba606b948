"""The network report as use cases: the policy, the organisation's key, the preview,
approval (coordinators only) into the outbox, and the file and DHIS2 exports.

What the preview shows is the canonical bytes; approval signs those very bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shelter_desk.domain.errors import InvalidInput, NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.network import dhis2, envelope
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.protection_record import from_record, to_record
from shelter_desk.network.report import protect_tables, report_document
from shelter_desk.network.suppression import CannotProtect
from shelter_desk.reports.export import write_atomically
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.reports.period import Period, parse_period
from shelter_desk.services.common import acting_user, permitted, today
from shelter_desk.store import audit, network_store
from shelter_desk.store.vault import OpenVault

_PERIOD_FORMS = {"quarter": (r"\d{4}-Q[1-4]", "2026-Q3"), "month": (r"\d{4}-\d{2}", "2026-09")}


@dataclass(frozen=True)
class OrganisationKey:
    public_key: bytes
    fingerprint: str


@dataclass(frozen=True)
class Preview:
    period: str
    revision: int
    canonical: bytes  # exactly what approval signs
    protection: dict[str, Any]  # kept in the vault at approval, never sent
    left_out: int  # for the coordinator's eyes; the report carries it only when >= k
    policy: NetworkPolicy

    @property
    def document(self) -> dict[str, Any]:
        return json.loads(self.canonical)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.canonical).hexdigest()


@dataclass(frozen=True)
class Approved:
    period: str
    revision: int
    signed: envelope.SignedReport


def network_policy(vault: OpenVault) -> tuple[str, NetworkPolicy]:
    """(organisation id in the network, policy); the defaults until a network is joined."""
    acting_user(vault)
    with vault.read() as connection:
        stored = network_store.policy_row(connection)
    if stored is None:
        return vault.vault_id, NetworkPolicy()
    return stored[0], NetworkPolicy.from_json(stored[1])


def set_network_policy(vault: OpenVault, policy: NetworkPolicy,
                       organisation_id: str | None = None) -> NetworkPolicy:
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_policy")
    current_id, _current = network_policy(vault)
    organisation_id = (organisation_id or current_id).strip()
    if not re.fullmatch(r"[A-Za-z0-9._-]{1,64}", organisation_id):
        raise InvalidInput("organisation_id", Bilingual(
            es="El identificador de la organización en la red solo lleva letras, cifras, "
               "puntos y guiones.",
            en="The organisation's network id holds only letters, digits, dots and dashes."))
    with vault.write() as connection:
        network_store.save_policy(connection, organisation_id, policy.to_json())
        audit.record(connection, actor_id=user.id, action="network.policy_set",
                     entity_type="network_policy", entity_id=1,
                     summary=f"{policy.period_type}, k={policy.k}")
    return policy


def organisation_key(vault: OpenVault) -> OrganisationKey:
    """The organisation's public key, made (and audited) the first time it is needed."""
    user = acting_user(vault)
    with vault.read() as connection:
        stored = network_store.current_key(connection)
    if stored is None:
        # Making the organisation's signing key is a coordinator's act.
        user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="organisation_key")
        with vault.write() as connection:
            stored = network_store.current_key(connection)
            if stored is None:
                private, public = envelope.new_private_key()
                stored = network_store.add_key(connection, private, public, user.id)
                audit.record(connection, actor_id=user.id, action="network.key_created",
                             entity_type="organisation_key", entity_id=stored.id,
                             summary="ed25519")
    return OrganisationKey(stored.public_key, envelope.fingerprint(stored.public_key))


def network_period(text: str, policy: NetworkPolicy) -> Period:
    pattern, example = _PERIOD_FORMS[policy.period_type]
    period = parse_period(text)
    if not re.fullmatch(pattern, period.label):
        raise InvalidInput("period", Bilingual(
            es=f"La red usa periodos de tipo {_KIND[policy.period_type].es}: por ejemplo "
               f"{example}.",
            en=f"The network uses {_KIND[policy.period_type].en} periods: e.g. {example}."))
    if period.start > today():
        raise InvalidInput("period", Bilingual(
            es=f"El periodo {period.label} aún no empieza.",
            en=f"The period {period.label} has not started yet."))
    return period


_KIND = {"quarter": Bilingual("trimestre", "quarter"), "month": Bilingual("mes", "month")}


def build_preview(vault: OpenVault, period_text: str) -> Preview:
    """The report exactly as it would leave: counted, generalised, protected, canonical."""
    organisation_id, policy = network_policy(vault)
    period = network_period(period_text, policy)
    with vault.read() as connection:
        raw = count_tables(connection, period, policy)
        latest = network_store.latest_report(connection, period.label)
        revision = network_store.next_revision(connection, period.label)
    previous, separate = from_record(latest.protection) if latest else (None, None)
    try:
        protected = protect_tables(raw.tables, raw.left_out, policy, previous, separate)
    except CannotProtect as error:
        raise InvalidInput("period", Bilingual(
            es="No se encontró cómo ocultar las cifras pequeñas de este periodo sin que "
               "se puedan deducir de la revisión anterior; no se puede aprobar otra.",
            en="No way was found to hide this period's small counts without them being "
               "deducible from the earlier revision; another cannot be approved.")) from error
    document = report_document(
        protected, organisation_id=organisation_id, period=period.label, revision=revision,
        generated_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), policy=policy)
    return Preview(period.label, revision, canonical_bytes(document),
                   to_record(protected, policy), raw.left_out, policy)


def approve(vault: OpenVault, preview: Preview) -> Approved:
    """Sign the previewed bytes with the organisation's key and put them in the outbox."""
    user = permitted(vault, Action.NETWORK_APPROVAL, entity_type="network_report",
                     entity_id=preview.period)
    key_id = organisation_key(vault)
    with vault.write() as connection:
        if network_store.next_revision(connection, preview.period) != preview.revision:
            raise InvalidInput("revision", Bilingual(
                es="Otra persona aprobó este periodo mientras lo revisabas: vuelve a "
                   "generar la vista previa.",
                en="Someone else approved this period while you were reviewing it: build "
                   "the preview again."))
        stored = network_store.current_key(connection)
        assert stored is not None and stored.public_key == key_id.public_key
        signed = envelope.sign(stored.private_key, preview.canonical)
        network_store.add_report(connection, period=preview.period, revision=preview.revision,
                                 canonical=signed.canonical, signature=signed.signature,
                                 key_id=stored.id, protection=preview.protection,
                                 approved_by=user.id)
        audit.record(connection, actor_id=user.id, action="network.report_approved",
                     entity_type="network_report", entity_id=preview.period,
                     summary=f"revision {preview.revision}, sha256 {preview.sha256[:16]}")
    return Approved(preview.period, preview.revision, signed)


def latest_signed(vault: OpenVault, period_text: str) -> Approved:
    acting_user(vault)
    label = parse_period(period_text).label
    with vault.read() as connection:
        stored = network_store.latest_report(connection, label)
    if stored is None:
        raise NotFound(Bilingual(es=f"No hay informe aprobado para {label}.",
                                 en=f"There is no approved report for {label}."))
    return Approved(stored.period, stored.revision,
                    envelope.SignedReport(stored.canonical, stored.signature,
                                          stored.public_key))


def export_file(vault: OpenVault, period_text: str, path: Path) -> Approved:
    """The latest approved revision of the period as a .sdreport file."""
    user = permitted(vault, Action.EXPORT, entity_type="network_report", entity_id=period_text)
    approved = latest_signed(vault, period_text)
    _write(vault, user.id, path, approved.signed.to_file_bytes(), approved, "sdreport")
    return approved


def export_dhis2(vault: OpenVault, period_text: str, mapping_path: Path,
                 path: Path) -> dhis2.Dhis2Export:
    user = permitted(vault, Action.EXPORT, entity_type="network_report", entity_id=period_text)
    try:
        mapping = dhis2.parse_mapping(Path(mapping_path).read_bytes())
    except OSError as error:
        raise InvalidInput("mapping", Bilingual(
            es=f"No se pudo leer {mapping_path}: {error.strerror}.",
            en=f"Could not read {mapping_path}: {error.strerror}.")) from error
    approved = latest_signed(vault, period_text)
    exported = dhis2.data_value_set(approved.signed.document(), mapping)
    data = json.dumps(exported.document, indent=1, ensure_ascii=False).encode("utf-8")
    _write(vault, user.id, path, data, approved, "dhis2")
    return exported


def _write(vault: OpenVault, user_id: int, path: Path, data: bytes, approved: Approved,
           kind: str) -> None:
    with vault.write() as connection:
        audit.record(connection, actor_id=user_id, action="network.report_exported",
                     entity_type="network_report", entity_id=approved.period,
                     summary=f"{kind}, revision {approved.revision}")
        try:
            write_atomically(Path(path), data)
        except OSError as error:
            raise InvalidInput("out", Bilingual(
                es=f"No se pudo escribir {path}: {error.strerror}.",
                en=f"Could not write {path}: {error.strerror}.")) from error
