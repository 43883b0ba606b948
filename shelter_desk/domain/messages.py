"""A message said in both of the app's languages, chosen where it is shown.

Errors raised in the core carry both texts so that the CLI and the GUI can show the
user's language without the core knowing which one that is.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Bilingual:
    es: str
    en: str

    def in_language(self, language: str) -> str:
        return self.en if language.lower().startswith("en") else self.es

    def __str__(self) -> str:
        return self.in_language(preferred_language())


def preferred_language() -> str:
    """Spanish unless the environment asks for English (SHELTER_DESK_LANG, then LANG)."""
    for name in ("SHELTER_DESK_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "es"
    return "es"


class ShelterDeskError(Exception):
    """Base of every error the user is meant to read: never shown as a traceback."""

    def __init__(self, message: Bilingual) -> None:
        super().__init__(message.en)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)
