"""The answers a person gave for values no reader knew («GUATEMALTECQ» is Guatemala),
remembered for the next file: in the vault's settings, so encrypted with the vault and
nowhere else. Keyed by field and folded spelling (UnreadValue.key)."""

from __future__ import annotations

import json

from shelter_desk.catalog.geo import country_code, is_country
from shelter_desk.catalog.loader import default_catalog
from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.services.common import permitted
from shelter_desk.store import audit, settings_repo
from shelter_desk.store.vault import OpenVault

SETTING = "import.value_choices"
_MAX_REMEMBERED = 2000  # a shelter meets a few dozen spellings, not thousands


def remembered_choices(vault: OpenVault) -> dict[str, str]:
    with vault.read() as connection:
        stored = settings_repo.get(connection, SETTING)
    try:
        loaded = json.loads(stored) if stored else {}
    except json.JSONDecodeError:
        return {}  # a damaged setting forgets the answers; it never stops an import
    return {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(loaded, dict) else {}


def _answer(key: str, value: str) -> str:
    """The code to keep: a country by its code or its name; a document by its key."""
    field, _, written = key.partition(":")
    if field == "nationality":
        code = country_code(value)
        if code is not None and is_country(code):
            return code
    if field == "document_type" and value in default_catalog().document_types:
        return value
    raise InvalidInput("choice", Bilingual(
        es=f"«{value}» no es un país ni un tipo de documento que se pueda elegir para "
           f"«{written}».",
        en=f"'{value}' is not a country or document type that can be chosen for "
           f"'{written}'."))


def remember_choices(vault: OpenVault, choices: dict[str, str]) -> None:
    """Keep the answers for the next file (coordinators only, one audit row)."""
    user = permitted(vault, Action.IMPORT, entity_type="import")
    choices = {key: _answer(key, value) for key, value in choices.items()}
    merged = {**remembered_choices(vault), **choices}
    if len(merged) > _MAX_REMEMBERED:
        raise InvalidInput("choice", Bilingual(
            es=f"Ya hay {_MAX_REMEMBERED} respuestas guardadas; no se guardan más.",
            en=f"{_MAX_REMEMBERED} answers are already kept; no more are kept."))
    with vault.write() as connection:
        settings_repo.put(connection, SETTING, json.dumps(merged, ensure_ascii=False,
                                                          sort_keys=True))
        audit.record(connection, actor_id=user.id, action="import.values_remembered",
                     entity_type="setting", entity_id=SETTING,
                     summary=f"{len(choices)} answer(s) for values the import could not read")
