"""Opt-in protections a coordinator sets, each with what it costs (said where it is set).

- Wipe after N failed unlocks (default 10): after the Nth wrong passphrase or code in a
  row, every file of the vault is overwritten and removed, keyslots and recovery slot
  included. Cost: a colleague who forgets her passphrase N times, or a child at the
  keyboard, destroys the data on this laptop; only a backup brings it back.
- A duress passphrase: typed at the unlock screen (with any name), it does the same wipe
  silently and the app then shows an empty vault as at first use. Cost: the same, and
  whoever types it by mistake loses everything not in a backup.

Both are audited when set (vault.db, so every later backup's history says they were on);
the wipe itself is not recorded anywhere: it destroys the log along with the rest.
"""

from __future__ import annotations

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.permissions import Action
from shelter_desk.domain.staff import check_passphrase
from shelter_desk.services.common import permitted
from shelter_desk.store import audit
from shelter_desk.store.keyring_format import MAX_WIPE_AFTER
from shelter_desk.store.vault import OpenVault

DEFAULT_WIPE_AFTER = 10


def set_wipe_after(vault: OpenVault, failures: int | None) -> None:
    permitted(vault, Action.USERS)
    if failures is not None and not 3 <= failures <= MAX_WIPE_AFTER:
        raise InvalidInput("wipe_after", Bilingual(
            es=f"Elige entre 3 y {MAX_WIPE_AFTER} intentos.",
            en=f"Choose between 3 and {MAX_WIPE_AFTER} attempts."))
    with vault.write() as connection:
        vault.set_wipe_after(failures)
        audit.record(connection, actor_id=_actor(vault), action="vault.wipe_after_set",
                     entity_type="vault", entity_id=vault.vault_id,
                     summary="off" if failures is None else f"after {failures} failures")


def set_duress_passphrase(vault: OpenVault, passphrase: str | None) -> None:
    permitted(vault, Action.USERS)
    if passphrase is not None:
        check_passphrase(passphrase, field="duress_passphrase")
    with vault.write() as connection:
        if passphrase is not None and vault.keyring().opens_any_slot(passphrase):
            raise InvalidInput("duress_passphrase", Bilingual(
                es="Esa es la contraseña de una cuenta: elige otra para el borrado "
                   "bajo coacción. No se cambió nada.",
                en="That is an account's passphrase: choose another one for the duress "
                   "wipe. Nothing was changed."))
        vault.set_duress_passphrase(passphrase)
        audit.record(connection, actor_id=_actor(vault), action="vault.duress_set",
                     entity_type="vault", entity_id=vault.vault_id,
                     summary="off" if passphrase is None else "on")


def _actor(vault: OpenVault) -> int | None:
    return None if vault.user is None else vault.user.id
