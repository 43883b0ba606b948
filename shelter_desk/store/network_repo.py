"""Gateways to the network directory and to the steps of each referral."""

from __future__ import annotations

from shelter_desk.domain.followup import NetworkOrganisation, ReferralStatus, ReferralStep
from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.rows import Rows
from shelter_desk.store.schema import organisation_directory, referral_step

directory = Rows(organisation_directory, lambda row: NetworkOrganisation(
    id=row["id"], name=row["name"], services=tuple(row["services"]), contact=row["contact"],
    active=bool(row["active"])), Bilingual("la organización", "The organisation"))

steps = Rows(referral_step, lambda row: ReferralStep(
    referral_id=row["referral_id"], status=ReferralStatus(row["status"]),
    on_date=row["on_date"], recorded_by=row["recorded_by"]), Bilingual("el paso", "The step"))
