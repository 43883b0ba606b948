"""«Unirme a un albergue» as she types it: the pairing code, the other screen's
identifier and address (or the QR's whole text), read into a Ticket; then the join
itself, with its failures said so that she knows what to do next."""

from __future__ import annotations

import ipaddress
import re
from pathlib import Path

from shelter_desk.domain.messages import Bilingual
from shelter_desk.store.errors import WrongCredentials
from shelter_desk.store.vault import OpenVault
from shelter_desk.team import invitation
from shelter_desk.team.errors import TeamError
from shelter_desk.team.invitation import SCHEME, Ticket

BAD_CODE = Bilingual(
    es="El código de emparejamiento son 8 cifras, como 1234-5678.",
    en="The pairing code is 8 digits, like 1234-5678.")
BAD_IDENTIFIER = Bilingual(
    es="El identificador son las 8 letras y cifras (0-9, a-f) que la otra computadora "
       "muestra debajo del código.",
    en="The identifier is the 8 letters and digits (0-9, a-f) the other computer shows "
       "below the code.")
BAD_ADDRESS = Bilingual(
    es="La dirección es la que muestra la otra computadora, como 192.168.1.20:45123.",
    en="The address is the one the other computer shows, like 192.168.1.20:45123.")
NOT_HER_PASSPHRASE = Bilingual(
    es="La bóveda llegó, pero ese nombre y contraseña no la abren; no se guardó nada. "
       "Escribe el nombre y la contraseña que usas en la otra computadora, y pide allí un "
       "código nuevo (cada código sirve una sola vez).",
    en="The vault arrived, but that user name and passphrase do not open it; nothing was "
       "kept. Type the name and passphrase you use on the other computer, and ask it for a "
       "new code (each code works only once).")


def is_qr_text(text: str) -> bool:
    return text.strip().lower().startswith(SCHEME + ":")


def ticket_from_typed(code: str, identifier: str = "", address: str = "") -> Ticket:
    """The QR's text alone, or the code with the identifier and the address."""
    if is_qr_text(code):
        return Ticket.parse(code.strip())
    digits = re.sub(r"[\s-]", "", code)
    if not re.fullmatch(r"\d{8}", digits):
        raise TeamError(BAD_CODE)
    short = identifier.strip().lower()
    if not re.fullmatch(r"[0-9a-f]{8,64}", short):
        raise TeamError(BAD_IDENTIFIER)
    host, _, port = address.strip().rpartition(":")
    try:
        ipaddress.ip_address(host)
        number = int(port)
    except ValueError as error:
        raise TeamError(BAD_ADDRESS) from error
    if not 0 < number < 65536:
        raise TeamError(BAD_ADDRESS)
    return Ticket(host, number, short, f"{digits[:4]}-{digits[4:]}")


def join(directory: Path, ticket: Ticket, *, name: str, user: str,
         passphrase: str) -> OpenVault:
    """invitation.join, with a wrong name or passphrase told as what it means here: the
    code is spent, nothing was kept."""
    try:
        return invitation.join(directory, ticket, name=name.strip(), user=user.strip(),
                               passphrase=passphrase)
    except WrongCredentials as error:
        raise TeamError(NOT_HER_PASSPHRASE) from error
