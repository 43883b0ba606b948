"""What she types to join: the code, identifier and address (or the QR's text), each
bad input a bilingual error; the tries left; an unreachable laptop; her passphrase."""

from __future__ import annotations

import dataclasses
import socket
from pathlib import Path

import pytest

from shelter_desk.domain.people import PersonDetails
from shelter_desk.services import cases
from shelter_desk.team import invitation, joining, sync
from shelter_desk.team.errors import TeamError
from tests.conftest import COORDINATOR, PASSPHRASE


@pytest.fixture
def invite(created):
    sync.set_up(created.vault, "Recepción")
    cases.open_case(created.vault, PersonDetails(given_names="Inés Sintética"))
    waiting = invitation.Invitation(created.vault)
    yield waiting
    waiting.close()


def test_the_typed_code_identifier_and_address_make_the_ticket(invite) -> None:
    shown = invite.ticket
    digits = shown.code.replace("-", "")
    typed = joining.ticket_from_typed(f" {digits[:4]} {digits[4:]} ",
                                      shown.short_fingerprint.upper(),
                                      f"{shown.host}:{shown.port}")
    assert typed == dataclasses.replace(shown, fingerprint=shown.short_fingerprint)
    assert joining.ticket_from_typed(shown.uri()) == shown


@pytest.mark.parametrize(("code", "identifier", "address", "words"), [
    ("1234-567", "abcdef01", "127.0.0.1:4000", ("8 cifras", "8 digits")),
    ("abcd-efgh", "abcdef01", "127.0.0.1:4000", ("8 cifras", "8 digits")),
    ("1234-5678", "", "127.0.0.1:4000", ("identificador", "identifier")),
    ("1234-5678", "xyz12345", "127.0.0.1:4000", ("identificador", "identifier")),
    ("1234-5678", "abcdef01", "", ("dirección", "address")),
    ("1234-5678", "abcdef01", "casa:4000", ("dirección", "address")),
    ("1234-5678", "abcdef01", "127.0.0.1:99999", ("dirección", "address")),
    ("1234-5678", "abcdef01", "127.0.0.1:", ("dirección", "address")),
    ("shelterdesk-pair:?h=1", "", "", ("no es correcto", "not correct")),
])
def test_each_typo_is_a_bilingual_error(code, identifier, address, words) -> None:
    with pytest.raises(TeamError) as refused:
        joining.ticket_from_typed(code, identifier, address)
    assert words[0] in refused.value.message.es and words[1] in refused.value.message.en


def test_a_wrong_code_says_how_many_tries_remain(invite, tmp_path: Path) -> None:
    wrong = dataclasses.replace(invite.ticket, code="0000-0000")
    messages = []
    for _ in range(3):
        with pytest.raises(TeamError) as refused:
            joining.join(tmp_path / "nueva", wrong, name="X", user=COORDINATOR,
                         passphrase=PASSPHRASE)
        messages.append(refused.value.message)
    assert "Quedan 2 intentos" in messages[0].es and "2 tries left" in messages[0].en
    assert "Queda 1 intento." in messages[1].es and "1 try left" in messages[1].en
    assert "terminó" in messages[2].es
    assert not (tmp_path / "nueva").exists()


def test_an_unreachable_laptop_is_said_plainly(tmp_path: Path) -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]  # nobody listens there once closed
    ticket = invitation.Ticket("127.0.0.1", port, "ab" * 4, "1234-5678")
    with pytest.raises(TeamError) as refused:
        joining.join(tmp_path / "nueva", ticket, name="X", user=COORDINATOR,
                     passphrase=PASSPHRASE)
    assert "No se pudo llegar" in refused.value.message.es
    assert "Could not reach" in refused.value.message.en
    assert not (tmp_path / "nueva").exists()


def test_a_wrong_passphrase_says_the_code_is_spent_and_keeps_nothing(invite,
                                                                      tmp_path) -> None:
    with pytest.raises(TeamError) as refused:
        joining.join(tmp_path / "nueva", invite.ticket, name="X", user=COORDINATOR,
                     passphrase="no es la frase")
    assert "código nuevo" in refused.value.message.es and "new code" in \
        refused.value.message.en
    assert not (tmp_path / "nueva").exists()
    assert not (tmp_path / "nueva.joining").exists()


def test_the_right_words_join(invite, tmp_path) -> None:
    shown = invite.ticket
    ticket = joining.ticket_from_typed(shown.code, shown.short_fingerprint,
                                       f"{shown.host}:{shown.port}")
    vault = joining.join(tmp_path / "nueva", ticket, name=" Abogada ", user=COORDINATOR,
                         passphrase=PASSPHRASE)
    try:
        assert cases.search_cases(vault, "Inés").rows
    finally:
        vault.lock()
