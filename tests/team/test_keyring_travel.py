"""Who can open the vault travels with the changes: a person added or given a new
passphrase on one laptop opens the others after a sync; a person or a laptop removed on
one laptop makes every laptop drop her slot and change its own master key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shelter_desk.domain.staff import Role
from shelter_desk.services import key_rotation, staff
from shelter_desk.store import rotation
from shelter_desk.store.errors import VaultCorrupt, WrongCredentials
from shelter_desk.store.keyring import Keyring
from shelter_desk.store.vault import unlock, unlock_with_recovery_code
from shelter_desk.team import devices, pairing, status, sync
from shelter_desk.team.errors import TeamError
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.team.conftest import exchange, peer_id

LAWYER, LAWYER_PASSPHRASE = "Abogada Nueva", "frase de la abogada nueva"


def _opens(folder: Path, user: str, passphrase: str) -> bool:
    try:
        with unlock(folder, user=user, passphrase=passphrase):
            return True
    except WrongCredentials:
        return False


def test_a_person_added_on_one_laptop_signs_in_on_the_other(team) -> None:
    first, second = team
    staff.add_staff(first, LAWYER, Role.CASEWORKER, LAWYER_PASSPHRASE)
    exchange(first, second)
    folder = second.directory
    second.lock()
    assert _opens(folder, LAWYER, LAWYER_PASSPHRASE)
    # each laptop sealed its own master key to her slot: no master key travelled
    assert "sealed" not in json.dumps(sync.outgoing(first, peer_id(first, "Abogada"))
                                      ["keyring"])


def test_a_new_passphrase_travels_and_the_old_one_stops(team) -> None:
    first, second = team
    staff.add_staff(first, LAWYER, Role.CASEWORKER, LAWYER_PASSPHRASE)
    exchange(first, second)
    staff.reset_passphrase(first, LAWYER, "frase cambiada de la abogada")
    exchange(first, second)
    # a replayed older payload does not bring the old passphrase back
    folder = second.directory
    second.lock()
    assert not _opens(folder, LAWYER, LAWYER_PASSPHRASE)
    assert _opens(folder, LAWYER, "frase cambiada de la abogada")


def test_a_person_removed_on_one_laptop_is_locked_out_of_every_laptop(team, tmp_path) -> None:
    first, second = team
    staff.add_staff(first, LAWYER, Role.CASEWORKER, LAWYER_PASSPHRASE)
    exchange(first, second)
    # what she could have copied from the second laptop before her removal
    before = tmp_path / "her_copy_of_keys.json"
    shutil.copy(second.directory / "keys.json", before)
    removal = staff.remove_staff(first, LAWYER)
    assert removal.rotation is not None
    report = sync.incoming(second, sync.outgoing(first, peer_id(first, "Abogada")))
    assert report.keys is not None and report.keys.dropped == 1 and report.keys.rotation_due
    assert key_rotation.is_due(second)
    done = key_rotation.rotate_when_due(second)
    assert done is not None and done.generation == 2 and not key_rotation.is_due(second)
    folder = second.directory
    second.lock()
    assert not _opens(folder, LAWYER, LAWYER_PASSPHRASE)
    assert _opens(folder, COORDINATOR, PASSPHRASE)
    # the keys.json she kept from the second laptop gives a master key that opens none
    # of its files as they are now
    copy = tmp_path / "with_her_old_keys"
    shutil.copytree(folder, copy)
    shutil.copy(before, copy / "keys.json")
    with pytest.raises(VaultCorrupt):
        unlock(copy, user=LAWYER, passphrase=LAWYER_PASSPHRASE)
    keyring = Keyring.load(copy)
    old_master = keyring.open_with_passphrase(LAWYER, LAWYER_PASSPHRASE).masters[1]
    for name in rotation.DATABASES:
        assert not rotation.opens_with(copy / name, keyring.vault_id, old_master, name)


def test_a_removed_laptop_is_heard_of_by_the_others_which_change_their_keys(
        team, tmp_path) -> None:
    first, second = team
    # a third laptop, paired with both, then removed on the first
    first.lock()
    third_folder = tmp_path / "third"
    shutil.copytree(first.directory, third_folder)
    first = unlock(first.directory, user=COORDINATOR, passphrase=PASSPHRASE)
    third = unlock(third_folder, user=COORDINATOR, passphrase=PASSPHRASE)
    card = pairing.join_copied_vault(third, "Psicóloga")
    pairing.add_peer(first, card)
    pairing.add_peer(second, card)
    status.remove_device(first, "Psicóloga")
    assert key_rotation.is_due(first)
    assert key_rotation.rotate_when_due(first) is not None
    report = sync.incoming(second, sync.outgoing(first, peer_id(first, "Abogada")))
    assert report.keys.removed_devices == 1 and report.keys.rotation_due
    key_rotation.rotate_when_due(second)
    with second.read() as connection:
        assert not devices.find(connection, "Psicóloga").active
    # what the removed laptop sends is refused on both
    for vault in (first, second):
        with pytest.raises(TeamError):
            sync.incoming(vault, sync.outgoing(third, peer_id(third, "Recepción")
                                               if vault is first else
                                               peer_id(third, "Abogada")))
    # and its copy of the vault opens none of the others' files: their keys changed
    for vault in (first, second):
        assert not rotation.opens_with(vault.directory / "vault.db", vault.vault_id,
                                       third._master, "vault.db")
    third.lock()
    first.lock()


def test_the_recovery_code_still_opens_every_laptop_after_the_keys_change(created,
                                                                          team) -> None:
    first, second = team
    staff.add_staff(first, LAWYER, Role.CASEWORKER, LAWYER_PASSPHRASE)
    exchange(first, second)
    staff.remove_staff(first, LAWYER)
    sync.incoming(second, sync.outgoing(first, peer_id(first, "Abogada")))
    key_rotation.rotate_when_due(second)
    code = created.recovery_code
    for vault in (first, second):
        folder = vault.directory
        vault.lock()
        with unlock_with_recovery_code(folder, code) as opened:
            assert opened.organisation_name()


def test_a_bad_keyring_part_refuses_the_whole_payload(team) -> None:
    first, second = team
    staff.add_staff(first, LAWYER, Role.CASEWORKER, LAWYER_PASSPHRASE)
    payload = sync.outgoing(first, peer_id(first, "Abogada"))
    for bad in ({"slots": "no"}, {"slots": [{"id": "zz"}], "removed_devices": []},
                {"slots": [{**payload["keyring"]["slots"][0], "sealed": []}],
                 "removed_devices": []}, [1, 2]):
        with pytest.raises(TeamError) as refused:
            sync.incoming(second, {**payload, "keyring": bad})
        assert "incompleto" in refused.value.message.es
    assert all(user.name != LAWYER for user in staff.list_staff(second))  # nothing applied
    assert Keyring.load(second.directory).find_user_slot(LAWYER) is None
