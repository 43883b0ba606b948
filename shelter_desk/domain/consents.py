"""Consent per purpose, as she gave or withdrew it; the latest record for a purpose wins.

A referral consent is also per service type and, optionally, per receiving organisation
(Primero's "Consent for referrals" asks per type). A record with no service type or no
organisation covers them all: that is what the single yes/no of earlier versions meant,
so those records keep their meaning (migration 0012 leaves them as they were)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class ConsentPurpose(StrEnum):
    CARE = "care"
    STATISTICS = "statistics"  # counted, anonymously, in the network's aggregates
    REFERRAL = "referral"
    PHOTOS = "photos"


class ServiceType(StrEnum):
    """The kinds of service she may be referred to (UX.md, Primero's referral consent)."""

    LEGAL = "legal"
    PSYCHOSOCIAL = "psychosocial"
    HEALTH = "health"
    SHELTER = "shelter"
    PROTECTION = "protection"
    SECURITY = "security"


@dataclass(frozen=True)
class Consent:
    id: int
    person_id: int
    purpose: ConsentPurpose
    given: bool  # False records a withdrawal or a refusal
    recorded_on: date
    recorded_by: int | None
    service_type: ServiceType | None = None  # None: every service type
    organisation: str | None = None  # None: any organisation of the network

    def covers(self, service_type: ServiceType | None, organisation: str | None) -> bool:
        """Whether this record speaks about a referral of that type to that organisation;
        a referral whose type is unknown is covered only by a record for every type."""
        type_matches = self.service_type is None or self.service_type is service_type
        organisation_matches = (self.organisation is None
                                or same_organisation(self.organisation, organisation))
        return type_matches and organisation_matches


def same_organisation(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and " ".join(a.split()).casefold() == \
        " ".join(b.split()).casefold()


def referral_consent_in_force(records: Iterable[Consent], service_type: ServiceType | None,
                              organisation: str | None, *, named: bool = False) -> bool:
    """The latest record that covers this referral decides. With `named` (a handoff: her
    file itself leaves for that organisation) the latest record that names the organisation
    must be a yes too: a general yes is not enough to send her file."""
    covering = sorted((c for c in records if c.purpose is ConsentPurpose.REFERRAL
                       and c.covers(service_type, organisation)), key=lambda c: c.id)
    if not covering or not covering[-1].given:
        return False
    if named:
        naming = [c for c in covering if c.organisation is not None]
        return bool(naming) and naming[-1].given
    return True
