"""A member's submission by secret shares: its exact tables over the network's fixed
domain, split in two, each half a canonical JSON document signed with the member's
enrolled Ed25519 key and wrapped like a .sdreport, one for each server."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from shelter_desk.network import envelope, shares
from shelter_desk.network.canonical import canonical_bytes
from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.share_domain import share_domain


@dataclass(frozen=True)
class SharedSubmission:
    leader: envelope.SignedReport  # for the hub
    helper: envelope.SignedReport  # for the second aggregator
    counts: dict[str, list[int]]  # what the two halves add up to, in domain order
    outside: int  # counted items in categories the network's domain lacks (not sent)


def shared_submission(private_key: bytes, *, organisation_ids: tuple[str, str], period: str,
                      revision: int, generated_at: str, policy: NetworkPolicy,
                      tables: Mapping[str, NetworkTable]) -> SharedSubmission:
    """`organisation_ids`: the member's id at the leader and at the helper (each server
    enrols it on its own)."""
    counts, outside = share_domain(policy).vectors(tables, policy)
    return signed_halves(private_key, counts, outside, organisation_ids=organisation_ids,
                         period=period, revision=revision, generated_at=generated_at,
                         policy=policy)


def signed_halves(private_key: bytes, counts: Mapping[str, list[int]], outside: int, *,
                  organisation_ids: tuple[str, str], period: str, revision: int,
                  generated_at: str, policy: NetworkPolicy) -> SharedSubmission:
    """Exactly these counts (in domain order), split and signed."""
    domain = share_domain(policy)
    leader_half, helper_half = shares.split_tables(counts)
    signed = []
    for role, organisation_id, half in (("leader", organisation_ids[0], leader_half),
                                        ("helper", organisation_ids[1], helper_half)):
        document = shares.share_document(
            role=role, organisation_id=organisation_id, period=period, revision=revision,
            generated_at=generated_at, domain_sha256=domain.sha256(),
            policy=policy.to_json(), shares=half)
        signed.append(envelope.sign(private_key, canonical_bytes(document)))
    return SharedSubmission(signed[0], signed[1], {k: list(v) for k, v in counts.items()},
                            outside)
