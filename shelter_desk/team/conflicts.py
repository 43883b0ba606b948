"""Open conflicts, as the «Conflictos» page and «Hay un conflicto» show them, and a
person's choice that closes one."""

from __future__ import annotations

from typing import Any

from shelter_desk.services.common import acting_user
from shelter_desk.store import audit
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import devices, vault_log
from shelter_desk.team.apply import Applied, write_rows
from shelter_desk.team.changelog import Conflict


def open_conflicts(vault: OpenVault) -> list[Conflict]:
    with vault.write() as connection:
        keys = devices.self_keys(connection)
        if keys is None:
            return []
        log = vault_log.load(connection, keys.device_id)
        return log.conflicts()


def local_id(vault: OpenVault, conflict: Conflict) -> int | None:
    """The row on this laptop a conflict is about (for «Hay un conflicto» on it)."""
    with vault.read() as connection:
        found = vault_log.local_of(connection, conflict.table, conflict.record)
    return None if found is None else int(found)


def resolve(vault: OpenVault, conflict: Conflict, value: Any) -> None:
    """A person picked one value, or wrote a third: it supersedes every candidate here,
    and travels to the other laptops as an ordinary change."""
    user = acting_user(vault)
    with vault.write() as connection:
        keys = devices.require_self(connection)
        log = vault_log.load_for(connection, keys.device_id,
                                 vault_log.dirty_records(connection)
                                 | {(conflict.table, conflict.record)})
        vault_log.flush(connection, log)
        change = log.resolve(conflict, value)
        if change is None:
            return
        vault_log.save(connection, [change])
        # The row follows the log, written as a peer's change is (no capture again).
        write_rows(connection, log, {(change.table, change.record)}, Applied(),
                   actor_id=user.id)
        audit.record(connection, actor_id=user.id, action="team.conflict_resolved",
                     entity_type=conflict.table, entity_id=conflict.record[:64],
                     summary=f"field: {conflict.field}")
