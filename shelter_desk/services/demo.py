"""A demo vault full of synthetic, realistic case files, for training and for trying the app.

Everything is drawn from one seeded random generator and dated relative to the day it
is generated, so the same seed on the same day gives the same vault, and there are
always documents about to expire. Rows go in with bulk inserts inside one transaction
(and one audit row), which is what makes 50,000 people take seconds, not hours.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.barriers import AttemptDetails, Outcome
from shelter_desk.domain.cases import CaseStatus, RiskLevel, format_case_code
from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.documents import DocumentDetails, DocumentStatus, effective_expiry
from shelter_desk.domain.followup import NoteKind, ReferralStatus
from shelter_desk.domain.people import (
    GenderIdentity,
    MigrationStatus,
    PersonDetails,
    Relationship,
    SchoolStatus,
    Sex,
)
from shelter_desk.domain.staff import Role
from shelter_desk.services import demo_data as pool
from shelter_desk.services.staff import add_staff
from shelter_desk.store import audit, case_repo, kdf, network_repo, search_index
from shelter_desk.store.clock import now_utc
from shelter_desk.store.rows import to_columns
from shelter_desk.store.schema import case_type_link
from shelter_desk.store.vault import CreatedVault, create_vault

DEMO_USER = "coordinadora"
DEMO_PASSPHRASE = "demo-albergue-2026"  # noqa: S105 - public on purpose: synthetic data only
DEMO_ORGANISATION = "Albergue de demostración"
# Beside a demo vault's keys, in the clear on purpose: the unlock screen (which cannot read
# the encrypted vault before unlocking) shows the demo user and where its passphrase is.
# Synthetic people only; a real vault never has this file.
DEMO_MARKER = "demo-vault.txt"


def demo_user_of(directory: Path) -> str | None:
    """The demo user, if `directory` holds a demo vault this module generated; else None."""
    try:
        lines = (Path(directory) / DEMO_MARKER).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() == "user" and value.strip():
            return value.strip()
    return None


@dataclass
class _Batch:
    """Rows of every table, with ids assigned here so that links need no round trips."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def add(self, table: str, **row: Any) -> int:
        row_id = self.ids.get(table, 0) + 1
        self.ids[table] = row_id
        self.tables.setdefault(table, []).append({"id": row_id, **row})
        return row_id


def create_demo_vault(directory: Path, *, people: int = 500, seed: int = 1,
                      user: str = DEMO_USER, passphrase: str = DEMO_PASSPHRASE,
                      params: kdf.KdfParams | None = None,
                      progress: Callable[[str], None] | None = None) -> CreatedVault:
    created = create_vault(directory, organisation_name=DEMO_ORGANISATION, user=user,
                           passphrase=passphrase, params=params, demo=True)
    vault = created.vault
    say = progress or (lambda _message: None)
    for name, role in pool.STAFF:
        add_staff(vault, name, Role(role), passphrase)
    staff_ids = [1, 2, 3, 4]
    say("generating")
    rng = random.Random(seed)  # noqa: S311 - reproducible synthetic data, not secrets
    batch = _Generator(rng, date.today(), default_catalog(), staff_ids).run(people)
    say("writing")
    with vault.write() as connection:
        for table, rows in batch.tables.items():
            gateway = _GATEWAYS[table]
            for start in range(0, len(rows), 5000):
                gateway.insert_many(connection, rows[start:start + 5000])
        search_index.rebuild(connection)
        _network(connection)
        audit.record(connection, actor_id=vault.user.id if vault.user else None,
                     action="demo.generated", entity_type="vault", entity_id=vault.vault_id,
                     summary=f"people: {people}, seed: {seed}")
    with vault.write() as connection:
        connection.exec_driver_sql("ANALYZE")  # planner statistics for the list's filters
    (Path(directory) / DEMO_MARKER).write_text(
        "Shelter Desk demo vault: synthetic people only.\n"
        f"user: {user}\n"
        "passphrase: see DEMO_PASSPHRASE in the Makefile and the README's set-up section\n",
        encoding="utf-8")
    return created


def _network(connection: Any) -> None:
    """The directory the referrals came from, and each referral's steps: proposed on
    its date, then (the demo does not know when) its current status the same day."""
    network_repo.directory.insert_many(connection, [
        {"name": name, "services": [service], "contact": "", "active": True}
        for name, service in pool.REFERRAL_TARGETS])
    connection.exec_driver_sql(
        "INSERT INTO referral_step (referral_id, status, on_date) "
        "SELECT id, 'proposed', referred_on FROM referral")
    connection.exec_driver_sql(
        "INSERT INTO referral_step (referral_id, status, on_date) "
        "SELECT id, status, referred_on FROM referral WHERE status != 'proposed'")


class _CaseTypes:
    """case_type_link has no id column; this adapter keeps the batch loop uniform."""

    @staticmethod
    def insert_many(connection: Any, rows: list[dict[str, Any]]) -> None:
        from sqlalchemy import insert

        connection.execute(insert(case_type_link),
                           [{"case_id": r["case_id"], "type_key": r["type_key"]} for r in rows])


_GATEWAYS: dict[str, Any] = {
    "case_file": case_repo.cases, "person": case_repo.people,
    "case_type_link": _CaseTypes, "identity_document": case_repo.documents,
    "procedure_attempt": case_repo.attempts, "note": case_repo.notes,
    "task": case_repo.tasks, "referral": case_repo.referrals, "consent": case_repo.consents,
}


class _Generator:
    def __init__(self, rng: random.Random, today: date, catalog: Catalog,
                 staff_ids: list[int]) -> None:
        self.rng, self.today, self.catalog, self.staff = rng, today, catalog, staff_ids
        self.batch = _Batch()
        self.numbers: dict[int, int] = {}
        self.nationalities = list(pool.NATIONALITIES)
        self.weights = list(pool.NATIONALITIES.values())

    def run(self, people: int) -> _Batch:
        made = 0
        while made < people:
            made += self._case(max_people=people - made)
        return self.batch

    def _day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def _case(self, max_people: int) -> int:
        rng, today = self.rng, self.today
        nationality = rng.choices(self.nationalities, self.weights)[0]
        opened = self._day_between(today - timedelta(days=3 * 365), today)
        number = self.numbers.get(opened.year, 0) + 1
        self.numbers[opened.year] = number
        status = rng.choices(list(CaseStatus), [70, 10, 20])[0]
        case_id = self.batch.add(
            "case_file", code=format_case_code(opened.year, number), year=opened.year,
            number=number, principal_person_id=None, opened_on=opened,
            closed_on=self._day_between(opened, today) if status is CaseStatus.CLOSED else None,
            status=status.value, assigned_worker_id=rng.choice(self.staff),
            risk_level=rng.choices(list(RiskLevel), [60, 30, 10])[0].value,
            summary=rng.choice(pool.NOTE_TEXTS), updated_at=now_utc())
        for key in rng.sample(sorted(self.catalog.case_types), rng.randint(1, 3)):
            self.batch.add("case_type_link", case_id=case_id, type_key=key)
        mother = self._woman(nationality, opened)
        mother_id = self.batch.add("person", case_id=case_id, relationship=None,
                                   **case_repo.person_columns(mother))
        self.batch.tables["case_file"][-1]["principal_person_id"] = mother_id
        members = [(mother_id, mother)]
        children = min(max_people - 1, rng.choices([0, 1, 2, 3, 4], [30, 30, 22, 12, 6])[0])
        for _ in range(children):
            child = self._child(mother, nationality)
            members.append((self.batch.add("person", case_id=case_id,
                                           relationship=Relationship.CHILD.value,
                                           **case_repo.person_columns(child)), child))
        for person_id, details in members:
            self._documents(case_id, person_id, details)
            self._consents(person_id)
        self._attempts(case_id, members, opened)
        self._followup(case_id, mother_id, opened)
        return len(members)

    def _woman(self, nationality: str, opened: date) -> PersonDetails:
        rng = self.rng
        given = pool.GIVEN_NAMES.get(nationality, pool.GIVEN_NAMES["default"])
        families = pool.FAMILY_NAMES.get(nationality, []) + pool.FAMILY_NAMES["default"]
        languages = ["hat", "fra"] if nationality == "HT" else ["spa"]
        indigenous = None
        if nationality in pool.INDIGENOUS_LANGUAGES and rng.random() < 0.3:
            languages.insert(0, rng.choice(pool.INDIGENOUS_LANGUAGES[nationality]))
            indigenous = True
        birth = self._day_between(date(self.today.year - 55, 1, 1),
                                  date(self.today.year - 17, 1, 1))
        arrived = self._day_between(opened - timedelta(days=400), opened)
        return PersonDetails(
            given_names=" ".join(rng.sample(given, rng.choice([1, 1, 2]))),
            family_names=" ".join(rng.sample(families, 2)),
            aliases=(rng.choice(pool.ALIASES),) if rng.random() < 0.1 else (),
            birth_date=birth, birth_date_estimated=rng.random() < 0.1, sex=Sex.FEMALE,
            gender_identity=GenderIdentity.TRANS_WOMAN if rng.random() < 0.02
            else GenderIdentity.WOMAN,
            nationality=nationality, languages=tuple(languages), indigenous=indigenous,
            place_of_origin=rng.choice(pool.PLACES[nationality]),
            arrived_mexico_on=max(arrived, birth), arrived_shelter_on=opened,
            migration_status=rng.choice([s for s in MigrationStatus if s is not
                                         MigrationStatus.MEXICAN])
            if nationality != "MX" else MigrationStatus.MEXICAN,
            phone=f"+52 962 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
            if rng.random() < 0.6 else "",
        )

    def _child(self, mother: PersonDetails, nationality: str) -> PersonDetails:
        rng = self.rng
        assert mother.birth_date is not None
        earliest = max(mother.birth_date + timedelta(days=15 * 365),
                       self.today - timedelta(days=17 * 365))
        birth = self._day_between(earliest, self.today - timedelta(days=30))
        born_in_mexico = rng.random() < 0.15
        age = (self.today - birth).days // 365
        school = SchoolStatus.NOT_SCHOOL_AGE if age < 4 else rng.choices(
            [SchoolStatus.ENROLLED, SchoolStatus.NOT_ENROLLED, SchoolStatus.REFUSED],
            [55, 30, 15])[0]
        return PersonDetails(
            given_names=rng.choice(pool.CHILD_NAMES), family_names=mother.family_names,
            birth_date=birth, sex=rng.choice([Sex.FEMALE, Sex.MALE]),
            nationality="MX" if born_in_mexico else nationality,
            languages=mother.languages, indigenous=mother.indigenous,
            migration_status=MigrationStatus.MEXICAN if born_in_mexico
            else mother.migration_status,
            school_status=school,
            school_grade=f"{max(1, age - 5)}º de primaria" if school is SchoolStatus.ENROLLED
            else "",
        )

    def _documents(self, case_id: int, person_id: int, person: PersonDetails) -> None:
        rng, today = self.rng, self.today
        for document_type in self.catalog.document_types.values():
            chance = 0.6 if document_type.expected else 0.22
            if rng.random() > chance:
                continue
            status = rng.choices(list(DocumentStatus), [50, 20, 10, 6, 5, 3, 6])[0]
            issued = self._day_between(today - timedelta(days=4 * 365), today)
            expires = self._day_between(today - timedelta(days=200), today + timedelta(
                days=900)) if document_type.validity.rule.value == "printed" else None
            details = DocumentDetails(
                type_key=document_type.key, status=status,
                number=f"{rng.randint(10**7, 10**8 - 1)}" if rng.random() < 0.7 else "",
                issued_on=issued, expires_on=expires,
                apostilled=rng.random() < 0.3 if document_type.apostille_applies else None,
                translated=(rng.random() < 0.5 if person.nationality == "HT" else None)
                if document_type.translation_applies else None)
            self.batch.add("identity_document", person_id=person_id, case_id=case_id,
                           **to_columns(details),
                           effective_expiry=effective_expiry(details, document_type),
                           updated_at=now_utc())

    def _consents(self, person_id: int) -> None:
        for purpose, chance in ((ConsentPurpose.CARE, 0.97), (ConsentPurpose.STATISTICS, 0.8),
                                (ConsentPurpose.REFERRAL, 0.55), (ConsentPurpose.PHOTOS, 0.2)):
            self.batch.add("consent", person_id=person_id, purpose=purpose.value,
                           given=self.rng.random() < chance, recorded_on=self.today,
                           recorded_by=self.staff[0])

    def _attempts(self, case_id: int, members: list[tuple[int, PersonDetails]],
                  opened: date) -> None:
        rng = self.rng
        for _ in range(rng.choices([0, 1, 2, 3], [45, 30, 15, 10])[0]):
            person_id, _details = rng.choice(members)
            right = rng.choice(sorted(pool.RIGHTS))
            institutions, reasons = pool.RIGHTS[right]
            institution = rng.choice(institutions)
            outcome = rng.choices(list(Outcome), [30, 10, 50, 10])[0]
            refused = outcome in (Outcome.REFUSED, Outcome.PARTIAL)
            attempted = self._day_between(opened, self.today)
            resolved = refused and rng.random() < 0.35
            details = AttemptDetails(
                person_id=person_id, right_key=right, institution_type_key=institution,
                institution_name=pool.INSTITUTION_NAMES.get(institution, "Institución"),
                attempted_on=attempted, outcome=outcome,
                documents_presented=tuple(rng.sample(sorted(self.catalog.document_types), 2)),
                reason_keys=(rng.choice(reasons),) if refused else (),
                reason_given="Nos dijeron que no se puede porque es extranjera" if refused
                else "", action_taken=rng.choice(pool.ACTIONS) if refused else "",
                follow_up_on=attempted + timedelta(days=rng.randint(7, 30)) if refused else None)
            self.batch.add("procedure_attempt", case_id=case_id,
                           resolved_on=self._day_between(attempted, self.today)
                           if resolved else None,
                           resolution=rng.choice(pool.RESOLUTIONS) if resolved else "",
                           updated_at=now_utc(),
                           **case_repo.attempt_columns(details, resolved=resolved))

    def _followup(self, case_id: int, mother_id: int, opened: date) -> None:
        rng = self.rng
        for _ in range(rng.randint(1, 4)):
            written = self._day_between(opened, self.today)
            self.batch.add("note", case_id=case_id, person_id=mother_id,
                           kind=rng.choice(list(NoteKind)).value,
                           body=rng.choice(pool.NOTE_TEXTS), confidential=rng.random() < 0.15,
                           author_id=rng.choice(self.staff),
                           written_at=f"{written.isoformat()}T{rng.randint(8, 18):02d}:00:00+00:00")
        for _ in range(rng.choices([0, 1, 2], [50, 35, 15])[0]):
            due = self._day_between(self.today - timedelta(days=20),
                                    self.today + timedelta(days=40))
            self.batch.add("task", case_id=case_id, title=rng.choice(pool.ACTIONS),
                           due_on=due, assignee_id=rng.choice(self.staff),
                           done_at=f"{self.today.isoformat()}T12:00:00+00:00"
                           if rng.random() < 0.3 else None, source=None)
        if rng.random() < 0.2:
            organisation, service = rng.choice(pool.REFERRAL_TARGETS)
            self.batch.add("referral", case_id=case_id, person_id=mother_id,
                           organisation=organisation, service=service,
                           status=rng.choice(list(ReferralStatus)).value,
                           referred_on=self._day_between(opened, self.today),
                           updated_at=now_utc())
