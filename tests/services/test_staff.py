"""Who may manage staff: refusals are clear, and a refused call writes nothing."""

from __future__ import annotations

import pytest

from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.staff import Role
from shelter_desk.services import staff
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR


def _audit_rows(vault) -> int:
    with vault.read() as connection:
        return audit.verify_chain(connection).rows


def test_a_caseworker_cannot_add_staff(created, vault_dir):
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    created.vault.lock()
    with unlock(vault_dir, user="Trabajadora", passphrase="frase de trabajo") as opened:
        keys = (vault_dir / "keys.json").read_bytes()
        rows = _audit_rows(opened)
        with pytest.raises(NotAllowed) as refused:
            staff.add_staff(opened, "Intrusa", Role.COORDINATOR, "frase de intrusa")
        assert "coordinadora" in refused.value.message.es
        assert "Intrusa" not in [user.name for user in staff.list_staff(opened)]
        # One row more: the refusal itself, for the coordinator to see
        assert _audit_rows(opened) == rows + 1
        with opened.read() as connection:
            denied = list(audit.events(connection))[-1]
        assert (denied.action, denied.actor_id) == ("access.denied", opened.user.id)
    assert (vault_dir / "keys.json").read_bytes() == keys


def test_bad_input_writes_nothing(created, vault_dir):
    rows = _audit_rows(created.vault)
    keys = (vault_dir / "keys.json").read_bytes()
    with pytest.raises(InvalidInput) as empty:
        staff.add_staff(created.vault, "   ", Role.CASEWORKER, "frase de trabajo")
    with pytest.raises(InvalidInput) as short:
        staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "corta")
    with pytest.raises(InvalidInput) as duplicate:
        staff.add_staff(created.vault, COORDINATOR.upper(), Role.CASEWORKER, "frase de trabajo")
    assert empty.value.field == "user" and short.value.field == "passphrase"
    assert "Ya existe" in duplicate.value.message.es
    assert _audit_rows(created.vault) == rows
    assert (vault_dir / "keys.json").read_bytes() == keys


def test_the_last_coordinator_stays(created):
    staff.add_staff(created.vault, "Segunda", Role.COORDINATOR, "frase de la segunda")
    with pytest.raises(NotAllowed):
        staff.remove_staff(created.vault, COORDINATOR)  # herself
    staff.remove_staff(created.vault, "Segunda")
    with pytest.raises(NotFound):
        staff.remove_staff(created.vault, "Segunda")


def test_each_change_writes_one_audit_row(created):
    rows = _audit_rows(created.vault)
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    staff.reset_passphrase(created.vault, "Trabajadora", "otra frase de trabajo")
    staff.remove_staff(created.vault, "Trabajadora")
    with created.vault.read() as connection:
        actions = [event.action for event in audit.events(connection)][rows:]
    # A removal also changes the master key, and says so in the history.
    assert actions == ["staff.added", "staff.passphrase_reset", "staff.removed",
                       "vault.master_key_rotated"]


def test_a_removed_user_can_be_added_again(created, vault_dir):
    staff.add_staff(created.vault, "Trabajadora", Role.CASEWORKER, "frase de trabajo")
    staff.remove_staff(created.vault, "Trabajadora")
    staff.add_staff(created.vault, "Trabajadora", Role.VOLUNTEER, "frase nueva de trabajo")
    created.vault.lock()
    with unlock(vault_dir, user="Trabajadora", passphrase="frase nueva de trabajo") as opened:
        assert opened.user.role is Role.VOLUNTEER


def test_a_new_recovery_code_replaces_the_old_one(created, vault_dir):
    from shelter_desk.store.errors import WrongCredentials
    from shelter_desk.store.vault import unlock_with_recovery_code

    new_code = staff.replace_recovery_code(created.vault)
    created.vault.lock()
    with pytest.raises(WrongCredentials):
        unlock_with_recovery_code(vault_dir, created.recovery_code)
    with unlock_with_recovery_code(vault_dir, new_code) as opened:
        assert opened.unlocked_with_recovery
