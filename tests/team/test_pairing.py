"""Pairing a new laptop: the code and QR, three wrong codes, the vault received."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.store.errors import VaultError
from shelter_desk.team import invitation, sync
from shelter_desk.team.errors import TeamError
from tests.conftest import COORDINATOR, PASSPHRASE
from tests.team.conftest import exchange


def _first(created):
    vault = created.vault
    sync.set_up(vault, "Recepción")
    cases.open_case(vault, PersonDetails(given_names="Inés Sintética"))
    return vault


def test_the_new_laptop_receives_the_vault_and_opens_it_with_her_passphrase(
        created, tmp_path: Path) -> None:
    first = _first(created)
    invite = invitation.Invitation(first)
    ticket = invitation.Ticket.parse(invite.ticket.uri())
    assert "<svg" in ticket.qr_svg() and len(ticket.code) == 9
    second = invitation.join(tmp_path / "nueva", ticket, name="Psicóloga", user=COORDINATOR,
                             passphrase=PASSPHRASE)
    try:
        assert invite.ended and invite.paired is not None
        assert cases.search_cases(second, "Inés").rows
        cases.open_case(second, PersonDetails(given_names="Julia Sintética"))
        exchange(first, second)
        assert cases.search_cases(first, "Julia").rows
    finally:
        invite.close()
        second.lock()


def test_the_typed_code_with_the_fingerprints_start_also_pairs(created, tmp_path) -> None:
    first = _first(created)
    invite = invitation.Invitation(first)
    typed = dataclasses.replace(invite.ticket, fingerprint=invite.ticket.short_fingerprint)
    second = invitation.join(tmp_path / "nueva", typed, name="Abogada", user=COORDINATOR,
                             passphrase=PASSPHRASE)
    second.lock()
    invite.close()


def test_three_wrong_codes_end_the_invitation(created, tmp_path: Path) -> None:
    first = _first(created)
    invite = invitation.Invitation(first)
    wrong = dataclasses.replace(invite.ticket, code="0000-0000")
    for _ in range(2):
        with pytest.raises(TeamError) as refused:
            invitation.join(tmp_path / "nueva", wrong, name="X", user=COORDINATOR,
                            passphrase=PASSPHRASE)
        assert "no es correcto" in refused.value.message.es
    with pytest.raises(TeamError) as ended:
        invitation.join(tmp_path / "nueva", wrong, name="X", user=COORDINATOR,
                        passphrase=PASSPHRASE)
    assert "terminó" in ended.value.message.es and "ended" in ended.value.message.en
    # Even the right code is refused now: the attempt is over.
    with pytest.raises((TeamError, OSError)):
        invitation.join(tmp_path / "nueva", invite.ticket, name="X", user=COORDINATOR,
                        passphrase=PASSPHRASE)
    assert not (tmp_path / "nueva").exists()
    invite.close()


def test_a_laptop_that_is_not_the_one_in_the_qr_is_sent_nothing(created, tmp_path) -> None:
    first = _first(created)
    invite = invitation.Invitation(first)
    other = dataclasses.replace(invite.ticket, fingerprint="ab" * 32)
    with pytest.raises(TeamError) as refused:
        invitation.join(tmp_path / "nueva", other, name="X", user=COORDINATOR,
                        passphrase=PASSPHRASE)
    assert "no es la que muestra el código" in refused.value.message.es
    assert invite.tries_left == invitation.TRIES
    invite.close()


def test_a_wrong_passphrase_after_receiving_leaves_no_vault(created, tmp_path) -> None:
    first = _first(created)
    invite = invitation.Invitation(first)
    with pytest.raises(VaultError):
        invitation.join(tmp_path / "nueva", invite.ticket, name="X", user=COORDINATOR,
                        passphrase="no es la frase")
    assert not (tmp_path / "nueva").exists()
    invite.close()
