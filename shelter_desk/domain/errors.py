"""Errors of the shelter's rules: bad input and actions a role may not take."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual, ShelterDeskError


class InvalidInput(ShelterDeskError):
    """One field is wrong; `field` names it so a form can point at it."""

    def __init__(self, field: str, message: Bilingual) -> None:
        super().__init__(message)
        self.field = field


class NotAllowed(ShelterDeskError):
    """The user's role does not allow this action."""


class NotFound(ShelterDeskError):
    """What was asked for does not exist (or is hidden from this user)."""
