"""What every service shares: who is acting, what changed, and the date of 'today'."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Generic, TypeVar

from shelter_desk.domain.errors import NotAllowed, NotFound
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action, may, refusal
from shelter_desk.domain.staff import Role, StaffUser
from shelter_desk.store import audit, settings_repo
from shelter_desk.store.case_queries import Viewer
from shelter_desk.store.vault import OpenVault

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """One thing a call changed, so a view can refresh just that."""

    entity_type: str
    entity_id: int
    action: str
    case_id: int | None = None


@dataclass(frozen=True)
class Result(Generic[T]):
    value: T
    changes: tuple[Change, ...]


def changed_fields(before: object, after: object) -> str:
    """'changed: a,b' naming the fields that differ, for an audit summary: field names
    only, never values, so the audit log holds no personal data and the history can
    still say what was changed."""
    names = [f.name for f in fields(before) if getattr(before, f.name) != getattr(after, f.name)]
    return "changed: " + ",".join(names)


def today() -> date:
    return date.today()


def acting_user(vault: OpenVault) -> StaffUser:
    """The staff user behind this call; the recovery code alone cannot touch case files."""
    if vault.user is None:
        raise NotAllowed(Bilingual(
            es="Entra con tu cuenta para trabajar en los expedientes.",
            en="Sign in with your user name to work on case files.",
        ))
    return vault.user


def permitted(vault: OpenVault, action: Action, *, entity_type: str = "",
              entity_id: object = None) -> StaffUser:
    """The acting user if her role allows `action`; else a denial, audited, is raised.

    The audit row is written in its own transaction, before the refusal: a denied
    attempt is a fact the coordinator may need to see even though nothing else changed.
    """
    user = acting_user(vault)
    if may(user.role, action):
        return user
    with vault.write() as connection:
        audit.record(connection, actor_id=user.id, action="access.denied",
                     entity_type=entity_type or "action", entity_id=entity_id,
                     summary=f"{action.value} ({user.role.value})")
    raise NotAllowed(refusal(user.role, action))


def viewer(vault: OpenVault) -> Viewer:
    user = acting_user(vault)
    return Viewer(user_id=user.id, sees_all_confidential=user.role is Role.COORDINATOR)


def not_found(what_es: str, what_en: str) -> NotFound:
    return NotFound(Bilingual(es=f"No se encontró {what_es}.", en=f"{what_en} was not found."))


def save_setting(vault: OpenVault, user: StaffUser, key: str, value: str) -> None:
    """Store one of the vault's settings with its audit row (the value is never personal:
    a number of days or years)."""
    with vault.write() as connection:
        settings_repo.put(connection, key, value)
        audit.record(connection, actor_id=user.id, action="setting.changed",
                     entity_type="setting", entity_id=key, summary=value)

