"""Consent per purpose, as she gave or withdrew it; the latest record for a purpose wins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ConsentPurpose(StrEnum):
    CARE = "care"
    STATISTICS = "statistics"  # counted, anonymously, in the network's aggregates
    REFERRAL = "referral"
    PHOTOS = "photos"


@dataclass(frozen=True)
class Consent:
    id: int
    person_id: int
    purpose: ConsentPurpose
    given: bool  # False records a withdrawal or a refusal
    recorded_on: date
    recorded_by: int | None
