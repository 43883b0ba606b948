"""The women a shelter accompanies, their children and relatives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    INTERSEX = "intersex"
    NOT_SAID = "not_said"


class GenderIdentity(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    TRANS_WOMAN = "trans_woman"
    TRANS_MAN = "trans_man"
    NON_BINARY = "non_binary"
    OTHER = "other"
    NOT_SAID = "not_said"


class MigrationStatus(StrEnum):
    IRREGULAR = "irregular"  # never "ilegal": a situation, not a person
    ASYLUM_SEEKER = "asylum_seeker"
    REFUGEE = "refugee"
    COMPLEMENTARY_PROTECTION = "complementary_protection"
    HUMANITARIAN_VISITOR = "humanitarian_visitor"
    TEMPORARY_RESIDENT = "temporary_resident"
    PERMANENT_RESIDENT = "permanent_resident"
    MEXICAN = "mexican"
    OTHER = "other"
    UNKNOWN = "unknown"


class SchoolStatus(StrEnum):
    NOT_SCHOOL_AGE = "not_school_age"
    ENROLLED = "enrolled"
    NOT_ENROLLED = "not_enrolled"
    REFUSED = "refused"
    UNKNOWN = "unknown"


class Relationship(StrEnum):
    """What a household member is to the case's principal person."""

    CHILD = "child"
    MOTHER = "mother"
    PARTNER = "partner"
    OTHER = "other"


@dataclass(frozen=True)
class PersonDetails:
    """Everything a worker can edit about a person; most of it optional, on purpose."""

    given_names: str
    family_names: str = ""
    aliases: tuple[str, ...] = ()
    birth_date: date | None = None
    birth_date_estimated: bool = False
    sex: Sex = Sex.NOT_SAID
    gender_identity: GenderIdentity = GenderIdentity.NOT_SAID
    nationality: str = ""  # ISO 3166-1 alpha-2
    languages: tuple[str, ...] = ()  # ISO 639-3, e.g. 'spa', 'quc' (K'iche'), 'mam'
    indigenous: bool | None = None  # self-identification; None = not asked or not said
    place_of_origin: str = ""
    arrived_mexico_on: date | None = None
    arrived_shelter_on: date | None = None
    migration_status: MigrationStatus = MigrationStatus.UNKNOWN
    phone: str = ""
    school_status: SchoolStatus = SchoolStatus.UNKNOWN
    school_grade: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.given_names, self.family_names) if part)


@dataclass(frozen=True)
class Person:
    id: int
    case_id: int
    details: PersonDetails
    relationship: Relationship | None = None  # None for the case's principal person
    blocked_at: datetime | None = None

    @property
    def name(self) -> str:
        return self.details.full_name


AGE_BANDS: tuple[tuple[int, int | None, str], ...] = (
    (0, 4, "0-4"),
    (5, 11, "5-11"),
    (12, 17, "12-17"),
    (18, 29, "18-29"),
    (30, 44, "30-44"),
    (45, 59, "45-59"),
    (60, None, "60+"),
)


def age_on(birth_date: date, today: date) -> int:
    years = today.year - birth_date.year
    if (today.month, today.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def age_band(age: int | None) -> str:
    """The statistics' age band ('18-29'), or 'unknown' when the age is not known."""
    if age is None or age < 0:
        return "unknown"
    for low, high, label in AGE_BANDS:
        if age >= low and (high is None or age <= high):
            return label
    return "unknown"


def birth_date_from_estimated_age(age: int, today: date) -> date:
    """A birth date for 'about N years old': mid-year, so the age reads N for most of it."""
    return date(today.year - age, 7, 1) if (today.month, today.day) >= (7, 1) else date(
        today.year - age - 1, 7, 1)
