"""Rows of staff_user, returned as domain StaffUser objects."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select, update

from shelter_desk.domain.staff import Role, StaffUser, normalise_user_name
from shelter_desk.store.clock import now_utc, parse
from shelter_desk.store.schema import staff_user


def _to_user(row) -> StaffUser:  # type: ignore[no-untyped-def]
    return StaffUser(id=row.id, name=row.name, role=Role(row.role), active=bool(row.active),
                     created_at=parse(row.created_at))


def add(connection: Connection, name: str, role: Role, keyslot_id: str) -> StaffUser:
    result = connection.execute(insert(staff_user).values(
        name=name, name_key=normalise_user_name(name), role=role.value, active=True,
        keyslot_id=keyslot_id, created_at=now_utc(),
    ))
    return by_id(connection, result.inserted_primary_key[0])


def by_id(connection: Connection, user_id: int) -> StaffUser:
    found = by_id_or_none(connection, user_id)
    assert found is not None, f"no staff user {user_id}"
    return found


def by_name(connection: Connection, name: str) -> StaffUser | None:
    row = connection.execute(
        select(staff_user).where(staff_user.c.name_key == normalise_user_name(name))).first()
    return _to_user(row) if row else None


def active_by_slot(connection: Connection, keyslot_id: str) -> StaffUser | None:
    row = connection.execute(select(staff_user).where(
        staff_user.c.keyslot_id == keyslot_id, staff_user.c.active.is_(True))).first()
    return _to_user(row) if row else None


def slot_of(connection: Connection, user_id: int) -> str | None:
    return connection.execute(
        select(staff_user.c.keyslot_id).where(staff_user.c.id == user_id)).scalar_one()


def all_users(connection: Connection) -> list[StaffUser]:
    rows = connection.execute(select(staff_user).order_by(staff_user.c.name_key))
    return [_to_user(row) for row in rows]


def set_slot(connection: Connection, user_id: int, keyslot_id: str | None) -> None:
    connection.execute(update(staff_user).where(staff_user.c.id == user_id)
                       .values(keyslot_id=keyslot_id))


def reactivate(connection: Connection, user_id: int, role: Role, keyslot_id: str) -> StaffUser:
    connection.execute(update(staff_user).where(staff_user.c.id == user_id)
                       .values(active=True, role=role.value, keyslot_id=keyslot_id))
    return by_id(connection, user_id)


def deactivate(connection: Connection, user_id: int) -> None:
    connection.execute(update(staff_user).where(staff_user.c.id == user_id)
                       .values(active=False, keyslot_id=None))


def by_id_or_none(connection: Connection, user_id: int) -> StaffUser | None:
    row = connection.execute(select(staff_user).where(staff_user.c.id == user_id)).first()
    return _to_user(row) if row else None
