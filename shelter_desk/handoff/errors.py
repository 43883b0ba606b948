"""Why a package is refused, in Spanish and English. Every refusal is a HandoffRefused:
nothing of a refused package is kept."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual, ShelterDeskError


class HandoffRefused(ShelterDeskError):
    """A package (or acknowledgement) that cannot be opened, trusted or accepted."""


def refused(es: str, en: str) -> HandoffRefused:
    return HandoffRefused(Bilingual(es=es, en=en))


NOT_A_PACKAGE = ("El archivo no es un paquete de Shelter Desk, o está incompleto o dañado.",
                 "The file is not a Shelter Desk package, or it is incomplete or damaged.")
NOT_FOR_US = ("Este paquete no está cifrado para esta organización: no se puede abrir aquí.",
              "This package is not encrypted for this organisation: it cannot be opened here.")
TAMPERED = ("El paquete fue alterado: su contenido no coincide con lo que firmó la "
            "organización que lo envió. No se importó nada.",
            "The package was altered: its contents do not match what the sending "
            "organisation signed. Nothing was imported.")
UNSIGNED = ("El paquete no tiene una firma válida de la organización que lo envió. No se "
            "importó nada.",
            "The package has no valid signature from the sending organisation. Nothing "
            "was imported.")
EXPIRED = ("El paquete venció el {when}: pide a la organización que lo envíe de nuevo.",
           "The package expired on {when}: ask the organisation to send it again.")
TOO_LARGE = ("El paquete pesa más de {limit} MB, el máximo que se acepta.",
             "The package is larger than {limit} MB, the most that is accepted.")
WRONG_ADDRESS = ("El paquete está dirigido a otra organización ({to}).",
                 "The package is addressed to another organisation ({to}).")
