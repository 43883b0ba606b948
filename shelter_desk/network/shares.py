"""Exact network sums without any shelter's counts readable: additive secret shares.

A member's exact interior counts, over the fixed domain of cells the network's policy
sets (share_domain.py: every category, zeros included, so that not even which cells are
non-zero shows), are split into two vectors of 64-bit words: the first uniformly random
(`secrets`), the second the counts less the first, modulo 2^64. Either vector alone is
uniformly random whatever the counts are; the two added together, word by word, give the
counts back. One vector goes to the hub (the "leader"), the other to a second server run
by another organisation of the network (the "helper"). Each server adds up the vectors
of a period's members and publishes only its sum; the two sums added together are the
exact network totals.

This is the aggregation model of Prio and of the IETF's Distributed Aggregation Protocol
(DAP), without their zero-knowledge validity proofs: a member can send counts that are
not true (as it can in a report today), and nothing here proves that each count is a
small non-negative number. Sums wrap modulo 2^64, so a member cannot overflow them
unnoticed by fewer than 2^63 people; the leader refuses totals above MAX_TOTAL.
"""

from __future__ import annotations

import base64
import binascii
import secrets
import struct
from collections.abc import Iterable, Mapping, Sequence

MODULUS = 1 << 64
WORD = 8  # bytes per share word, little-endian unsigned
MAX_TOTAL = 1 << 40  # a sum above this is a lie or a fault, not a count of people
SHARE_FORMAT = "shelter-desk-shares/1"
ROLES = ("leader", "helper")

Vector = list[int]


def split(counts: Sequence[int]) -> tuple[Vector, Vector]:
    """(leader's share, helper's share) of one vector of counts."""
    if any(count < 0 or count >= MAX_TOTAL for count in counts):
        raise ValueError("counts must be whole numbers from 0 to 2^40")
    first = [secrets.randbits(64) for _ in counts]
    second = [(count - mask) % MODULUS for count, mask in zip(counts, first, strict=True)]
    return first, second


def add(vectors: Iterable[Sequence[int]], length: int) -> Vector:
    """The word-by-word sum modulo 2^64 (of shares, or of the two servers' sums)."""
    total = [0] * length
    for vector in vectors:
        if len(vector) != length:
            raise ValueError("vectors of different lengths")
        total = [(a + b) % MODULUS for a, b in zip(total, vector, strict=True)]
    return total


def reveal(leader_sum: Sequence[int], helper_sum: Sequence[int]) -> Vector:
    """The exact counts from the two servers' sums; ValueError when a word is not a
    plausible count (the sums do not belong together, or a member lied wildly)."""
    counts = add((leader_sum, helper_sum), len(leader_sum))
    if any(count >= MAX_TOTAL for count in counts):
        raise ValueError("the two sums do not add up to counts")
    return counts


def encode(vector: Sequence[int]) -> str:
    return base64.b64encode(struct.pack(f"<{len(vector)}Q", *vector)).decode("ascii")


def decode(text: object, length: int) -> Vector:
    """The words of one base64 share; ValueError when it is not `length` words."""
    if not isinstance(text, str):
        raise ValueError("a share must be base64 text")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as error:
        raise ValueError("a share must be base64 text") from error
    if len(data) != length * WORD:
        raise ValueError(f"{len(data)} bytes where {length * WORD} were expected")
    return list(struct.unpack(f"<{length}Q", data))


def split_tables(vectors: Mapping[str, Sequence[int]]) -> tuple[dict[str, Vector],
                                                                 dict[str, Vector]]:
    leader: dict[str, Vector] = {}
    helper: dict[str, Vector] = {}
    for key, counts in vectors.items():
        leader[key], helper[key] = split(counts)
    return leader, helper


def share_document(*, role: str, organisation_id: str, period: str, revision: int,
                   generated_at: str, domain_sha256: str, policy: Mapping[str, object],
                   shares: Mapping[str, Sequence[int]]) -> dict[str, object]:
    """One server's half of a member's submission (canonical JSON, then signed with the
    member's enrolled Ed25519 key like a report). It names the server it is for, so
    that a half sent to the wrong server, or twice to one, is refused."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {ROLES}")
    return {"format": SHARE_FORMAT, "aggregator": role, "organisation_id": organisation_id,
            "period": period, "revision": revision, "generated_at": generated_at,
            "domain_sha256": domain_sha256, "policy": dict(policy),
            "shares": {key: encode(vector) for key, vector in sorted(shares.items())}}
