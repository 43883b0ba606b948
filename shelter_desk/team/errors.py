"""What can go wrong between the team's laptops, said in Spanish and English."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual, ShelterDeskError


class TeamError(ShelterDeskError):
    """A sync or change file refused; nothing of it was applied."""


UPDATE_THIS_LAPTOP = Bilingual(
    es="Actualiza Shelter Desk en esta computadora: la otra computadora del equipo usa una "
       "versión más nueva y sus cambios no se pueden aplicar sin perder campos.",
    en="Update Shelter Desk on this computer: the other team computer runs a newer version "
       "and its changes cannot be applied without dropping fields.")
UPDATE_OTHER_LAPTOP = Bilingual(
    es="Actualiza Shelter Desk en la otra computadora: usa una versión más antigua que esta.",
    en="Update Shelter Desk on the other computer: it runs an older version than this one.")
UNPAIRED = Bilingual(
    es="Este archivo viene de una computadora que no está emparejada con el equipo (o que "
       "fue quitada del equipo). No se aplicó nada.",
    en="This file comes from a computer that is not paired with the team (or was removed "
       "from it). Nothing was applied.")
NOT_FOR_US = Bilingual(
    es="Este archivo de cambios no es para esta computadora. No se aplicó nada.",
    en="This change file is not meant for this computer. Nothing was applied.")
TAMPERED = Bilingual(
    es="El archivo de cambios fue modificado o está dañado: su firma no coincide. "
       "No se aplicó nada.",
    en="The change file was altered or is damaged: its signature does not match. "
       "Nothing was applied.")
TRUNCATED = Bilingual(
    es="El archivo de cambios está incompleto (¿se copió a medias?). No se aplicó nada.",
    en="The change file is incomplete (was it only partly copied?). Nothing was applied.")
NOT_A_CHANGE_FILE = Bilingual(
    es="Este archivo no es un archivo de cambios de Shelter Desk. No se aplicó nada.",
    en="This file is not a Shelter Desk change file. Nothing was applied.")
EXPIRED = Bilingual(
    es="Este archivo de cambios caducó; exporta uno nuevo en la otra computadora.",
    en="This change file has expired; export a new one on the other computer.")
NOT_SET_UP = Bilingual(
    es="Esta computadora todavía no forma parte de un equipo.",
    en="This computer is not part of a team yet.")
UNKNOWN_DEVICE = Bilingual(
    es="No hay una computadora del equipo con ese nombre o identificador.",
    en="There is no team computer with that name or id.")
