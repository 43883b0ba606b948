"""The people who use Shelter Desk: staff users and their roles."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual


class Role(StrEnum):
    COORDINATOR = "coordinator"
    CASEWORKER = "caseworker"
    VOLUNTEER = "volunteer"


@dataclass(frozen=True)
class StaffUser:
    id: int
    name: str
    role: Role
    active: bool
    created_at: datetime


def normalise_user_name(name: str) -> str:
    """The form of a user name that identifies her: 'Ana  María' and 'ana maría' are one user.

    NFKC folds look-alike code points, casefold ignores case, and runs of white space
    collapse, so a worker who types her name a little differently is still found.
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.split())


MIN_PASSPHRASE_LENGTH = 8
MAX_NAME_LENGTH = 120


def check_user_name(name: str, field: str = "user") -> str:
    """The name as it will be stored, or InvalidInput."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidInput(field, Bilingual(es="Escribe el nombre para entrar.",
                                            en="Enter a user name."))
    if len(cleaned) > MAX_NAME_LENGTH:
        raise InvalidInput(field, Bilingual(
            es=f"El nombre es demasiado largo (máximo {MAX_NAME_LENGTH} caracteres).",
            en=f"The name is too long (at most {MAX_NAME_LENGTH} characters).",
        ))
    return cleaned


def check_passphrase(passphrase: str, field: str = "passphrase") -> None:
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(field, Bilingual(
            es=f"La contraseña debe tener al menos {MIN_PASSPHRASE_LENGTH} caracteres; "
               "una frase de varias palabras es más fácil de recordar y más segura.",
            en=f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters; a phrase "
               "of several words is easier to remember and safer.",
        ))
    if passphrase != passphrase.strip():
        raise InvalidInput(field, Bilingual(
            es="La contraseña no puede empezar ni terminar con espacios.",
            en="The passphrase cannot start or end with spaces.",
        ))
