"""What the team does: notes of accompaniment, tasks due, referrals to other organisations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from shelter_desk.domain.consents import ServiceType


class NoteKind(StrEnum):
    LISTENING = "listening"  # sesión de escucha
    LEGAL_ADVICE = "legal_advice"
    CALL = "call"
    VISIT = "visit"
    ACCOMPANIMENT = "accompaniment"


@dataclass(frozen=True)
class Note:
    id: int
    case_id: int
    kind: NoteKind
    body: str
    confidential: bool
    author_id: int | None
    written_at: datetime
    person_id: int | None = None


@dataclass(frozen=True)
class Task:
    id: int
    case_id: int
    title: str
    due_on: date
    assignee_id: int | None
    done_at: datetime | None
    source: str = ""  # e.g. 'expiry:document:42:2027-01-31' for generated tasks


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    ACCEPTED = "accepted"
    COMPLETED = "completed"
    DECLINED = "declined"


@dataclass(frozen=True)
class Referral:
    id: int
    case_id: int
    person_id: int
    organisation: str
    service: str
    status: ReferralStatus
    referred_on: date
    service_type: ServiceType | None = None  # None for referrals made before migration 0012


# Where a referral may go next: it is proposed, sent, then accepted and completed, and it
# can be declined (by her or by the organisation) at any step before it is completed.
NEXT_STATUSES: dict[ReferralStatus, tuple[ReferralStatus, ...]] = {
    ReferralStatus.PROPOSED: (ReferralStatus.SENT, ReferralStatus.DECLINED),
    ReferralStatus.SENT: (ReferralStatus.ACCEPTED, ReferralStatus.DECLINED),
    ReferralStatus.ACCEPTED: (ReferralStatus.COMPLETED, ReferralStatus.DECLINED),
    ReferralStatus.COMPLETED: (),
    ReferralStatus.DECLINED: (),
}


@dataclass(frozen=True)
class ReferralStep:
    referral_id: int
    status: ReferralStatus
    on_date: date
    recorded_by: int | None


@dataclass(frozen=True)
class NetworkOrganisation:
    """An organisation of the network directory, and the services it offers."""

    id: int
    name: str
    services: tuple[str, ...]
    contact: str
    active: bool
